import json
import re

import pytest

from .fixtures import make_article, make_image, paragraph, utc

pytestmark = pytest.mark.django_db


def _json_ld(html: str) -> dict:
    match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert match, "no JSON-LD in the page"
    return json.loads(match.group(1))


def test_story_page_shows_the_anatomy_of_a_news_article(client, newsroom):
    image = make_image(caption="Tentara berjaga di perbatasan", credit="Redaksi/Dewi")
    story = make_article(
        newsroom["sections"]["global"],
        newsroom["authors"],
        dateline="Ankara",
        wire_source="Anadolu Agency",
        lead_image=image,
        publish_at=utc(2020, 10, 6, 9, 7),
        pages=[
            ("", [paragraph("Menteri luar negeri tiba di Baku.")]),
            ("Sekilas mengenai konflik", [paragraph("Bentrokan dimulai pada September.")]),
        ],
        tags=("diplomasi",),
    )

    response = client.get(story.url)
    html = response.content.decode()

    assert response.status_code == 200
    assert story.url == f"/global/read/{story.pk}/{story.slug}"
    assert '<html lang="id">' in html
    assert "Menlu Turki kunjungi Azerbaijan</h1>" in html
    assert "oleh" in html and "Sari Wulandari" in html and "Bima Prakoso" in html
    assert "Diterbitkan" in html and "06 Okt 2020, 16:07 WIB" in html
    assert "Diperbarui" not in html
    assert html.count("<figcaption>") == 1, "the lead photo's caption is shown once"
    assert '<span class="caption">Tentara berjaga di perbatasan</span>' in html
    assert "(Foto: Redaksi/Dewi)" in html
    assert "Redaksi, Ankara - </strong>Menteri luar negeri" in html
    assert "Dilansir dari Anadolu Agency" in html
    assert "Halaman 1 dari 2" in html
    assert "Lanjutkan Membaca" in html and "Sekilas mengenai konflik" in html
    assert "/tag/diplomasi/" in html
    data = _json_ld(html)
    assert data["@type"] == "NewsArticle"
    assert data["datePublished"] == "2020-10-06T16:07:00+07:00"
    assert [a["name"] for a in data["author"]] == ["Sari Wulandari", "Bima Prakoso"]
    assert data["articleSection"] == "Global"
    assert data["keywords"] == ["diplomasi"]
