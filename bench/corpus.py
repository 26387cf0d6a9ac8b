"""Generate a large newsroom quickly, for benchmarks only.

Creating 100 000 stories through Wagtail's page API takes hours (one tree insert,
one revision and one publish each), so this writes the same rows in bulk: page
rows with their tree paths, the story rows, bylines, tags and publication
records. The stories are live, spread over the last ``days`` days, and written
from a small vocabulary of our own, so search has real words to find.

Run it against a database that already holds the demo newsroom::

    uv run redaksi demo --no-serve
    uv run python bench/corpus.py 100000

Search indexing is separate (``redaksi update_index``), because it is what the
search benchmark measures the cost of.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import uuid
from datetime import timedelta
from pathlib import Path

SUBJECTS = [
    "Pemerintah daerah",
    "Warga desa",
    "Petani kopi",
    "Nelayan pesisir",
    "Dinas kesehatan",
    "Mahasiswa teknik",
    "Pedagang pasar",
    "Tim SAR gabungan",
    "Bank sentral",
    "Pelatih tim nasional",
    "Perusahaan rintisan",
    "Komunitas relawan",
]
ACTIONS = [
    "meresmikan",
    "memperbaiki",
    "membangun",
    "menolak",
    "mendukung",
    "mengevaluasi",
    "memperluas",
    "menunda",
    "mengumumkan",
    "menyelidiki",
]
OBJECTS = [
    "jembatan gantung",
    "jaringan irigasi",
    "pasar tradisional",
    "layanan puskesmas",
    "program beasiswa",
    "jalur kereta",
    "pelabuhan ikan",
    "aplikasi pembayaran",
    "stadion mini",
    "gudang beras",
    "sekolah darurat",
    "pembangkit surya",
]
PLACES = [
    "Jakarta",
    "Bandung",
    "Surabaya",
    "Medan",
    "Makassar",
    "Denpasar",
    "Pontianak",
    "Ambon",
    "Jayapura",
    "Kupang",
    "Padang",
    "Manado",
]
DETAILS = [
    "Anggaran kegiatan ini berasal dari dana bersama pemerintah provinsi dan kabupaten.",
    "Warga berharap pekerjaan selesai sebelum musim hujan tiba.",
    "Sejumlah tokoh masyarakat hadir dan memberikan masukan kepada panitia.",
    "Pejabat setempat menyebut rencana itu sudah dibahas sejak awal tahun.",
    "Para pedagang mengaku omzet mereka naik sejak akses jalan diperbaiki.",
    "Pengamat menilai langkah tersebut perlu diawasi agar tepat sasaran.",
    "Data dinas menunjukkan jumlah penerima manfaat terus bertambah.",
    "Kegiatan serupa akan digelar di kecamatan lain bulan depan.",
    "Aparat keamanan berjaga untuk memastikan acara berlangsung tertib.",
    "Sebagian peserta datang dari pulau seberang dengan kapal motor.",
]
TAGS = ["infrastruktur", "ekonomi-daerah", "pendidikan", "kesehatan", "transportasi", "pangan"]


def _story(rng: random.Random, number: int) -> dict:
    subject, action, obj, place = (
        rng.choice(SUBJECTS),
        rng.choice(ACTIONS),
        rng.choice(OBJECTS),
        rng.choice(PLACES),
    )
    headline = f"{subject} {place} {action} {obj} ({number})"
    lede = f"{subject} di {place} {action} {obj} yang selama ini ditunggu warga."
    paragraphs = [f"{place} - {lede}"] + rng.sample(DETAILS, 5)
    return {"headline": headline, "lede": lede, "paragraphs": paragraphs, "place": place}


def _body(paragraphs: list[str]) -> list[dict]:
    content = [
        {"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())}
        for text in paragraphs
    ]
    return [{"type": "page", "value": {"title": "", "content": content}, "id": str(uuid.uuid4())}]


def generate_articles(n: int, *, days: int = 365, batch: int = 2000, seed: int = 7) -> int:
    """Add ``n`` live stories spread over the sections of the default site; returns n."""
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.utils import timezone
    from django.utils.text import slugify
    from taggit.models import Tag
    from wagtail.models import Locale, Page, Site

    from redaksi.newsroom.models import (
        ArticleAuthor,
        ArticlePage,
        ArticleTag,
        AuthorPage,
        SectionPage,
        StoryPublication,
    )

    site = Site.objects.get(is_default_site=True)
    sections = list(SectionPage.objects.child_of(site.root_page).live())
    authors = list(AuthorPage.objects.live())
    if not sections or not authors:
        raise SystemExit("Load the demo newsroom first: uv run redaksi demo --no-serve")
    rng = random.Random(seed)
    content_type = ContentType.objects.get_for_model(ArticlePage)
    locale = Locale.get_default()
    tags = [Tag.objects.get_or_create(slug=slug, defaults={"name": slug})[0] for slug in TAGS]
    now = timezone.now()
    next_step = {}
    for section in sections:
        last = section.get_last_child()
        next_step[section.pk] = (int(last.path[-4:], 36) + 1) if last else 1
    child_fields = [f for f in ArticlePage._meta.local_concrete_fields]

    made = 0
    while made < n:
        size = min(batch, n - made)
        with transaction.atomic():
            pages, stories, places = [], [], []
            for i in range(size):
                number = made + i + 1
                section = sections[number % len(sections)]
                step = next_step[section.pk]
                next_step[section.pk] += 1
                story = _story(rng, number)
                published = now - timedelta(seconds=rng.randrange(days * 86400))
                slug = slugify(story["headline"])[:80]
                pages.append(
                    Page(
                        title=story["headline"],
                        draft_title=story["headline"],
                        slug=slug,
                        content_type=content_type,
                        path=Page._get_path(section.path, section.depth + 1, step),
                        depth=section.depth + 1,
                        numchild=0,
                        url_path=f"{section.url_path}{slug}/",
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=published,
                        last_published_at=published,
                        latest_revision_created_at=published,
                        locale=locale,
                        translation_key=uuid.uuid4(),
                        search_description=story["lede"],
                    )
                )
                stories.append(story)
                places.append(story["place"])
            Page.objects.bulk_create(pages)
            created = list(
                Page.objects.filter(path__in=[p.path for p in pages]).values_list("path", "pk")
            )
            pk_by_path = dict(created)
            articles = []
            for page, story in zip(pages, stories, strict=True):
                article = ArticlePage(
                    page_ptr_id=pk_by_path[page.path],
                    lede=story["lede"],
                    dateline=story["place"],
                    body=_body(story["paragraphs"]),
                )
                articles.append(article)
            ArticlePage._base_manager._insert(articles, fields=child_fields, raw=True)
            ArticleAuthor.objects.bulk_create(
                ArticleAuthor(article_id=a.page_ptr_id, author=rng.choice(authors), sort_order=0)
                for a in articles
            )
            ArticleTag.objects.bulk_create(
                ArticleTag(content_object_id=a.page_ptr_id, tag=rng.choice(tags)) for a in articles
            )
            StoryPublication.objects.bulk_create(
                StoryPublication(article_id=a.page_ptr_id, fingerprint="generated")
                for a in articles
            )
        made += size
        print(f"\r{made}/{n} stories", end="", file=sys.stderr, flush=True)
    for section in sections:
        SectionPage.objects.filter(pk=section.pk).update(numchild=section.get_children().count())
    print(file=sys.stderr)
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, help="how many stories to add")
    parser.add_argument("--days", type=int, default=365, help="spread them over this many days")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "redaksi.settings.dev")
    import django

    django.setup()
    generate_articles(args.count, days=args.days)
    from redaksi.core.statistics import refresh_statistics

    # The running portal does this within its first scheduler tick; benchmarks start at once.
    refresh_statistics()


if __name__ == "__main__":
    main()
