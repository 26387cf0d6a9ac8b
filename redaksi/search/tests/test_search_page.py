"""/search as readers use it: words in any form, filters, highlights, bad input."""

import re

import pytest
from django.utils import timezone

from redaksi.core.surrogate import LATEST, surrogate_keys
from redaksi.newsroom.tests.fixtures import utc

from .fixtures import story

pytestmark = pytest.mark.django_db


def headlines(response) -> list[str]:
    html = response.content.decode()
    found = re.findall(r'<h2 class="teaser__headline"><a href="[^"]*">(.*?)</a></h2>', html, re.S)
    return [re.sub(r"</?mark>", "", headline) for headline in found]


@pytest.mark.parametrize(
    ("query", "title", "text"),
    [
        ("pemilihan", "Warga desa tentukan kepala desa", "Ratusan warga memilih kepala desa baru."),
        ("pilih", "Warga desa tentukan kepala desa", "Ratusan warga memilih kepala desa baru."),
        ("perekonomian", "Pasar ikan ramai lagi", "Ekonomi pesisir mulai pulih setelah badai."),
        ("berlari", "Lomba di alun-alun kota", "Ribuan peserta lari pagi memadati jalan."),
        ("Kebijakan", "Bupati umumkan aturan baru", "Aturan itu dinilai bijak oleh warga."),
    ],
)
def test_a_word_finds_stories_that_use_another_form_of_it(client, newsroom, query, title, text):
    story(newsroom, title, text)
    story(newsroom, "Hujan deras di pegunungan", "Sungai meluap dan jalan tertutup lumpur.")

    response = client.get("/search", {"q": query})

    assert response.status_code == 200
    assert headlines(response) == [title]


def test_every_word_of_the_query_must_match(client, newsroom):
    story(newsroom, "Petani panen padi", "Musim panen datang lebih awal di Karawang.")
    story(newsroom, "Petani kopi di Aceh", "Harga kopi naik menjelang akhir tahun.")

    response = client.get("/search", {"q": "petani padi"})

    assert headlines(response) == ["Petani panen padi"]


def test_drafts_and_withdrawn_stories_are_never_found(client, newsroom):
    story(newsroom, "Naskah belum terbit", "Gempa kecil terasa di Lombok.", when=False)
    withdrawn = story(newsroom, "Berita yang ditarik", "Gempa kecil terasa di Sumbawa.")
    withdrawn.unpublish()
    story(newsroom, "Gempa di Flores", "Gempa kecil terasa di Flores.")

    response = client.get("/search", {"q": "gempa"})

    assert headlines(response) == ["Gempa di Flores"]


def test_section_filter_keeps_only_that_sections_stories(client, newsroom):
    story(newsroom, "Banjir di Jakarta", "Banjir merendam permukiman.", section="news")
    story(newsroom, "Banjir di Pakistan", "Banjir merendam ladang gandum.", section="global")

    everywhere = client.get("/search", {"q": "banjir"})
    abroad = client.get("/search", {"q": "banjir", "kanal": "global"})

    assert sorted(headlines(everywhere)) == ["Banjir di Jakarta", "Banjir di Pakistan"]
    assert headlines(abroad) == ["Banjir di Pakistan"]
    assert 'href="/global/' in abroad.content.decode()


def test_date_filter_uses_the_sites_calendar_day(client, newsroom):
    # 16 Aug 2024 18:30 UTC is already 17 Aug in Jakarta (WIB, UTC+7).
    story(newsroom, "Upacara di istana", "Upacara bendera berlangsung khidmat.",
          when=utc(2024, 8, 16, 18, 30))  # fmt: skip
    story(newsroom, "Upacara di sekolah", "Upacara bendera diikuti siswa.",
          when=utc(2024, 8, 10, 2, 0))  # fmt: skip

    on_the_day = client.get(
        "/search", {"q": "upacara", "dari": "2024-08-17", "sampai": "2024-08-17"}
    )
    before = client.get("/search", {"q": "upacara", "sampai": "2024-08-16"})

    assert headlines(on_the_day) == ["Upacara di istana"]
    assert headlines(before) == ["Upacara di sekolah"]


def test_matching_words_are_marked_and_story_text_is_escaped(client, newsroom):
    story(
        newsroom,
        "Pemerintah <b>benahi</b> irigasi",
        "Petugas memperbaiki saluran irigasi setelah laman desa disusupi "
        "&lt;script&gt;alert(1)&lt;/script&gt; oleh orang tak dikenal.",
        lede="Petani <img src=x onerror=alert(2)> menunggu air irigasi.",
        slug="pemerintah-benahi-irigasi",
    )

    html = client.get("/search", {"q": "perbaikan irigasi"}).content.decode()
    results = html.split('class="listing search-results"', 1)[1]

    assert "<mark>irigasi</mark>" in results
    assert "<mark>memperbaiki</mark>" in results
    assert "&lt;b&gt;benahi&lt;/b&gt; <mark>irigasi</mark>" in results
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in results
    assert "<script" not in results
    assert "<img" not in results


