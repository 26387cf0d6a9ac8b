"""How queries are read and how candidates are ordered, backend aside."""

from datetime import timedelta

import pytest
from wagtail.search.query import And, Or, PlainText

from redaksi.core.stemming import query_stems, stem_text, stem_word
from redaksi.newsroom.tests.fixtures import utc
from redaksi.search.query import backend_query, freshness, parse_terms, rerank

NOW = utc(2024, 8, 17, 3, 0)


def test_indonesian_affixes_are_stripped_to_the_root():
    assert stem_word("pemilihan") == stem_word("memilih") == "pilih"
    assert stem_word("perekonomian") == "ekonomi"
    assert stem_word("berlari") == "lari"
    assert stem_text("Warga MEMILIH, 17 Agustus; g20") == "warga pilih 17 agustus g20"


@pytest.mark.parametrize(
    ("noun", "verb"),
    [
        ("penyelidikan", "menyelidiki"),  # Sastrawi alone: "lidi" against "selidik"
        ("penyidikan", "menyidik"),  # "sidi" against "sidik"
        ("pengecekan", "mengecek"),  # "kece" against "ecek"
        ("penyuntikan", "menyuntik"),  # "sunti" against "suntik"
        ("perusakan", "merusak"),  # "rusa" against "rusak"
        ("penyerahan", "menyerahkan"),  # already agreed, and still do
        ("pemukiman", "bermukim"),
        ("pemilihan", "memilih"),
    ],
)
def test_a_typed_noun_reaches_the_root_its_verb_is_indexed_under(noun, verb):
    assert stem_word(verb) in query_stems(noun)
    assert parse_terms(noun).matches(verb)


def test_other_roots_are_only_added_where_the_dictionary_knows_them():
    assert query_stems("pemilihan") == ("pilih",)
    assert query_stems("pendidikan") == ("didik",)
    assert query_stems("makan") == ("makan",)


def test_query_keeps_words_as_typed_and_their_stems_without_joining_words():
    terms = parse_terms("Pemilihan di Jakarta dan pemilihan")

    assert terms.words == ("pemilihan", "jakarta")
    assert terms.stems == ("pilih", "jakarta")
    assert terms.matches("memilih") and terms.matches("jakarta")
    assert not terms.matches("di")


def test_a_query_of_joining_words_only_is_searched_as_typed():
    assert parse_terms("yang di").words == ("yang", "di")
    assert not parse_terms(" ,.; ")


def test_each_word_must_match_as_typed_or_by_stem():
    query = backend_query(parse_terms("pemilihan jakarta"))

    assert isinstance(query, And)
    first, second = query.subqueries
    assert isinstance(first, Or)
    assert [part.query_string for part in first.subqueries] == ["pemilihan", "pilih"]
    assert isinstance(second, PlainText) and second.query_string == "jakarta"


def test_freshness_halves_its_bonus_every_half_life_and_never_reaches_zero(settings):
    settings.REDAKSI_SEARCH_HALF_LIFE_DAYS = 30

    assert freshness(NOW, NOW) == 1.0
    assert freshness(NOW - timedelta(days=30), NOW) == 0.25 + 0.75 / 2
    assert 0.25 < freshness(NOW - timedelta(days=365), NOW) < 0.26
    assert freshness(NOW - timedelta(days=3650), NOW) >= 0.25
    assert freshness(None, NOW) == 0.25


def test_equal_scores_rank_newer_first_on_either_score_scale(settings):
    settings.REDAKSI_SEARCH_HALF_LIFE_DAYS = 30
    old, new = NOW - timedelta(days=200), NOW - timedelta(days=1)

    higher_is_better = rerank([(1, 0.8, old), (2, 0.8, new)], NOW)
    lower_is_better = rerank([(1, -3.0, old), (2, -3.0, new)], NOW)

    assert [hit.article_id for hit in higher_is_better] == [2, 1]
    assert [hit.article_id for hit in lower_is_better] == [2, 1]


def test_a_much_better_old_match_beats_a_weak_fresh_one(settings):
    settings.REDAKSI_SEARCH_HALF_LIFE_DAYS = 30
    old, new = NOW - timedelta(days=365), NOW

    # bm25() on SQLite: more negative is better, and the backend lists the best first.
    hits = rerank([(1, -10.0, old), (2, -1.0, new)], NOW)

    assert [hit.article_id for hit in hits] == [1, 2]


def test_recency_lifts_a_fresh_story_over_a_slightly_better_old_one(settings):
    settings.REDAKSI_SEARCH_HALF_LIFE_DAYS = 30

    hits = rerank([(1, 1.0, NOW - timedelta(days=90)), (2, 0.9, NOW)], NOW)

    assert [hit.article_id for hit in hits] == [2, 1]
