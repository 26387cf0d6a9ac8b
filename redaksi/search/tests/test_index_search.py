"""Finding stories in the database's own full-text index (SQLite FTS5 or PostgreSQL).

These run on whichever database the suite uses (`DATABASE_URL` picks PostgreSQL),
so the same behaviour is checked on both.
"""

import pytest
from django.db import connection
from django.utils import timezone

from redaksi.newsroom.tests.fixtures import utc
from redaksi.search import candidates
from redaksi.search.candidates import uses_database_index
from redaksi.search.query import find_articles, parse_terms

from .fixtures import story

pytestmark = pytest.mark.django_db

NOW = utc(2024, 8, 17, 3, 0)


def found(query: str, **filters) -> list[int]:
    return [hit.article_id for hit in find_articles(parse_terms(query), now=NOW, **filters)]


def test_search_reads_the_databases_own_index():
    assert uses_database_index() == connection.vendor


def test_an_inflected_query_finds_the_story_written_with_another_form(newsroom):
    wanted = story(newsroom, "Saluran air desa", "Petugas memperbaiki jaringan irigasi sawah.")
    story(newsroom, "Saluran air kota", "Petugas membersihkan gorong-gorong kota.")
    story(newsroom, "Irigasi baru", "Pemerintah membangun jaringan irigasi baru.")

    assert found("perbaikan irigasi") == [wanted.pk]


def test_a_word_only_in_the_headline_finds_the_story(newsroom):
    wanted = story(newsroom, "Kemarau panjang melanda", "Sumur warga mengering sejak Juli.")

    assert found("kemarau sumur") == [wanted.pk]


def test_section_and_dates_filter_before_the_best_are_taken(newsroom, settings):
    settings.REDAKSI_SEARCH_CANDIDATES = 2
    # Three better matches abroad must not crowd the one at home out of the top two.
    for number in range(3):
        story(newsroom, f"Banjir besar {number}", "Banjir banjir banjir merendam kota.",
              section="global", slug=f"luar-{number}")  # fmt: skip
    home = story(newsroom, "Hujan deras", "Banjir merendam permukiman.", section="news",
                 when=utc(2024, 8, 10, 2, 0))  # fmt: skip

    assert found("banjir", section=newsroom["sections"]["news"]) == [home.pk]
    assert found("banjir", published_from=utc(2024, 8, 5)) == [home.pk]
    assert home.pk not in found("banjir", published_until=utc(2024, 8, 5))


def test_drafts_and_withdrawn_stories_never_appear(newsroom):
    story(newsroom, "Gempa di Lombok", "Gempa kecil terasa.", when=False)
    withdrawn = story(newsroom, "Gempa di Sumbawa", "Gempa kecil terasa.")
    withdrawn.unpublish()
    live = story(newsroom, "Gempa di Flores", "Gempa kecil terasa.")

    assert found("gempa") == [live.pk]


def test_the_newest_of_equally_relevant_stories_comes_first(newsroom, settings):
    settings.REDAKSI_SEARCH_CANDIDATES = 2
    text = "Jembatan gantung penghubung dua desa diresmikan."
    ages = (400, 2, 30, 90)
    stories = {
        days: story(
            newsroom,
            "Jembatan baru",
            text,
            when=NOW - timezone.timedelta(days=days),
            slug=f"jembatan-{days}",
        )  # fmt: skip
        for days in ages
    }

    assert found("jembatan") == [stories[2].pk, stories[30].pk]


def test_when_very_many_stories_match_only_the_newest_are_ranked(newsroom, monkeypatch):
    # The documented trade-off of RANK_WINDOW, here two stories instead of a thousand.
    monkeypatch.setattr(candidates, "RANK_WINDOW", 2)
    story(newsroom, "Banjir banjir banjir", "Banjir besar, banjir lagi.",
          when=NOW - timezone.timedelta(days=300), slug="lama")  # fmt: skip
    newer = [
        story(
            newsroom,
            f"Hujan deras {days}",
            "Banjir merendam jalan.",
            when=NOW - timezone.timedelta(days=days),
            slug=f"baru-{days}",
        )  # fmt: skip
        for days in (20, 10)
    ]

    assert found("banjir") == [newer[1].pk, newer[0].pk]


def test_a_peN_kan_noun_finds_the_story_written_with_its_verb(newsroom):
    # Sastrawi alone stems "penyelidikan" to "lidi" but "menyelidiki" to "selidik".
    wanted = story(newsroom, "Gudang beras disegel", "Polisi menyelidiki gudang beras di Medan.")
    story(newsroom, "Lidi kelapa", "Perajin menjual sapu lidi di pasar.")

    assert found("penyelidikan gudang beras") == [wanted.pk]
    assert wanted.pk in found("penyelidikan")


def test_when_the_newest_stories_hold_too_few_matches_older_ones_are_searched(
    newsroom, monkeypatch
):
    # PostgreSQL searches the newest RECENT_ENTRIES index entries first; here one entry,
    # holding one match where the window wants two.
    monkeypatch.setattr(candidates, "RANK_WINDOW", 2)
    monkeypatch.setattr(candidates, "RECENT_ENTRIES", 1)
    older = story(newsroom, "Banjir di hulu", "Banjir merendam sawah.",
                  when=NOW - timezone.timedelta(days=40), slug="hulu")  # fmt: skip
    for number in range(3):
        story(newsroom, f"Kemarau {number}", "Sumur kering.", slug=f"kemarau-{number}")
    newest = story(newsroom, "Banjir di hilir", "Banjir merendam jalan.", slug="hilir")

    assert found("banjir") == [newest.pk, older.pk]


def test_a_story_moved_to_another_section_is_found_under_the_new_one(newsroom):
    moved = story(newsroom, "Pelabuhan baru dibuka", "Kapal pertama bersandar.", section="news")

    moved.move(newsroom["sections"]["global"], pos="last-child")

    assert found("pelabuhan", section=newsroom["sections"]["global"]) == [moved.pk]
    assert found("pelabuhan", section=newsroom["sections"]["news"]) == []


@pytest.mark.parametrize(
    "query",
    ['"banjir', '"banjir"', "banjir*", "-banjir", "banjir^", "(banjir)", "banjir'", "banjir:"],
)
def test_search_syntax_characters_are_read_as_plain_words(client, newsroom, query):
    wanted = story(newsroom, "Banjir di Jakarta", "Banjir merendam permukiman.")

    response = client.get("/search", {"q": query})

    assert response.status_code == 200
    assert found(query) == [wanted.pk]


@pytest.mark.parametrize(
    "query",
    ["banjir NEAR jakarta", 'NEAR("banjir" "jakarta")', "judul:banjir", "{title}: banjir",
     "banjir AND", "OR banjir", "banjir + NOT", "*", ":"],
)  # fmt: skip
def test_operators_give_results_or_an_empty_list_not_an_error(client, newsroom, query):
    story(newsroom, "Banjir di Jakarta", "Banjir merendam permukiman.")

    response = client.get("/search", {"q": query})

    assert response.status_code == 200
    assert len(found(query)) <= 1
