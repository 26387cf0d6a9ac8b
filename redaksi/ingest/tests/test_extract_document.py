"""What the importer says about files that are not stories, and how it reads odd ones."""

import random
from datetime import UTC, datetime

import pytest

from redaksi.ingest.extract import (
    ExtractionError,
    decode,
    extract_document,
    extract_html,
    find_next_page,
    merge_pages,
)

STORY = """<html><head><meta charset="{charset}"><title>Kafe di Braga Ramai</title></head>
<body><article><h1>Kafe di Braga Ramai Pengunjung</h1>
<p>Bandung - Kafe di kawasan Braga kembali ramai dikunjungi wisatawan pada akhir pekan.</p>
<p>Pemilik kafe menyebut menu crème brûlée dan café au lait paling laris.</p>
</article></body></html>"""


def test_windows_1252_and_latin1_declared_pages_keep_their_accents():
    for charset in ("windows-1252", "iso-8859-1"):
        data = STORY.format(charset=charset).encode("cp1252")
        story = extract_document(data)
        assert "crème brûlée dan café au lait" in story.body_text


def test_utf8_with_bom_and_a_wrong_declaration_is_still_read():
    data = "\ufeff".encode() + STORY.format(charset="iso-8859-1").encode("utf-8")
    assert "crème brûlée" in extract_document(data).body_text
    undeclared = STORY.replace('<meta charset="{charset}">', "").encode("utf-8")
    assert "crème brûlée" in decode(undeclared)


def test_header_charset_is_used_for_a_page_without_a_meta_charset():
    data = STORY.replace('<meta charset="{charset}">', "").encode("cp1252")
    text = decode(data, content_type="text/html; charset=windows-1252")
    assert "café au lait" in text


def test_undecodable_garbage_is_refused_with_a_clear_message():
    noise = bytes(random.Random(7).randrange(128, 256) for _ in range(4000))
    with pytest.raises(ExtractionError) as caught:
        decode(noise)
    assert caught.value.code == "encoding"
    assert "Pengodean teks berkas tidak dikenali" in caught.value.message


@pytest.mark.parametrize("data", [b"", b"   \n\t  "])
def test_an_empty_file_is_refused(data):
    with pytest.raises(ExtractionError) as caught:
        extract_document(data)
    assert caught.value.code == "empty"
    assert str(caught.value) == "Berkas ini kosong."


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
        b"PK\x03\x04\x14\x00\x06\x00",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"\xff\xd8\xff\xe0\x00\x10JFIF",
        b"<html>\x00\x00\x01\x02binary",
    ],
)
def test_binary_files_are_not_web_pages(data):
    with pytest.raises(ExtractionError) as caught:
        extract_document(data, filename="kiriman.bin")
    assert caught.value.code == "binary"
    assert "bukan halaman web atau tangkapan teks" in caught.value.message


def test_a_page_without_a_story_says_what_is_missing():
    page = (
        b"<html><head><title></title></head><body><nav><a href='/'>Beranda</a></nav></body></html>"
    )
    with pytest.raises(ExtractionError) as caught:
        extract_document(page, filename="kosong.html")
    assert caught.value.code == "not-article"
    assert "tidak ada judul" in caught.value.message
    assert "tidak ada isi berita" in caught.value.message


