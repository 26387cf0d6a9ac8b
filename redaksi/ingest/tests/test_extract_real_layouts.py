"""Habits of real portal pages that broke the importer, each on its own small page we wrote.

The real pages that exposed them are measured by bench/ingest/real_pages.py and
stay outside the repository; nothing here names a portal.
"""

from datetime import UTC, datetime

import pytest

from redaksi.ingest.extract import ExtractionError, extract_document
from redaksi.ingest.extract.authors import clean_authors
from redaksi.ingest.extract.titles import strip_site_name

STORY = [
    "Pemerintah kabupaten membuka kembali jembatan gantung yang menghubungkan dua desa "
    "setelah diperbaiki selama tiga bulan terakhir.",
    "Kepala dinas pekerjaan umum mengatakan tali baja jembatan diganti seluruhnya agar "
    "mampu menahan beban sepeda motor warga.",
    "Warga kedua desa menyambut pembukaan itu dengan syukuran sederhana di tepi sungai "
    "pada Sabtu pagi bersama para pekerja.",
    "Dinas berjanji memeriksa kondisi jembatan setiap enam bulan sekali agar kerusakan "
    "serupa tidak terulang pada musim hujan mendatang.",
]
THUMBS = "".join(
    f'<div class="thumb"><img src="/thumb/{i}.jpg"><span class="date">Senin, 0{i}/11/2026 '
    f"09:1{i} WIB</span></div>"
    for i in range(1, 6)
)
RELATED = "".join(
    f'<h4><a href="/berita/{i}">Judul berita lain nomor {i} tentang desa</a></h4>'
    for i in range(1, 8)
)


