import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from redaksi.core import dates


@pytest.mark.parametrize(
    ("zone", "expected"),
    [
        ("Asia/Jakarta", "06 Okt 2020, 16:07 WIB"),
        ("Asia/Makassar", "06 Okt 2020, 17:07 WITA"),
        ("Asia/Jayapura", "06 Okt 2020, 18:07 WIT"),
    ],
)
def test_times_are_stored_in_utc_and_shown_in_the_sites_zone(zone, expected):
    assert dates.format_datetime(datetime(2020, 10, 6, 9, 7, tzinfo=UTC), zone) == expected


def test_every_month_has_its_indonesian_abbreviation():
    shown = [
        dates.format_datetime(datetime(2024, month, 1, 5, 0, tzinfo=UTC)).split()[1]
        for month in range(1, 13)
    ]
    assert shown == "Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des".split()


def test_long_dates_name_the_weekday_in_indonesian():
    # 6 October 2020 was a Tuesday: "Selasa".
    assert dates.format_long_date(datetime(2020, 10, 6, 9, 7, tzinfo=UTC)) == (
        "Selasa, 6 Oktober 2020"
    )
    week = [
        dates.format_long_date(datetime(2024, 1, day, 5, 0, tzinfo=UTC)).split(",")[0]
        for day in range(1, 8)
    ]
    assert week == ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]


def test_a_late_utc_time_falls_on_the_next_local_day():
    late = datetime(2020, 12, 31, 20, 30, tzinfo=UTC)
    assert dates.format_datetime(late) == "01 Jan 2021, 03:30 WIB"
    assert dates.iso_datetime(late) == "2021-01-01T03:30:00+07:00"


def test_structured_data_times_carry_the_offset_of_the_zone():
    moment = datetime(2020, 10, 6, 9, 7, 31, 123456, tzinfo=UTC)
    assert dates.iso_datetime(moment, "Asia/Jayapura") == "2020-10-06T18:07:31+09:00"


def test_missing_times_render_as_nothing():
    assert dates.format_datetime(None) == ""
    assert dates.iso_datetime(None) == ""


REFERENCE_PAGE = (
    Path(__file__).resolve().parents[3].parent / "shared" / "reference" / "portal-article-page.txt"
)


@pytest.mark.skipif(
    not REFERENCE_PAGE.exists(), reason="../shared/reference is not beside this clone"
)
def test_dates_read_like_the_reference_portal():
    published = re.search(
        r"Diterbitkan (\d{2} \w{3} \d{4}, \d{2}:\d{2} WIB)", REFERENCE_PAGE.read_text()
    )
    assert published, "the reference page shows its publication time"
    # 16:07 WIB is 09:07 UTC.
    assert dates.format_datetime(datetime(2020, 10, 6, 9, 7, tzinfo=UTC)) == published.group(1)
