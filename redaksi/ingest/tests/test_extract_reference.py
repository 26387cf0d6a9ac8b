"""The reference text capture of a Liputan6 article page comes back as the story it holds."""

from pathlib import Path

import pytest

from redaksi.ingest.extract import extract_document

REFERENCE = (
    Path(__file__).resolve().parents[3] / ".." / "shared" / "reference" / "portal-article-page.txt"
)


@pytest.fixture
def story():
    if not REFERENCE.is_file():
        pytest.skip("the shared reference capture is not available in this checkout")
    return extract_document(REFERENCE.read_bytes(), filename=REFERENCE.name)


def test_headline_lede_and_byline(story):
    assert "Afghanistan" in story.headline
    assert story.lede.startswith("Menteri Luar Negeri Turki, Mevlut Cavusoglu")
    assert story.authors == ["Natasha Khairunisa Amani"]


def test_times_are_utc_with_the_printed_zone(story):
    assert story.published_at.isoformat() == "2020-10-06T09:07:00+00:00"
    assert story.source_time_zone == "WIB"


def test_dateline_and_wire_come_from_the_first_paragraph(story):
    assert story.dateline == "Ankara"
    assert story.wire_source == "Anadolu Agency"
    assert story.source_name == "Liputan6.com"
    assert story.paragraphs[0].startswith("Menteri Luar Negeri Turki")
    assert "Liputan6.com" not in story.paragraphs[0]


def test_caption_is_kept_once_with_its_credit(story):
    assert story.lead_image.credit == "Karen Minasyan/AFP"
    assert story.lead_image.caption.startswith("Setidaknya 16 tentara")
    captions = [b.image.caption for p in story.pages for b in p.blocks if b.kind == "image"]
    assert story.lead_image.caption not in captions


def test_second_page_keeps_its_title_and_photo(story):
    assert [p.title for p in story.pages] == [
        "",
        "Sekilas Mengenai Pertempuran di Nagorno-Karakbakh",
    ]
    images = [b.image for b in story.pages[1].blocks if b.kind == "image"]
    assert len(images) == 1
    assert images[0].credit == "Armenian Defense Ministry via AP"
    assert story.pages[1].paragraphs[0].startswith("Dimulai pada 27 September 2020")


def test_portal_furniture_is_dropped_and_noted(story):
    body = story.body_text
    for furniture in (
        "Saksikan Video",
        "Lanjutkan Membaca",
        "WhatsApp",
        "Fakta atau Hoaks",
        "POPULER",
    ):
        assert furniture not in body
    cues = [r for r in story.removed if r.reason == "media-cue"]
    assert [c.text for c in cues] == ["Saksikan Video Berikut Ini:"]
    assert cues[0].media_follows is False
    reasons = {r.reason for r in story.removed}
    assert {"promo", "continue-reading", "navigation"} <= reasons
    assert story.paragraphs[-1].startswith("Banyak negara-negara kuat dunia")
