"""The demo newsroom and the newsroom write API it is built with."""

from collections import Counter
from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from taggit.models import Tag
from wagtail.models import Page, PageLogEntry, Revision, Site

from redaksi.core.models import NewsImage, SiteIdentity
from redaksi.core.video import playable_video
from redaksi.demo import content
from redaksi.demo.loader import ensure_accounts, ensure_home, load_demo
from redaksi.demo.stories import STORIES
from redaksi.mostread.api import WEEK, most_read
from redaksi.newsroom import api, roles
from redaksi.newsroom.models import (
    ArticlePage,
    AuthorPage,
    Correction,
    SectionPage,
    StoryPublication,
)
from redaksi.portal.models import HomePage

pytestmark = pytest.mark.django_db


def _snapshot() -> dict:
    """Everything a second run must leave exactly as it was."""
    user_model = get_user_model()
    return {
        "pages": list(Page.objects.order_by("pk").values_list("pk", "path", "live", "slug")),
        "revisions": Revision.objects.count(),
        "log_entries": PageLogEntry.objects.count(),
        "images": NewsImage.objects.count(),
        "tags": Tag.objects.count(),
        "corrections": Correction.objects.count(),
        "populer": [(story.pk, story.read_count) for story in most_read(hours=WEEK)],
        "sites": list(Site.objects.values_list("pk", "root_page_id", "is_default_site")),
        "users": list(user_model.objects.order_by("pk").values_list("pk", "username", "password")),
        "memberships": sorted(user_model.groups.through.objects.values_list("user_id", "group_id")),
        "articles": list(
            ArticlePage.objects.order_by("pk").values_list(
                "pk",
                "first_published_at",
                "last_published_at",
                "latest_revision_id",
            )
        ),
        "publications": list(
            StoryPublication.objects.order_by("pk").values_list(
                "pk", "fingerprint", "last_updated_at"
            )
        ),
    }


# --- The demo content


def test_story_data_is_consistent():
    slugs = [story.slug for story in STORIES]
    assert len(slugs) == len(set(slugs))
    authors = {author.slug for author in content.AUTHORS}
    sections = {slug for slug, _title, _intro in content.SECTIONS}
    for story in STORIES:
        assert story.section in sections
        assert set(story.authors) <= authors and 1 <= len(story.authors) <= 2
        assert story.caption and story.credit and story.dateline
        paragraphs = [item for item in story.body if isinstance(item, str)]
        assert len(paragraphs) >= 3, story.slug
        if story.fix is not None:
            assert any(story.fix.right in text for text in paragraphs), story.slug
        for item in story.body:
            if isinstance(item, content.Related):
                assert item.slug in slugs and item.slug != story.slug


def test_demo_builds_a_newsroom_and_a_second_run_changes_nothing():
    now = timezone.now()
    result = load_demo(now=now)

    # The site: a portal home page served by the default site, Wagtail's welcome page gone.
    site = Site.objects.get(is_default_site=True)
    home = HomePage.objects.get()
    assert site.root_page_id == home.pk and home.live
    assert not Page.objects.filter(depth=2).exclude(pk=home.pk).exists()
    identity = SiteIdentity.for_site(site)
    assert identity.publisher_name == "Redaksi" and identity.tagline

    sections = SectionPage.objects.child_of(home).live()
    assert sections.count() >= 5
    assert {"news", "global", "bisnis", "tekno", "cek-fakta"} <= set(
        sections.values_list("slug", flat=True)
    )
    assert all(section.show_in_menus for section in sections)

    authors = AuthorPage.objects.live()
    assert authors.count() >= 6
    assert all(author.photo_id and author.bio and author.role_title for author in authors)

    articles = list(ArticlePage.objects.live().select_related("lead_image"))
    assert len(articles) >= 40
    assert result.created_articles == len(STORIES)
    assert ArticlePage.objects.filter(live=False).count() == sum(s.draft for s in STORIES)
    for article in articles:
        assert now - timedelta(days=14) <= article.first_published_at <= now
        assert 1 <= len(article.authors) <= 2
        assert article.lead_image and article.caption and article.credit
        assert article.dateline and article.lede
        assert article.get_parent().specific_class is SectionPage
    assert {article.get_parent().pk for article in articles} == {s.pk for s in sections}

    multi_page = [a for a in articles if len(a.body) > 1]
    assert len(multi_page) >= 6
    for article in multi_page:
        assert all(page.value["title"] for page in list(article.body)[1:])

    videos = [a for a in articles if a.lead_video_url]
    assert len(videos) >= 4 and all(playable_video(a.lead_video_url) for a in videos)
    assert any(a.wire_source for a in articles)

    block_types = Counter(
        block.block_type for a in articles for page in a.body for block in page.value["content"]
    )
    assert block_types["image"] and block_types["quote"] and block_types["related"]
    for article in articles:
        for page in article.body:
            for block in page.value["content"]:
                if block.block_type == "related":
                    assert block.value["article"].live

    tag_use = Counter(name for a in articles for name in a.tags.names())
    assert len(tag_use) >= 12
    assert min(tag_use.values()) >= 2

    corrected = [a for a in articles if a.corrections.exists()]
    assert 1 <= len(corrected) <= 2
    for article in corrected:
        assert article.was_updated and article.last_updated_at < now
        assert article.last_updated_at - article.first_published_at < timedelta(hours=12)
    assert all(a.last_updated_at is None for a in articles if a not in corrected)

    editor = get_user_model().objects.get(username="editor")
    publishers = set(
        PageLogEntry.objects.filter(action="wagtail.publish", page__in=articles).values_list(
            "user", flat=True
        )
    )
    assert publishers == {editor.pk}

    assert AuthorPage.objects.get(user__username="reporter").title == "Bagus Setiawan"

    # Populer has readers at first sight: a few, so real visits still move the ranking.
    populer = most_read(now=now)
    assert len(populer) >= 3
    assert populer[0].read_count <= 10
    assert [s.read_count for s in populer] == sorted((s.read_count for s in populer), reverse=True)
    newest = max(articles, key=lambda a: a.first_published_at)
    assert populer[0].pk != newest.pk, "Populer is not a copy of Berita Terkini"

    # The second run goes through the command, as a user re-running `redaksi demo` would.
    before = _snapshot()
    out = StringIO()
    call_command("demo", no_serve=True, port=8123, host="127.0.0.1", stdout=out)
    assert _snapshot() == before
    output = out.getvalue()
    assert "http://127.0.0.1:8123/" in output
    assert "http://127.0.0.1:8123/admin/" in output
    # Links sent outside the page (tipline answers, channel messages) open where it is served.
    assert Site.objects.get(is_default_site=True).root_url == "http://127.0.0.1:8123"
    assert content.DEMO_PASSWORD in output
    assert all(account.username in output for account in content.ACCOUNTS)


