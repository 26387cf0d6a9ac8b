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


def test_the_site_can_show_times_in_wita(client, newsroom):
    from wagtail.models import Site

    from redaksi.core.models import SiteIdentity

    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    identity.time_zone = "Asia/Makassar"
    identity.save()
    story = make_article(
        newsroom["sections"]["news"], newsroom["authors"], publish_at=utc(2020, 10, 6, 9, 7)
    )
    html = client.get(story.url).content.decode()
    assert "06 Okt 2020, 17:07 WITA" in html
    assert _json_ld(html)["datePublished"] == "2020-10-06T17:07:00+08:00"


def test_corrections_are_dated_at_the_foot_and_in_structured_data(client, newsroom):
    from redaksi.newsroom.models import Correction

    story = make_article(
        newsroom["sections"]["news"], newsroom["authors"], publish_at=utc(2024, 3, 1, 2, 0)
    )
    draft = story.get_latest_revision_as_object()
    draft.corrections.add(
        Correction(corrected_at=utc(2024, 3, 1, 5, 30), note="Nama menteri sebelumnya keliru.")
    )
    draft.save_revision().publish()

    html = client.get(story.url).content.decode()
    assert "Ralat" in html
    assert "01 Mar 2024, 12:30 WIB</time>: Nama menteri sebelumnya keliru." in html
    assert "Diperbarui" in html, "a correction is a change readers see"
    data = _json_ld(html)
    assert data["correction"] == [
        {
            "@type": "CorrectionComment",
            "text": "Nama menteri sebelumnya keliru.",
            "datePublished": "2024-03-01T12:30:00+07:00",
        }
    ]
    assert data["dateModified"] > data["datePublished"]


def test_a_video_story_leads_with_its_player(client, newsroom):
    story = make_article(
        newsroom["sections"]["news"],
        newsroom["authors"],
        lead_video_url="https://youtu.be/aqz-KE-bpKQ",
        publish_at=utc(2024, 3, 1, 2, 0),
    )
    html = client.get(story.url).content.decode()
    assert 'src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"' in html
    assert 'loading="lazy"' in html
    assert _json_ld(html)["video"]["embedUrl"].endswith("/embed/aqz-KE-bpKQ")


def test_editors_can_compare_revisions(client, newsroom, editor, login):
    from django.urls import reverse

    story = make_article(
        newsroom["sections"]["news"], newsroom["authors"], publish_at=utc(2024, 3, 1, 2, 0)
    )
    first = story.get_latest_revision()
    draft = story.get_latest_revision_as_object()
    draft.lede = "Lede yang sudah diperbaiki."
    second = draft.save_revision()

    response = login(editor).get(
        reverse("wagtailadmin_pages:revisions_compare", args=(story.pk, first.pk, second.pk))
    )
    assert response.status_code == 200
    assert "Lede yang sudah diperbaiki." in response.content.decode()
