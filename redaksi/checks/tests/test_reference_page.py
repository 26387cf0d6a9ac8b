"""The reference capture, paraphrased: the checks find what an editor would have."""

from datetime import UTC, datetime

import pytest

from redaksi.checks.api import severities
from redaksi.checks.story import StoryBlock, StoryPage, StoryText

from .helpers import findings

CAPTION = "Belasan tentara tewas dalam bentrokan Armenia dan Azerbaijan (Foto: AFP)"


def reference_story() -> StoryText:
    return StoryText(
        headline="Menlu Turki Mevlut Cavusoglu Kunjungi Afghanistan di Tengah Konflik "
        "Azerbaijan-Armenia",
        lede="Menteri Luar Negeri Turki, Mevlut Cavusoglu akan mengunjungi Azerbaijan pada "
        "Selasa (6/10).",
        dateline="Ankara",
        has_lead_image=True,
        lead_caption=CAPTION,
        published_at=datetime(2020, 10, 6, 9, 7, tzinfo=UTC),
        pages=[
            StoryPage(
                "",
                [
                    StoryBlock("paragraph", "Cavusoglu dijadwalkan tiba di Azerbaijan pada "
                               "Selasa (6/10/2020), kata Kementerian Luar Negeri Turki."),
                    StoryBlock("paragraph", "Dilansir Anadolu Agency, lawatan itu berlangsung "
                               "saat Azerbaijan dan Armenia bertempur di Nagorno-Karakbakh."),
                    StoryBlock("paragraph", "Ia akan diterima Presiden Azerbaijan, Ilham Aliyev, "
                               "dan membahas situasi Nagorno-Karabakh."),
                    StoryBlock("paragraph", "Saksikan Video Berikut Ini:"),
                ],
            ),
            StoryPage(
                "Sekilas Pertempuran di Nagorno-Karakbakh",
                [
                    StoryBlock("image", caption=CAPTION, credit="AFP"),
                    StoryBlock("paragraph", "Militer Armenia menduduki Karabakh sejak 1991, "
                               "wilayah yang diakui sebagai bagian Azerbaijan."),
                ],
            ),
        ],
    )  # fmt: skip


def test_reference_story_findings():
    found = findings(reference_story())
    assert sorted(f.check for f in found) == [
        "duplicate_caption",
        "headline_entity_missing",
        "headline_tense",
        "media_cue_without_media",
        "spelling_variants",
    ]
    headline = next(f for f in found if f.check == "headline_entity_missing")
    assert "Afghanistan" in headline.message and "Azerbaijan" in headline.message
    assert found[0] is headline, "blocking findings come first"


def test_the_corrected_reference_story_is_clean():
    text = reference_story()
    text.headline = (
        "Menlu Turki Mevlut Cavusoglu Akan Kunjungi Azerbaijan di Tengah Konflik Azerbaijan-Armenia"
    )
    first, second = text.pages
    first.blocks = [
        StoryBlock("paragraph", block.text.replace("Karakbakh", "Karabakh"))
        for block in first.blocks
        if not block.text.startswith("Saksikan")
    ]
    second.title = second.title.replace("Karakbakh", "Karabakh")
    second.blocks[0].caption = "Tentara Armenia di jalur kontak Nagorno-Karabakh (Foto: AP)"
    assert findings(text) == []


def test_severity_can_be_changed_per_check(settings):
    settings.REDAKSI_CHECK_SEVERITIES = {"spelling_variants": "blocking"}
    found = {f.check: f.severity for f in findings(reference_story())}
    assert found["spelling_variants"] == "blocking"
    found = {
        f.check: f.severity
        for f in findings(reference_story(), severities={"headline_entity_missing": "warning"})
    }
    assert found["headline_entity_missing"] == "warning"
    with pytest.raises(ValueError):
        severities({"no_such_check": "warning"})
