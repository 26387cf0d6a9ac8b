"""The plain-text rules: Indonesian dates and zones, bylines, captions, datelines, wire."""

from datetime import UTC, datetime

import pytest

from redaksi.ingest.extract import parse_datetime
from redaksi.ingest.extract.text import (
    find_wire_source,
    furniture_reason,
    parse_byline,
    split_caption,
    split_dateline,
)


@pytest.mark.parametrize(
    "text,utc,zone",
    [
        ("Selasa, 06 Okt 2020 16:07 WIB", datetime(2020, 10, 6, 9, 7), "WIB"),
        ("06/10/2020, 16:07 WIB", datetime(2020, 10, 6, 9, 7), "WIB"),
        ("6 Oktober 2020 | 16.07 WIB", datetime(2020, 10, 6, 9, 7), "WIB"),
        ("Kamis, 12 Agu 2021 08:00 WITA", datetime(2021, 8, 12, 0, 0), "WITA"),
        ("12 Agt 2021 08:00 WITA", datetime(2021, 8, 12, 0, 0), "WITA"),
        ("3 Mei 2022 10:00 WIT", datetime(2022, 5, 3, 1, 0), "WIT"),
        ("24 Des 2023, 23:30", datetime(2023, 12, 24, 16, 30), "WIB"),
        ("2020-10-06T16:07:00+07:00", datetime(2020, 10, 6, 9, 7), "WIB"),
        ("2020-10-06T17:07:00+0800", datetime(2020, 10, 6, 9, 7), "WITA"),
        ("2020-10-06T09:07:00Z", datetime(2020, 10, 6, 9, 7), ""),
    ],
)
def test_dates_become_utc_and_keep_their_zone(text, utc, zone):
    assert parse_datetime(text) == (utc.replace(tzinfo=UTC), zone)


@pytest.mark.parametrize("text", ["", "kemarin sore", "31 Feb 2024 10:00 WIB"])
def test_no_date_is_no_date(text):
    assert parse_datetime(text) == (None, "")


@pytest.mark.parametrize(
    "text,authors",
    [
        (
            "oleh Natasha Khairunisa Amani diperbarui 06 Okt 2020, 16:07 WIB",
            ["Natasha Khairunisa Amani"],
        ),
        ("Penulis: Budi Santoso", ["Budi Santoso"]),
        ("Reporter: Budi Santoso | Editor: Ani Lestari", ["Budi Santoso"]),
        ("Rina Marlina - detikNews", ["Rina Marlina"]),
        ("Tim Liputan6.com, Ayu Lestari dan Bima Sakti", ["Tim", "Ayu Lestari", "Bima Sakti"]),
        ("Editor: Ani Lestari", ["Ani Lestari"]),
    ],
)
def test_bylines(text, authors):
    assert parse_byline(text) == authors


@pytest.mark.parametrize(
    "text,caption,credit",
    [
        (
            "Tentara berjaga (Photo credit: Karen Minasyan/AFP)",
            "Tentara berjaga",
            "Karen Minasyan/AFP",
        ),
        ("Warga antre. (Foto: ANTARA FOTO/Galih)", "Warga antre.", "ANTARA FOTO/Galih"),
        ("Suasana rapat (Liputan6.com/Angga Yuniar)", "Suasana rapat", "Liputan6.com/Angga Yuniar"),
        (
            "Warga antre di pasar. ANTARA FOTO/Budi Santoso/wsj.",
            "Warga antre di pasar.",
            "ANTARA FOTO/Budi Santoso/wsj",
        ),
        (
            "Rapat di DPR. KOMPAS.com/ADHYASTA DIRGANTARA",
            "Rapat di DPR.",
            "KOMPAS.com/ADHYASTA DIRGANTARA",
        ),
        (
            "Rapat di DPR. Foto: Rifkianto Nugroho/detikcom",
            "Rapat di DPR.",
            "Rifkianto Nugroho/detikcom",
        ),
        (
            "Menlu akan berkunjung pada Selasa (6/10).",
            "Menlu akan berkunjung pada Selasa (6/10).",
            "",
        ),
    ],
)
def test_captions_split_from_credits(text, caption, credit):
    assert split_caption(text) == (caption, credit)


@pytest.mark.parametrize(
    "text,city,publisher,rest",
    [
        ("Liputan6.com, Ankara- Menteri tiba", "Ankara", "Liputan6.com", "Menteri tiba"),
        ("Jakarta, CNN Indonesia -- Pemerintah", "Jakarta", "CNN Indonesia", "Pemerintah"),
        ("TEMPO.CO, Jakarta - Pemerintah", "Jakarta", "TEMPO.CO", "Pemerintah"),
        ("Jakarta (ANTARA) - Pemerintah", "Jakarta", "ANTARA", "Pemerintah"),
        ("KOMPAS.com - Pemerintah", "", "KOMPAS.com", "Pemerintah"),
        ("JAKARTA, KOMPAS.com - Pemerintah", "Jakarta", "KOMPAS.com", "Pemerintah"),
        ("Jakarta - Pemerintah", "Jakarta", "", "Pemerintah"),
        (
            "Menteri Luar Negeri Turki, Mevlut Cavusoglu akan",
            "",
            "",
            "Menteri Luar Negeri Turki, Mevlut Cavusoglu akan",
        ),
    ],
)
def test_datelines(text, city, publisher, rest):
    assert split_dateline(text) == (city, publisher, rest)


@pytest.mark.parametrize(
    "text,wire",
    [
        ("Dilansir Anadolu Agency, Selasa (6/10/2020), kunjungan", "Anadolu Agency"),
        ("seperti dikutip dari Reuters, Senin", "Reuters"),
        ("Melansir The Korea Herald, Senin (1/1)", "The Korea Herald"),
        ("Hal itu disampaikan pada Senin (ANTARA/Xinhua).", "Xinhua"),
        ("Presiden meresmikan jembatan itu pada Senin.", ""),
    ],
)
def test_wire_attribution(text, wire):
    assert find_wire_source([text]) == wire


@pytest.mark.parametrize(
    "text,reason",
    [
        ("Saksikan Video Berikut Ini:", "media-cue"),
        ("Tonton juga video berikut", "media-cue"),
        ("Lanjutkan Membaca ↓", "continue-reading"),
        ("ADVERTISEMENT", "advertisement"),
        ("SCROLL TO CONTINUE WITH CONTENT", "advertisement"),
        ("Baca juga: Harga beras naik", "related-link"),
        ("* Follow Official WhatsApp Channel Liputan6.com untuk berita terkini", "promo"),
        ("Pewarta: Nur Suhra | Editor: Budi", "byline"),
        ("Baca berita itu membuat warga cemas, kata dia.", ""),
    ],
)
def test_furniture(text, reason):
    assert furniture_reason(text) == reason
