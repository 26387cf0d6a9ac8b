"""A small newsroom for tests: a home page, two sections, two authors, a story.

Built with Wagtail's own page API, so tests exercise the same paths editors do.
"""

from datetime import UTC, datetime
from io import BytesIO

from django.apps import apps
from django.conf import settings
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from redaksi.core.models import NewsImage
from redaksi.newsroom.models import (
    ArticleAuthor,
    ArticlePage,
    AuthorIndexPage,
    AuthorPage,
    SectionPage,
)


def make_image(title: str = "Foto uji", caption: str = "", credit: str = "") -> NewsImage:
    buffer = BytesIO()
    PILImage.new("RGB", (640, 360), (30, 90, 160)).save(buffer, "JPEG")
    return NewsImage.objects.create(
        title=title,
        caption=caption,
        credit=credit,
        file=ImageFile(BytesIO(buffer.getvalue()), name=f"{title}.jpg"),
    )


def build_site() -> dict:
    # A transactional test elsewhere on this worker may have emptied the tables, root included.
    # A transactional test on the same worker may have emptied Wagtail's seeded rows.
    Locale.objects.get_or_create(language_code=get_supported_content_language_variant("id"))
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root")
    for child in root.get_children():
        child.delete()
    home_page = apps.get_model(settings.REDAKSI_HOME_PAGE_TYPE)
    home = root.add_child(instance=home_page(title="Redaksi", slug="home"))
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    sections = {
        slug: home.add_child(instance=SectionPage(title=title, slug=slug, show_in_menus=True))
        for slug, title in (("news", "News"), ("global", "Global"))
    }
    index = home.add_child(instance=AuthorIndexPage(title="Penulis", slug="penulis"))
    authors = [
        index.add_child(instance=AuthorPage(title=name, slug=slug, bio="Reporter uji."))
        for name, slug in (("Sari Wulandari", "sari-wulandari"), ("Bima Prakoso", "bima-prakoso"))
    ]
    return {"home": home, "sections": sections, "authors": authors}


def paragraph(text: str) -> tuple:
    return ("paragraph", f"<p>{text}</p>")


def make_article(
    section: SectionPage,
    authors: list[AuthorPage],
    *,
    title: str = "Menlu Turki kunjungi Azerbaijan",
    pages: list[tuple[str, list]] | None = None,
    publish_at: datetime | None = None,
    tags: tuple[str, ...] = (),
    **fields,
) -> ArticlePage:
    pages = pages or [("", [paragraph("Menteri luar negeri tiba di Baku pada Selasa pagi.")])]
    article = ArticlePage(
        title=title,
        lede=fields.pop("lede", "Kunjungan berlangsung di tengah ketegangan kawasan."),
        body=[("page", {"title": t, "content": blocks}) for t, blocks in pages],
        live=False,
        **fields,
    )
    article.story_authors = [
        ArticleAuthor(author=a, sort_order=order) for order, a in enumerate(authors)
    ]
    section.add_child(instance=article)
    if tags:
        article.tags.add(*tags)
    revision = article.save_revision()
    if publish_at is not None:
        revision.publish()
        ArticlePage.objects.filter(pk=article.pk).update(
            first_published_at=publish_at, last_published_at=publish_at
        )
        article.refresh_from_db()
    return article


def utc(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)
