"""Result snippets: the right fragment, matches marked, everything else escaped."""

import json

from redaksi.search.query import parse_terms
from redaksi.search.snippets import highlight, snippet, story_text


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


def test_story_text_reads_the_stored_body_as_a_reader_sees_it():
    content = [
        {
            "type": "paragraph",
            "id": "b",
            "value": "<p>Air <b>ban</b>jir &amp; lumpur.</p><p>Warga mengungsi.</p>",
        },
        {"type": "quote", "id": "c", "value": {"text": "Kami bertahan.", "attribution": "Siti"}},
        {
            "type": "video",
            "id": "d",
            "value": {
                "url": "https://www.youtube.com/watch?v=abc",
                "title": "Rekaman udara",
                "caption": "",
                "credit": "",
            },
        },
        {
            "type": "image",
            "id": "e",
            "value": {"image": 7, "caption": "Tanggul jebol", "credit": "Foto: Andi"},
        },
    ]
    body = [{"type": "page", "id": "a", "value": {"title": "Hari kedua", "content": content}}]

    text = story_text("Banjir melanda Demak.", json.dumps(body))

    assert text == (
        "Banjir melanda Demak. Hari kedua Air banjir & lumpur. Warga mengungsi. "
        "Kami bertahan. Siti Rekaman udara Tanggul jebol Foto: Andi"
    )
    assert story_text("Ringkasan.", None) == "Ringkasan."