def test_demo_accounts_have_one_role_each_and_the_demo_password():
    ensure_accounts()
    ensure_accounts()
    user_model = get_user_model()
    expected = {
        "redaksi": roles.ADMIN,
        "editor": roles.EDITOR,
        "reporter": roles.REPORTER,
        "pemeriksa": roles.FACT_CHECKER,
    }
    for username, group in expected.items():
        user = user_model.objects.get(username=username)
        assert user.check_password(content.DEMO_PASSWORD)
        assert list(user.groups.values_list("name", flat=True)) == [group]
    assert user_model.objects.get(username="redaksi").is_superuser
    assert not user_model.objects.filter(is_superuser=True).exclude(username="redaksi").exists()


# --- The newsroom write API


@pytest.fixture
def desk():
    accounts, _changed = ensure_accounts()
    home, _site = ensure_home()
    section = api.create_section(home, title="News", slug="news", intro="Kabar terkini.")
    index = api.create_author_index(home)
    author = api.create_author(index, name="Sari Wulandari", slug="sari-wulandari", bio="Reporter.")
    return {"home": home, "section": section, "index": index, "author": author, **accounts}


def _draft(desk, **overrides) -> ArticlePage:
    fields = {
        "headline": "Banjir rendam permukiman",
        "lede": "Air setinggi lutut merendam tiga RW.",
        "authors": [desk["author"]],
        "pages": [{"title": "", "blocks": [("paragraph", "<p>Air mulai naik pukul dua.</p>")]}],
        "dateline": "Semarang",
        "tags": ["banjir"],
        "actor": desk["reporter"],
    }
    fields.update(overrides)
    return api.create_article_draft(desk["section"], **fields)


def test_sections_and_authors_are_created_once(desk):
    again = api.create_section(desk["home"], title="Berita", slug="news")
    assert again.pk == desk["section"].pk and again.title == "News"
    assert desk["section"].live and desk["section"].show_in_menus
    assert api.create_author_index(desk["home"]).pk == desk["index"].pk
    same = api.create_author(desk["index"], name="Another", slug="sari-wulandari")
    assert same.pk == desk["author"].pk and same.live


def test_a_draft_is_not_live_and_keeps_its_writer(desk):
    article = _draft(desk)
    article = ArticlePage.objects.get(pk=article.pk)
    assert not article.live and article.first_published_at is None
    assert article.get_parent().pk == desk["section"].pk
    assert article.revisions.get().user == desk["reporter"]
    assert article.slug == "banjir-rendam-permukiman"
    assert list(article.tags.names()) == ["banjir"]
    assert article.authors == [desk["author"]]
    assert _draft(desk).slug == "banjir-rendam-permukiman-2"
    assert not ArticlePage.objects.live().exists()


def test_publishing_makes_the_story_live(desk):
    article = api.publish_article(_draft(desk), actor=desk["editor"])
    assert article.live and article.first_published_at
    assert article.publication.fingerprint == article.content_fingerprint()
    assert article.last_updated_at is None
    assert PageLogEntry.objects.get(page=article, action="wagtail.publish").user == desk["editor"]


