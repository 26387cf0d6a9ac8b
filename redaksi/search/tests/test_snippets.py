"""Result snippets: the right fragment, matches marked, everything else escaped."""

from redaksi.search.query import parse_terms
from redaksi.search.snippets import highlight, snippet


def test_snippet_centres_on_the_matching_words_and_marks_every_form():
    text = (
        " ".join(["pembuka"] * 60)
        + " Warga memilih kepala desa. Pemilihan berjalan tertib. "
        + (" ".join(["penutup"] * 60))
    )

    fragment = snippet(text, parse_terms("pilih"))

    assert fragment.startswith("… ") and fragment.endswith(" …")
    assert "Warga <mark>memilih</mark> kepala desa. <mark>Pemilihan</mark> berjalan" in fragment
    assert len(fragment.split()) < 45


def test_snippet_escapes_markup_in_the_story():
    text = 'Ada <script>alert("x")</script> & <b>banjir</b> di kota.'

    fragment = snippet(text, parse_terms("banjir"))

    assert "<script" not in fragment and "<b>" not in fragment
    assert (
        "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; "
        "&lt;b&gt;<mark>banjir</mark>" in fragment
    )


def test_snippet_without_matches_is_the_opening_words():
    fragment = snippet("Satu dua tiga empat lima.", parse_terms("banjir"), size=3)

    assert fragment == "Satu dua tiga …"


def test_headline_is_highlighted_whole():
    assert highlight("Harga <cabai> naik, pedagang mengeluh", parse_terms("kenaikan harga")) == (
        "<mark>Harga</mark> &lt;cabai&gt; <mark>naik</mark>, pedagang mengeluh"
    )
