"""A small newsroom with published, updated, draft and withdrawn stories.

Times are fixed in UTC so every expected offset ("+07:00" for WIB) is known.
"""

from datetime import timedelta

import pytest
from django.utils import timezone

from redaksi.newsroom import api as newsroom_api
from redaksi.newsroom.tests.fixtures import make_article, make_image, paragraph, utc


@pytest.fixture
def desk(newsroom):
    """Stories in two sections; see the keys for what each one is."""
    news, world = newsroom["sections"]["news"], newsroom["sections"]["global"]
    sari, bima = newsroom["authors"]
    photo = make_image("banjir", caption="Warga mengungsi", credit="Redaksi/Ayu")
    flood = make_article(
        news,
        [sari, bima],
        title="Banjir rendam Kampung Melayu & sekitarnya",
        lede="Air setinggi satu meter masuk ke rumah warga sejak dini hari.",
        pages=[
            ("", [paragraph("Warga mulai mengungsi ke masjid terdekat.")]),
            ("Bantuan mulai datang", [paragraph("Relawan membagikan makanan siap saji.")]),
        ],
        tags=("Banjir", "Jakarta"),
        lead_image=photo,
        publish_at=utc(2020, 10, 6, 9, 7),
    )
    summit = make_article(
        world,
        [bima],
        title="Menlu bertemu mitra di Baku",
        lede="Pertemuan membahas jalur perdagangan baru.",
        tags=("Diplomasi",),
        publish_at=utc(2020, 10, 5, 2, 30),
    )
    draft = make_article(news, [sari], title="Naskah belum terbit", tags=("Banjir",))
    withdrawn = make_article(
        news, [sari], title="Berita yang ditarik", tags=("Banjir",), publish_at=utc(2020, 10, 4)
    )
    withdrawn.unpublish()
    return {
        "flood": flood,
        "summit": summit,
        "draft": draft,
        "withdrawn": withdrawn,
        "photo": photo,
        "sections": newsroom["sections"],
        "authors": newsroom["authors"],
        "home": newsroom["home"],
    }


@pytest.fixture
def recent(newsroom):
    """Stories for the news sitemap: two from the last two days, one older."""
    news = newsroom["sections"]["news"]
    sari = newsroom["authors"][0]
    now = timezone.now()
    return {
        "fresh": make_article(
            news,
            [sari],
            title="Harga cabai naik <lagi> & beras stabil",
            publish_at=now - timedelta(hours=2),
        ),
        "yesterday": make_article(
            news, [sari], title="Kereta cepat tambah jadwal", publish_at=now - timedelta(hours=30)
        ),
        "old": make_article(
            news, [sari], title="Festival budaya ditutup", publish_at=now - timedelta(days=3)
        ),
    }


def update_story(article, at, note="Nama lokasi diperbaiki."):
    """Publish a correction, as an editor would, so the story is 'Diperbarui' at ``at``."""
    newsroom_api.add_correction(article, note=note, corrected_at=at)
    return newsroom_api.publish_article(article, at=at)
