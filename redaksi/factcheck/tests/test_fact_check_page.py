"""A fact-check as readers and search engines see it."""

import json
import re

import pytest
from django.test import override_settings

from redaksi.factcheck.models import FactCheckPage
from redaksi.newsroom.models import ArticlePage
from redaksi.newsroom.tests.fixtures import make_article

pytestmark = pytest.mark.django_db


def _json_ld(html: str) -> list[dict]:
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


@pytest.fixture
def shark(desk):
    return desk["publish"](
        "Foto hiu berenang di jalan saat banjir",
        "Foto sirip hiu di jalan tergenang diambil saat banjir di Semarang.",
        verdict="salah",
        spread_by="Akun Facebook Info Warga",
        appearances=[
            {"platform": "facebook", "url": "https://www.facebook.com/groups/info/posts/1"}
        ],
        references=[("Arsip foto lama", "https://arsip.example/hiu")],
        conclusion="Foto itu suntingan lama.",
    )


def test_page_shows_claim_verdict_findings_conclusion_and_references(client, shark):
    html = client.get(shark.get_url()).content.decode()
    assert 'class="story-label story-label--salah">Salah</span>' in html
    for text in (
        "Foto sirip hiu di jalan tergenang diambil saat banjir di Semarang.",
        "Akun Facebook Info Warga",
        "https://www.facebook.com/groups/info/posts/1",
        "Hasil Cek Fakta",
        "Kesimpulan",
        "Foto itu suntingan lama.",
        "Rujukan",
        "Arsip foto lama",
    ):
        assert text in html
    assert "[SALAH]" not in html


def test_claim_review_json_ld(client, shark):
    data = [
        d
        for d in _json_ld(client.get(shark.get_url()).content.decode())
        if d["@type"] == "ClaimReview"
    ]
    assert len(data) == 1
    review = data[0]
    assert review["claimReviewed"].startswith("Foto sirip hiu")
    assert review["url"].endswith(shark.get_url())
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 1,
        "bestRating": 5,
        "worstRating": 1,
        "alternateName": "Salah",
    }
    assert review["author"]["name"]
    assert review["datePublished"]
    assert review["itemReviewed"]["@type"] == "Claim"
    assert review["itemReviewed"]["author"] == {
        "@type": "Person",
        "name": "Akun Facebook Info Warga",
    }
    assert (
        review["itemReviewed"]["appearance"][0]["url"]
        == "https://www.facebook.com/groups/info/posts/1"
    )


def test_fact_check_is_a_newsroom_story(desk, shark):
    story = ArticlePage.objects.get(pk=shark.pk)
    assert (story.label, story.label_slug) == ("Salah", "salah")
    assert story.get_url().startswith("/cek-fakta/read/")


def test_verdict_badge_in_lists_and_filter_by_verdict(client, desk, shark):
    desk["publish"]("Pesan berantai rekening diblokir", "Rekening diblokir jika tak klik tautan.")
    html = client.get("/cek-fakta/").content.decode()
    assert html.count("teaser__badge story-label") == 2
    assert '?label=hoaks"' in html and '?label=salah"' in html
    only_false = client.get("/cek-fakta/?label=salah").content.decode()
    assert "Foto hiu berenang" in only_false and "rekening diblokir" not in only_false
    everything = client.get("/cek-fakta/?label=tidak-ada").content.decode()
    assert "Foto hiu berenang" in everything and "rekening diblokir" in everything


def test_fact_checks_only_in_the_cek_fakta_section(desk):
    assert FactCheckPage.can_create_at(desk["section"])
    assert not FactCheckPage.can_create_at(desk["sections"]["news"])
    assert ArticlePage.can_create_at(desk["section"])


@override_settings(
    REDAKSI_TIPLINE_WHATSAPP_NUMBER="0811 0000 1234", REDAKSI_TIPLINE_TELEGRAM_BOT="cekfakta_bot"
)
def test_every_story_carries_the_fakta_atau_hoaks_box(client, desk, shark):
    other = make_article(desk["sections"]["news"], desk["authors"], publish_at=None)
    other.save_revision().publish()
    for url in (shark.get_url(), other.get_url()):
        html = client.get(url).content.decode()
        assert "Fakta atau Hoaks?" in html
        assert "0811 0000 1234" in html and "@cekfakta_bot" in html
    section = client.get("/cek-fakta/").content.decode()
    assert "0811 0000 1234" in section and "kata kunci" in section
    assert "0811 0000 1234" not in client.get("/news/").content.decode()


def test_no_box_without_a_configured_number(client, shark):
    assert "Fakta atau Hoaks?" not in client.get(shark.get_url()).content.decode()