def test_equally_relevant_stories_come_newest_first(client, newsroom):
    text = "Jembatan gantung penghubung dua desa akhirnya diresmikan."
    now = timezone.now()
    story(newsroom, "Jembatan baru diresmikan", text, when=now - timezone.timedelta(days=400),
          slug="lama")  # fmt: skip
    story(newsroom, "Jembatan baru diresmikan", text, when=now - timezone.timedelta(days=2),
          slug="baru")  # fmt: skip

    html = client.get("/search", {"q": "jembatan"}).content.decode()

    links = re.findall(r'<h2 class="teaser__headline"><a href="([^"]+)"', html)
    assert [link.rsplit("/", 1)[1] for link in links] == ["baru", "lama"]


def test_headline_match_outranks_a_passing_mention_of_the_same_age(client, newsroom):
    when = utc(2024, 8, 1, 3, 0)
    story(newsroom, "Rapat anggaran daerah", "Dewan juga menyinggung soal vaksinasi anak.",
          when=when)  # fmt: skip
    story(newsroom, "Vaksinasi anak dimulai pekan depan", "Dinas kesehatan siapkan tim.",
          when=when)  # fmt: skip

    assert headlines(client.get("/search", {"q": "vaksinasi"}))[0] == (
        "Vaksinasi anak dimulai pekan depan"
    )


def test_empty_query_shows_the_form_with_a_hint(client, newsroom):
    story(newsroom, "Banjir di Jakarta", "Banjir merendam permukiman.")

    response = client.get("/search", {"q": "   "})
    html = response.content.decode()

    assert response.status_code == 200
    assert 'role="search"' in html
    assert 'class="search-hint"' in html
    assert headlines(response) == []


def test_no_match_says_so(client, newsroom):
    story(newsroom, "Banjir di Jakarta", "Banjir merendam permukiman.")

    response = client.get("/search", {"q": "kriket"})

    assert response.status_code == 200
    assert 'class="search-empty"' in response.content.decode()


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"q": "banjir", "dari": "17-08-2024"}, "YYYY-MM-DD"),
        ({"q": "banjir", "sampai": "2024-02-30"}, "YYYY-MM-DD"),
        ({"q": "banjir", "dari": "2024-09-01", "sampai": "2024-08-01"}, "start date is after"),
        ({"q": "banjir", "kanal": "tidak-ada"}, "tidak-ada"),
        ({"q": "banjir " * 60}, "200"),
    ],
)
def test_bad_input_gets_a_message_not_an_error_page(client, newsroom, settings, params, message):
    settings.LANGUAGE_CODE = "en"
    story(newsroom, "Banjir di Jakarta", "Banjir merendam permukiman.")

    response = client.get("/search", params)
    html = response.content.decode()

    assert response.status_code == 400
    assert 'role="alert"' in html
    assert message in html
    assert headlines(response) == []


def test_results_are_paginated(client, newsroom, settings):
    settings.REDAKSI_SEARCH_CANDIDATES = 200
    for number in range(23):
        story(newsroom, f"Pameran buku ke-{number}", "Pameran buku dibuka di balai kota.",
              slug=f"pameran-{number}")  # fmt: skip

    first = client.get("/search", {"q": "pameran", "kanal": "news"})
    second = client.get("/search", {"q": "pameran", "kanal": "news", "page": "2"})
    junk = client.get("/search", {"q": "pameran", "page": "abc"})
    past_end = client.get("/search", {"q": "pameran", "page": "9"})

    assert len(headlines(first)) == 20
    assert len(headlines(second)) == 3
    assert 'href="?q=pameran&amp;kanal=news&amp;page=2"' in first.content.decode()
    assert headlines(junk) == headlines(first)
    assert past_end.status_code == 404


def test_results_are_tagged_as_a_listing_of_latest_stories(client, newsroom, rf):
    from redaksi.search.views import search

    story(newsroom, "Banjir di Jakarta", "Banjir merendam permukiman.")
    request = rf.get("/search", {"q": "banjir"})

    response = search(request)

    assert LATEST in surrogate_keys(request)
    assert "max-age=" in response["Cache-Control"]


def test_header_search_box_is_on_every_page(client, newsroom):
    html = client.get("/").content.decode()

    assert 'role="search"' in html
    assert '<label class="visually-hidden" for="site-search-q">' in html
    assert 'action="/search"' in html