def test_a_back_dated_publication_keeps_its_date_and_saves_no_revision(desk):
    at = (timezone.now() - timedelta(days=3)).replace(microsecond=0)
    article = api.publish_article(_draft(desk), actor=desk["editor"], at=at)
    assert article.live
    assert article.first_published_at == at and article.last_published_at == at
    assert article.last_updated_at is None and not article.was_updated
    assert article.publication.fingerprint
    revision = article.revisions.get()
    assert revision.created_at == at
    assert not PageLogEntry.objects.filter(page=article, timestamp__gt=at).exists()


def test_a_corrected_story_is_marked_updated_at_the_republish_time(desk):
    at = (timezone.now() - timedelta(days=2)).replace(microsecond=0)
    article = api.publish_article(_draft(desk), actor=desk["editor"], at=at)
    fixed_at = at + timedelta(hours=3)
    api.add_correction(
        article,
        note="Jumlah RW yang terendam adalah empat, bukan tiga.",
        corrected_at=fixed_at,
        actor=desk["editor"],
    )
    assert not ArticlePage.objects.get(pk=article.pk).corrections.exists()
    article = api.publish_article(article, actor=desk["editor"], at=fixed_at)
    assert article.first_published_at == at
    assert article.last_published_at == fixed_at and article.last_updated_at == fixed_at
    assert article.was_updated
    assert list(article.corrections.values_list("note", flat=True)) == [
        "Jumlah RW yang terendam adalah empat, bukan tiga."
    ]
    assert article.revisions.count() == 2


def test_paragraphs_are_sanitised(desk):
    html = '<p onclick="steal()">Aman<script>alert(1)</script> <a href="javascript:x()">x</a></p>'
    article = _draft(desk, pages=[{"title": "", "blocks": [("paragraph", html)]}])
    stored = str(ArticlePage.objects.get(pk=article.pk).body.raw_data)
    assert "Aman" in stored
    assert "<script" not in stored and "alert(1)" not in stored
    assert "onclick" not in stored and "javascript:" not in stored


def test_story_bodies_carry_every_block_kind_and_pages(desk):
    earlier = api.publish_article(_draft(desk), actor=desk["editor"])
    image = NewsImage.objects.create(
        title="Foto", file=_jpeg(), caption="Keterangan bawaan", credit="Redaksi"
    )
    pages = [
        {
            "title": "",
            "blocks": [
                ("paragraph", "<p>Satu.</p>"),
                ("image", {"image": image, "caption": "Warga mengungsi", "credit": "Redaksi"}),
                ("quote", {"text": "Airnya cepat naik.", "attribution": "Warga"}),
            ],
        },
        {
            "title": "Halaman dua",
            "blocks": [
                ("video", {"url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ", "title": "Film"}),
                ("related", {"article": earlier, "label": ""}),
            ],
        },
    ]
    article = ArticlePage.objects.get(pk=_draft(desk, pages=pages, headline="Lain").pk)
    body = list(article.body)
    assert [page.value["title"] for page in body] == ["", "Halaman dua"]
    kinds = [block.block_type for page in body for block in page.value["content"]]
    assert kinds == ["paragraph", "image", "quote", "video", "related"]
    assert body[1].value["content"][1].value["article"].pk == earlier.pk


def test_invalid_input_is_refused(desk):
    with pytest.raises(ValueError):
        _draft(desk, pages=[{"title": "", "blocks": [("table", "x")]}])
    with pytest.raises(ValueError):
        _draft(desk, authors=[])
    article = _draft(desk)
    with pytest.raises(ValueError):
        api.publish_article(article, at=timezone.now() + timedelta(hours=1))
    with pytest.raises(ValueError):
        api.publish_article(article, at=timezone.now().replace(tzinfo=None))
    assert not ArticlePage.objects.get(pk=article.pk).live


def _jpeg():
    from io import BytesIO

    from django.core.files.images import ImageFile
    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (64, 36), (10, 80, 160)).save(buffer, "JPEG")
    return ImageFile(BytesIO(buffer.getvalue()), name="foto.jpg")


def test_the_demo_fills_every_block_of_the_front_page(client):
    load_demo()
    page = client.get("/").content.decode()
    for block in (
        "headline",
        "pilihan-editor",
        "berita-terkini",
        "video-pilihan",
        "video-terkini",
        "populer",
    ):
        start = page.find(f'aria-labelledby="{block}"')
        assert start != -1, f"the front page has no {block} block"
        section = page[start : page.find("</section>", start)]
        assert 'class="teaser' in section or "<li" in section, f"{block} is empty"
    for slug in SectionPage.objects.live().values_list("slug", flat=True):
        assert f'aria-labelledby="kanal-{slug}"' in page, f"section {slug} has no block"