def test_json_ld_author_lists_keywords_and_wire_attribution():
    page = """<html><head><script type="application/ld+json">
    {"@context": "https://schema.org", "@type": ["ReportageNewsArticle"],
     "headline": "Banjir Rob Rendam Pesisir Jakarta Utara",
     "datePublished": "2024-12-01T18:30:00+07:00",
     "author": [{"@type": "Person", "name": "Sari Dewi"}, "Joko Prasetyo"],
     "keywords": "banjir rob, Jakarta Utara",
     "isPartOf": {"@type": "WebSite", "name": "Warta Pesisir"},
     "image": [{"@type": "ImageObject", "url": "/foto/rob.jpg",
                "caption": "Warga mengungsi. (Foto: ANTARA FOTO/Galih)"}]}
    </script></head><body><div itemprop="articleBody">
    <p>Jakarta (ANTARA) - Banjir rob merendam permukiman di pesisir utara sejak Minggu malam.</p>
    <p>Melansir Reuters, air laut naik lebih tinggi dari perkiraan.</p>
    <p>Saksikan video berikut ini:</p><p>Warga berharap tanggul segera diperbaiki.</p>
    </div></body></html>"""
    story = extract_html(page, url="https://warta.example.id/berita/1")
    assert story.authors == ["Sari Dewi", "Joko Prasetyo"]
    assert story.tags == ["banjir rob", "Jakarta Utara"]
    assert story.source_name == "Warta Pesisir"
    assert story.published_at == datetime(2024, 12, 1, 11, 30, tzinfo=UTC)
    assert story.lead_image.url == "https://warta.example.id/foto/rob.jpg"
    assert (story.lead_image.caption, story.lead_image.credit) == (
        "Warga mengungsi.",
        "ANTARA FOTO/Galih",
    )
    assert story.dateline == "Jakarta" and story.wire_source == "Reuters"
    assert story.paragraphs[0].startswith("Banjir rob merendam")
    cue = next(r for r in story.removed if r.reason == "media-cue")
    assert cue.media_follows is False
    assert story.field_origins["headline"] == "json-ld"
    assert story.extractor.startswith("json-ld")


@pytest.mark.parametrize(
    "html,url,expected",
    [
        (
            '<link rel="next" href="/news/read/1/a?page=2">',
            "https://x.id/news/read/1/a",
            "https://x.id/news/read/1/a?page=2",
        ),
        (
            '<a href="https://x.id/news/read/1/a?page=3">3</a><a href="?page=2">2</a>',
            "https://x.id/news/read/1/a",
            "https://x.id/news/read/1/a?page=2",
        ),
        (
            '<div class="detail__long-nav"><a href="https://news.x.id/d-7241234/judul/2">2</a></div>',
            "https://news.x.id/d-7241234/judul",
            "https://news.x.id/d-7241234/judul/2",
        ),
        (
            '<a href="/d-7241234/judul/3">3</a>',
            "https://news.x.id/d-7241234/judul/2",
            "https://news.x.id/d-7241234/judul/3",
        ),
        (
            '<div class="pagination"><a href="/berita/55/x?hal=2">Selanjutnya</a></div>',
            "https://x.id/berita/55/x",
            "https://x.id/berita/55/x?hal=2",
        ),
        ('<a href="/lain">Berita lain</a>', "https://x.id/news/read/1/a", None),
        ('<link rel="next" href="https://x.id/news/read/1/a">', "https://x.id/news/read/1/a", None),
    ],
)
def test_find_next_page(html, url, expected):
    assert find_next_page(f"<html><head></head><body>{html}</body></html>", url) == expected


def test_merge_pages_keeps_order_titles_and_furniture_positions():
    first = extract_html(
        "<html><body><h1>Judul Berita Panjang</h1><div itemprop='articleBody'>"
        "<p>Paragraf satu.</p><p>Lanjutkan Membaca</p></div></body></html>"
    )
    second = extract_html(
        "<html><body><h1>Judul Berita Panjang</h1><div itemprop='articleBody'>"
        "<h2>Sejarah Singkat</h2><p>Paragraf dua.</p><p>ADVERTISEMENT</p></div></body></html>"
    )
    story = merge_pages(first, second)
    assert story.paragraphs == ["Paragraf satu.", "Paragraf dua."]
    assert [p.title for p in story.pages] == ["", "Sejarah Singkat"]
    assert [(r.reason, r.page) for r in story.removed] == [
        ("continue-reading", 0),
        ("advertisement", 1),
    ]
    assert first.paragraphs == ["Paragraf satu."]  # the pages themselves are left alone
