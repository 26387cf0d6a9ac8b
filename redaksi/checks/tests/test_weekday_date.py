from datetime import UTC, datetime

from .helpers import findings, story

CHECK = "weekday_date_mismatch"


def test_weekday_that_does_not_match_its_date_is_reported():
    text = story(
        "Rapat Anggaran Ditunda",
        "Rapat dijadwalkan ulang pada Rabu (12/3).",
        published_at=datetime(2024, 3, 11, tzinfo=UTC),
    )
    [finding] = findings(text, CHECK)
    assert finding.field == "lede"
    assert "Rabu (12/3)" in finding.message and "12 Maret 2024" in finding.message


def test_matching_weekdays_in_every_format_are_fine():
    text = story(
        "Rapat Anggaran Digelar Selasa (12/3)",
        "Rapat berlangsung Selasa, 12 Maret 2024.",
        "Hasilnya diumumkan Kamis (14/3/2024) dan dibahas lagi Senin 18 Mar.",
        "Jadwal berikutnya Jumat, 5 Apr 2024.",
        published_at=datetime(2024, 3, 12, tzinfo=UTC),
    )
    assert findings(text, CHECK) == []


def test_year_written_in_the_date_wins_over_publication_year():
    text = story(
        "Kilas Balik",
        "Pertemuan pertama terjadi Selasa (6/10/2020).",
        "Pertemuan kedua Senin (6/10/2021).",
        published_at=datetime(2024, 1, 2, tzinfo=UTC),
    )
    [finding] = findings(text, CHECK)
    assert "Senin (6/10/2021)" in finding.message and "Rabu" in finding.message


def test_date_without_year_near_new_year_takes_the_nearest_year():
    text = story(
        "Malam Pergantian Tahun",
        "Pesta kembang api digelar Minggu (31/12).",
        published_at=datetime(2024, 1, 2, tzinfo=UTC),
    )
    # 31 December 2023 was a Sunday.
    assert findings(text, CHECK) == []


def test_reference_date_uses_the_story_year():
    text = story(
        "Menlu Turki ke Azerbaijan",
        "Kunjungan pada Selasa (6/10).",
        published_at=datetime(2020, 10, 6, 9, 7, tzinfo=UTC),
    )
    assert findings(text, CHECK) == []
    text.published_at = datetime(2021, 10, 6, tzinfo=UTC)
    assert len(findings(text, CHECK)) == 1