def page(body: str, head: str = "", title: str = "Jembatan Gantung Dibuka Kembali") -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="Kabar Lembah">{head}</head><body>
<div class="menu"><a href="/">Beranda</a> <a href="/daerah">Daerah</a></div>
<h1>Jembatan Gantung Dibuka Kembali</h1><span class="tgl">Kamis, 05/11/2026 10:08 WIB</span>
{body}<div class="kaki">Hak cipta Kabar Lembah</div></body></html>""".encode()


def extract(data: bytes, url: str = "https://kabarlembah.example.id/berita/1/jembatan"):
    return extract_document(data, url=url, filename="x.html")


# --- the body ----------------------------------------------------------------
def test_story_in_one_box_with_thumbnails_and_related_list_keeps_only_the_story():
    """A wrapper holding thumbnails, timestamps, the story and a related list: the story only."""
    story_html = "<br><br>".join(STORY)
    body = f"""<div class="wrap">{THUMBS}<div class="pic"><img src="/foto/jembatan.jpg"></div>
    <div class="text_detail"><strong>Lembah</strong> - <p>{story_html}</p></div>
    {RELATED}{THUMBS}</div>"""
    story = extract(page(body))
    assert story.paragraphs[-4:] == STORY[:3] + [STORY[3]] or story.paragraphs[-4:] == STORY
    assert all("Judul berita lain" not in p for p in story.paragraphs)
    assert all("WIB" not in p for p in story.paragraphs)


def test_br_br_paragraphs_are_separate_paragraphs():
    story = extract(page(f'<div class="isi">{"<br /><br />".join(STORY)}</div>'))
    assert story.paragraphs == STORY


def test_related_titles_after_the_story_are_not_story():
    body = f'<div class="isi">{"".join(f"<p>{p}</p>" for p in STORY)}{RELATED}</div>'
    story = extract(page(body))
    assert story.paragraphs == STORY
    assert not [b for p in story.pages for b in p.blocks if b.kind == "subheading"]


def test_short_closing_sentences_stay():
    closing = ["Warga lega.", "Pekerjaan dilanjutkan pekan depan."]
    body = f'<div class="isi">{"".join(f"<p>{p}</p>" for p in STORY + closing)}</div>'
    assert extract(page(body)).paragraphs == STORY + closing


def test_story_paragraphs_are_not_lost_to_a_box_holding_only_the_end():
    """Site markup that wraps only the last paragraphs loses to the box holding all of them."""
    body = (
        f'<div class="isi"><p>{STORY[0]}</p><p>{STORY[1]}</p>'
        f'<div itemprop="articleBody"><p>{STORY[2]}</p><p>{STORY[3]}</p></div></div>'
    )
    assert extract(page(body)).paragraphs == STORY


# --- titles ------------------------------------------------------------------
def test_site_name_is_stripped_from_titles():
    url = "https://regional.kabarlembah.example.id/berita/1"
    cases = {
        "KabarLembah.com: Jembatan Gantung Dibuka Kembali": "Jembatan Gantung Dibuka Kembali",
        "Jembatan Gantung Dibuka Kembali - KabarLembah.com Regional": (
            "Jembatan Gantung Dibuka Kembali"
        ),
        "Jembatan Gantung Dibuka Kembali - Daerah :: Kabar Lembah Sehari": (
            "Jembatan Gantung Dibuka Kembali"
        ),
        "Jembatan Gantung Dibuka Kembali | Daerah | Kabar Lembah :: Portal Berita": (
            "Jembatan Gantung Dibuka Kembali"
        ),
        "Jokowi - Prabowo Bertemu di Istana Negara - Kabar Lembah": (
            "Jokowi - Prabowo Bertemu di Istana Negara"
        ),
        "FOTO: Warga Antre Melintasi Jembatan": "FOTO: Warga Antre Melintasi Jembatan",
        "Desa Bisa Belajar dari Lembah: Bupati | Daerah | KabarLembah.Co :: Portal Berita": (
            "Desa Bisa Belajar dari Lembah: Bupati"
        ),
    }
    for title, want in cases.items():
        assert strip_site_name(title, "Kabar Lembah", url) == want, title


def test_headline_from_title_carrying_the_portal_name():
    data = page(
        "<div class='isi'>" + "".join(f"<p>{p}</p>" for p in STORY) + "</div>",
        head='<meta property="og:title" content="KabarLembah.com: Jembatan Gantung Dibuka Lagi">',
    )
    assert extract(data).headline == "Jembatan Gantung Dibuka Lagi"


# --- authors -----------------------------------------------------------------
def test_photo_credit_with_the_author_class_is_not_the_author():
    body = (
        '<div class="photo"><img src="/foto/j.jpg"><span class="author">Facebook</span> Warga '
        "melintas di jembatan.</div>"
        '<div class="isi">' + "".join(f"<p>{p}</p>" for p in STORY) + "</div>"
    )
    assert extract(page(body)).authors == []


def test_credits_organisations_and_joined_names_in_author_fields():
    assert clean_authors(["Twitter @kabarlembah"]) == []
    assert clean_authors(["Dok. Sari Wulan"]) == []
    assert clean_authors(["Web Design & Development"]) == []
    assert clean_authors(["Budi Santoso dan Agus S"]) == ["Budi Santoso", "Agus S"]
    assert clean_authors(["Dewi Kania Jurnalis"]) == ["Dewi Kania"]
    assert clean_authors(["Kabar Lembah"], source_name="Kabar Lembah") == []


def test_contributor_with_place_then_name():
    body = (
        '<div class="isi">' + "".join(f"<p>{p}</p>" for p in STORY) + "</div>"
        "<table><tr><td>Penulis: Kontributor Lembah Hijau, Rahmat Hidayat</td></tr></table>"
    )
    assert extract(page(body)).authors == ["Rahmat Hidayat"]


def test_reporter_box_whose_class_only_contains_the_word():
    body = (
        '<div class="reporter"></div><div class="nmreporter"><div>Dewi Kania</div>'
        "<span>Jurnalis</span></div>"
        '<div class="isi">' + "".join(f"<p>{p}</p>" for p in STORY) + "</div>"
    )
    assert extract(page(body)).authors == ["Dewi Kania"]


def test_printed_time_is_read_in_its_zone():
    story = extract(page('<div class="isi">' + "".join(f"<p>{p}</p>" for p in STORY) + "</div>"))
    assert story.published_at == datetime(2026, 11, 5, 3, 8, tzinfo=UTC)


def test_style_inside_a_link_and_a_run_of_other_stories_titles_are_not_story():
    links = (
        '<a href="/b/1">Pasar Terapung Ramai Lagi</a> <a href="/b/2">Harga Cabai Turun '
        'Menjelang Panen Raya di Lembah</a> <a href="/b/3">Sekolah Baru Dibangun di Hulu '
        "<style>@font-face{font-family:x;src:url(/f.woff)}</style></a>"
    )
    body = f'<div class="isi">{"".join(f"<p>{p}</p>" for p in STORY)}<p>{links}</p></div>'
    story = extract(page(body))
    assert story.paragraphs == STORY
    assert not any("font-face" in b.text for p in story.pages for b in p.blocks)


# --- pages that list stories -------------------------------------------------
TEASERS = "".join(
    f'<div class="item"><h3><a href="/berita/{i}/kabar-desa-nomor-{i}-hari-ini">Kabar desa nomor '
    f"{i} dari lembah hari ini</a></h3><p>Ringkasan ke-{i}: {STORY[i % 4]}</p>"
    '<span class="tgl">Kamis, 05/11/2026 10:0{i} WIB</span></div>'
    for i in range(1, 8)
)


def refusal(data: bytes, url: str) -> str:
    with pytest.raises(ExtractionError) as caught:
        extract(data, url=url)
    assert caught.value.code == "not-article"
    return caught.value.message


@pytest.mark.parametrize(
    "url",
    [
        "https://kabarlembah.example.id/",
        "https://kabarlembah.example.id/indeks",
        "https://kabarlembah.example.id/tag/jembatan",
        "https://kabarlembah.example.id/search?q=jembatan",
    ],
)
def test_front_index_tag_and_search_addresses_are_refused(url):
    body = '<div class="isi">' + "".join(f"<p>{p}</p>" for p in STORY) + "</div>"
    assert "bukan satu berita" in refusal(page(body, title="Indeks Berita"), url)


def test_a_page_of_teasers_is_refused_even_without_its_address():
    assert "ringkasan berita yang berbeda" in refusal(page(TEASERS, title="Berita Desa"), "")


def test_a_page_of_links_with_one_blurb_is_refused():
    links = "".join(
        f'<li><a href="/b/{i}">Judul berita lain nomor {i} dari lembah</a></li>' for i in range(25)
    )
    body = f'<ul class="daftar">{links}</ul><div class="isi"><p>{STORY[0]}</p></div>'
    assert "tautan ke berita lain" in refusal(page(body, title="Kabar Lembah"), "")


def test_a_photo_story_with_a_short_caption_is_still_a_story():
    links = "".join(
        f'<li><a href="/b/{i}">Judul berita lain nomor {i} dari lembah</a></li>' for i in range(25)
    )
    body = f'<ul class="daftar">{links}</ul><div class="isi"><p>{STORY[0]}</p></div>'
    head = '<meta property="og:type" content="article">'
    assert extract(page(body, head=head, title="Foto: Jembatan")).paragraphs == [STORY[0]]


def test_story_addresses_with_a_slug_are_not_mistaken_for_listings():
    body = '<div class="isi">' + "".join(f"<p>{p}</p>" for p in STORY) + "</div>"
    url = "https://kabarlembah.example.id/tag/2026/11/05/jembatan-gantung-dibuka-kembali"
    assert extract(page(body), url=url).paragraphs == STORY


# --- charset -----------------------------------------------------------------
def test_utf8_bytes_under_a_latin_declaration_are_read_as_utf8():
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        "<title>Jembatan Gantung Dibuka Kembali</title></head><body><h1>Jembatan Gantung Dibuka "
        'Kembali</h1><div class="isi">'
        + "".join(f"<p>{p}</p>" for p in STORY)
        + "<p>Foto jembatan © Kabar Lembah dipakai dengan izin redaksi setempat.</p></div>"
        "</body></html>"
    ).encode("utf-8")
    story = extract(html)
    assert "© Kabar Lembah" in story.body_text and "Â" not in story.body_text


def test_latin_bytes_under_a_latin_declaration_stay_latin():
    html = (
        '<html><head><meta charset="iso-8859-1"><title>Kafe</title></head><body><h1>Kafe '
        'Baru di Lembah</h1><div class="isi">'
        + "".join(f"<p>{p}</p>" for p in STORY)
        + "<p>Pemiliknya menyebut kafe itu Café Lembah sejak dibuka pekan lalu di tepi sungai.</p>"
        "</div></body></html>"
    ).encode("latin-1")
    assert "Café Lembah" in extract(html).body_text


# --- the story's own time ------------------------------------------------------
def test_time_beside_the_headline_wins_over_sidebar_times_before_it():
    sidebar = "".join(
        f'<li><a href="/b/{i}">Berita lain</a><div class="tanggal">Rabu, 04 November 2026 | '
        f"19:1{i}</div></li>"
        for i in range(3)
    )
    html = f"""<html><head><meta charset="utf-8">
    <meta property="og:title" content="Jembatan Gantung Dibuka Kembali"></head><body>
    <div class="banner"><a href="/x">Jembatan Gantung Dibuka Kembali</a></div><ul>{sidebar}</ul>
    <div class="tanggal">Rabu, 04 November, 2026 |  07:28 WIB</div>
    <div class="judul">Jembatan Gantung Dibuka Kembali</div>
    <div class="isi">{"".join(f"<p>{p}</p>" for p in STORY)}</div></body></html>""".encode()
    assert extract(html).published_at == datetime(2026, 11, 4, 0, 28, tzinfo=UTC)


# --- furniture ---------------------------------------------------------------
def test_footers_scroll_prompts_comment_counters_breadcrumbs_and_date_lines_are_furniture():
    furniture = [
        "COPYRIGHT © KANTOR BERITA LEMBAH 2026",
        "SCROLL TO RESUME CONTENT",
        "0 Komentar",
        "Beranda / Daerah / Lembah Hijau",
        "Kamis, 05/11/2026 10:08 WIB",
    ]
    inside = "".join(f"<p>{p}</p><p>{f}</p>" for p, f in zip(STORY, furniture + [""], strict=False))
    story = extract(page(f'<div class="isi">{inside}</div>'))
    assert story.paragraphs == STORY
    assert {"copyright", "advertisement", "navigation"} <= {r.reason for r in story.removed}


def test_sentences_that_start_like_furniture_stay():
    text = ["Hak cipta lagu itu dimiliki oleh penyanyi asal Lembah sejak awal tahun ini."]
    body = f'<div class="isi">{"".join(f"<p>{p}</p>" for p in STORY + text)}</div>'
    assert extract(page(body)).paragraphs == STORY + text


# --- tags ----------------------------------------------------------------------
def _body() -> str:
    return '<div class="isi">' + "".join(f"<p>{p}</p>" for p in STORY) + "</div>"


def test_trending_list_with_the_tag_markup_is_not_the_story_tags():
    trending = "".join(
        f'<a href="/tag/{t}">{t}</a>'
        for t in ("Piala Dunia", "Harga Emas", "Gempa Lombok", "Jembatan Gantung", "Pemilu")
    )
    story = extract(page(_body() + f'<div class="tags">{trending}</div>'))
    assert story.tags == ["Jembatan Gantung"]


def test_lede_cut_into_single_words_is_not_tags():
    lede = "Jembatan gantung di lembah dibuka kembali setelah tiga bulan"
    head = (
        f'<meta name="description" content="{lede}">'
        f'<meta name="keywords" content="{", ".join(lede.split())}">'
    )
    assert extract(page(_body(), head=head)).tags == []


def test_labels_in_keywords_are_not_tags():
    head = '<meta name="keywords" content="Editor:Sari Wulan, jembatan gantung, lembah">'
    assert extract(page(_body(), head=head)).tags == ["jembatan gantung", "lembah"]


# --- the lead picture ------------------------------------------------------------
def test_lazy_picture_is_read_from_its_data_attribute_not_the_placeholder():
    figure = (
        '<figure><img src="/assets/img/loading.gif" data-lazy="/foto/2026/jembatan.jpg">'
        "<figcaption>Warga melintas di jembatan.</figcaption></figure>"
    )
    story = extract(page(f"<article>{figure}{_body()}</article>"))
    assert story.lead_image.url == "https://kabarlembah.example.id/foto/2026/jembatan.jpg"


def test_picture_address_with_a_doubled_scheme_or_a_folder():
    from redaksi.ingest.extract.body import usable_image_url

    base = "https://kabarlembah.example.id/berita/1"
    assert usable_image_url("http:http://img.example.id/a/b.jpg", base) == (
        "http://img.example.id/a/b.jpg"
    )
    assert usable_image_url("http://img.example.id/new", base) == ""
    assert usable_image_url("http://img.example.id/foto/", base) == ""
    assert usable_image_url("/img/placeholder-400.png", base) == ""
    head = '<meta property="og:image" content="http://img.example.id/new">'
    assert extract(page(_body(), head=head)).lead_image is None


# --- embedded video ------------------------------------------------------------
def test_embed_video_link_after_the_cue_is_the_video():
    inside = (
        "".join(f"<p>{p}</p>" for p in STORY)
        + '<p><strong>Simak Video "Warga Syukuran di Jembatan Gantung":</strong></p>'
        + '<a class="embed video20detik" href="https://video.kabarlembah.example.id/v/123">'
        + "</a>"
    )
    story = extract(page(f'<div class="isi">{inside}</div>'))
    videos = [b.url for p in story.pages for b in p.blocks if b.kind == "video"]
    assert videos == ["https://video.kabarlembah.example.id/v/123"]
    assert [r.media_follows for r in story.removed if r.reason == "media-cue"] == [True]


def test_a_reading_with_the_opening_paragraphs_the_layers_missed_wins():
    """The rules' body agrees with trafilatura's, but both lost the first two paragraphs."""
    from redaksi.ingest.extract.choice import Reading, choose
    from redaksi.ingest.story import ExtractedBlock, ExtractedPage

    more = [
        "Camat setempat meminta warga tetap berhati-hati saat melintas karena lantai kayu "
        "jembatan masih baru dan licin ketika hujan.",
        "Jembatan itu menjadi satu-satunya jalan bagi anak sekolah dari desa seberang menuju "
        "sekolah dasar di pusat kecamatan setiap hari.",
        "Pemerintah kabupaten juga berencana membangun jembatan beton di lokasi yang sama "
        "dalam dua tahun ke depan bila anggaran tersedia.",
    ]

    def reading(origin, texts):
        page = ExtractedPage(blocks=[ExtractedBlock("paragraph", t) for t in texts])
        return Reading(origin, [page])

    rules = reading("site", STORY[2:] + more)
    box = reading("box", STORY + more)
    chosen = choose([rules, box], " ".join(STORY[2:] + more))
    assert chosen.origin == "box" and chosen.text == " ".join(STORY + more)
    # …but a box adding only a line or two does not displace the rules' body.
    small = reading("box", ["Warga lega."] + STORY[2:] + more)
    assert choose([rules, small], " ".join(STORY[2:] + more)).origin == "site"


def test_structured_author_who_is_the_printed_editor_gives_way_to_the_byline():
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Jembatan '
        'Gantung Dibuka Kembali", "author": {"@type": "Person", "name": "Bayu Kusuma"}}</script>'
    )
    body = (
        '<div class="byline">Oleh <span itemprop="author">Sari Wulandari</span></div>'
        + _body()
        + '<p class="mt10">Editor: <span itemprop="editor">Bayu Kusuma</span></p>'
    )
    assert extract(page(body, head=head)).authors == ["Sari Wulandari"]


def test_section_word_in_one_title_but_not_the_others_is_not_the_headline():
    head = (
        '<meta property="og:title" content="KabarLembah.com: Daerah - Jembatan Gantung Dibuka '
        'Kembali">'
    )
    data = page(_body(), head=head, title="Jembatan Gantung Dibuka Kembali - KabarLembah.com")
    assert extract(data).headline == "Jembatan Gantung Dibuka Kembali"


def test_a_short_story_line_with_a_time_is_not_taken_for_a_date_line():
    closing = ["Laga digelar 10 Desember 2026 pukul 19.30 WIB."]
    body = f'<div class="isi">{"".join(f"<p>{p}</p>" for p in STORY + closing)}</div>'
    assert extract(page(body)).paragraphs == STORY + closing
