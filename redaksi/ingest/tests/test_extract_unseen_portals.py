"""Conventions of portals we have no site rule for, read by the generic path.

Each test uses its own small page or capture (not the held-out pages in
bench/ingest/heldout/, which measure these rules and must not shape them).
"""

from datetime import UTC, datetime

import pytest

from redaksi.ingest.extract import extract_document, merge_pages
from redaksi.ingest.extract.body import image_src
from redaksi.ingest.extract.text import (
    furniture_reason,
    parse_byline,
    split_caption,
    split_dateline,
)

BODY = [
    "Warga Desa Sukamaju bergotong royong memperbaiki saluran irigasi yang jebol "
    "akibat hujan deras sejak awal pekan ini.",
    "Kepala desa setempat mengatakan perbaikan ditargetkan selesai sebelum musim tanam "
    "berikutnya dimulai bulan depan.",
    "Dinas pertanian kabupaten mengirimkan dua alat berat dan puluhan karung semen untuk "
    "mempercepat pekerjaan warga di lapangan.",
    "Petani berharap saluran yang baru dibangun lebih kuat menahan arus air ketika hujan "
    "lebat kembali turun pada akhir tahun.",
]


def page(inside: str, head: str = "", outside: str = "") -> bytes:
    """A portal page without structured body markup: the story sits in an anonymous box."""
    return f"""<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">
<title>Warga Sukamaju Perbaiki Saluran Irigasi</title>
<meta property="og:title" content="Warga Sukamaju Perbaiki Saluran Irigasi">
<meta property="og:site_name" content="Kabar Sukamaju">{head}</head>
<body><div class="top"><a href="/">Beranda</a> <a href="/daerah">Daerah</a></div>
<div class="wrap"><h1>Warga Sukamaju Perbaiki Saluran Irigasi</h1>{outside}
<div class="isi-berita">{inside}</div>
<div class="samping"><h3>Terpopuler</h3><a href="/a">Pasar desa kembali dibuka</a></div>
</div><div class="kaki">Hak cipta Kabar Sukamaju</div></body></html>""".encode()


def paragraphs(*extra: str) -> str:
    return "".join(f"<p>{text}</p>" for text in (*BODY[:2], *extra, *BODY[2:]))


# --- captions and credits -----------------------------------------------------
@pytest.mark.parametrize(
    "text,caption,credit",
    [
        (
            "Warga antre air bersih. [Harian.com/Rudi Hartono]",
            "Warga antre air bersih.",
            "Harian.com/Rudi Hartono",
        ),
        (
            "HARIAN/BUDI SANTOSO - Petugas memeriksa tanggul.",
            "Petugas memeriksa tanggul.",
            "HARIAN/BUDI SANTOSO",
        ),
        (
            "Pedagang menata sayur, Senin (3/2/2025). FOTO/Rina Wati",
            "Pedagang menata sayur, Senin (3/2/2025).",
            "Rina Wati",
        ),
        (
            "Jalan desa yang rusak. ©2025 Harian.com/Agus Salim",
            "Jalan desa yang rusak.",
            "Harian.com/Agus Salim",
        ),
    ],
)
def test_a_credit_in_brackets_first_after_a_foto_slash_or_a_copyright_sign_is_split_off(
    text, caption, credit
):
    assert split_caption(text) == (caption, credit)


def test_a_caption_naming_a_place_with_a_dash_keeps_its_words():
    text = "Suasana Jalan Malioboro - Yogyakarta pada malam hari."
    assert split_caption(text) == (text, "")


# --- datelines ----------------------------------------------------------------
@pytest.mark.parametrize(
    "text,city,publisher,rest",
    [
        ("Medan, Warta Kita - Harga karet naik.", "Medan", "Warta Kita", "Harga karet naik."),
        ("Kabarku.id - Harga karet naik.", "", "Kabarku.id", "Harga karet naik."),
        (
            "HARIAN.CO.ID - SURABAYA. Harga karet naik.",
            "Surabaya",
            "HARIAN.CO.ID",
            "Harga karet naik.",
        ),
        (
            "RADAR-KOTA.COM, MALANG - Harga karet naik.",
            "Malang",
            "RADAR-KOTA.COM",
            "Harga karet naik.",
        ),
        ("Medan, Senin - Harga karet naik.", "", "", "Medan, Senin - Harga karet naik."),
    ],
)
def test_datelines_of_other_portals(text, city, publisher, rest):
    assert split_dateline(text) == (city, publisher, rest)


# --- furniture and bylines ----------------------------------------------------
@pytest.mark.parametrize(
    "text,reason",
    [
        ("(akr)", "byline"),
        ("(mcr12/abc)", "byline"),
        ("(Harian.com/Rudi Hartono)", "byline"),
        ("Laporan Wartawan Harian.com, Rudi Hartono", "byline"),
        ("Ditulis oleh Slamet Riyadi", "byline"),
        ("Artikel ini telah tayang di Harian.com dengan judul Warga Perbaiki Irigasi", "promo"),
        ("Oleh karena itu, warga diminta tetap waspada.", ""),
        ("Laporan wartawan menyebut dua rumah rusak. Polisi masih menyelidiki.", ""),
        ("(Baca selengkapnya di halaman berikut)", ""),
    ],
)
def test_sign_offs_reporter_lines_and_syndication_notes_are_not_story(text, reason):
    assert furniture_reason(text) == reason


def test_abbreviated_rep_and_red_labels_name_the_reporter_not_the_editor():
    assert parse_byline("Rep: Dian Lestari/ Red: Irfan Maulana") == ["Dian Lestari"]


def test_a_job_title_beside_the_name_is_not_a_second_author():
    assert parse_byline("Sigit Prasetyo, Jurnalis ·") == ["Sigit Prasetyo"]


# --- HTML pages without a site rule -------------------------------------------
def test_a_bare_baca_juga_line_followed_by_a_list_gives_related_links_not_paragraphs():
    listed = (
        "<p><strong>Baca Juga:</strong></p><ul>"
        '<li><a href="https://kabar.example/banjir">Banjir Rendam Dua Dusun</a></li>'
        '<li><a href="https://kabar.example/jalan">Jalan Desa Diperbaiki</a></li></ul>'
    )
    story = extract_document(page(paragraphs(listed)), url="https://kabar.example/irigasi")
    related = [b for p in story.pages for b in p.blocks if b.kind == "related"]
    assert [b.url for b in related] == [
        "https://kabar.example/banjir",
        "https://kabar.example/jalan",
    ]
    assert story.paragraphs == BODY


def test_several_links_under_one_baca_juga_label_each_become_a_related_link():
    inline = (
        "<p><b>Baca juga:</b><br>\n"
        '<a href="https://kabar.example/banjir">Banjir Rendam Dua Dusun</a><br>\n'
        '<a href="https://kabar.example/jalan">Jalan Desa Diperbaiki</a></p>'
    )
    story = extract_document(page(paragraphs(inline)), url="https://kabar.example/irigasi")
    related = [b.url for p in story.pages for b in p.blocks if b.kind == "related"]
    assert related == ["https://kabar.example/banjir", "https://kabar.example/jalan"]
    assert story.paragraphs == BODY


def test_an_embedded_video_and_its_cue_survive_on_a_page_without_body_markup():
    video = (
        "<p>Simak video berikut ini:</p>"
        '<div class="embed"><iframe src="https://www.youtube.com/embed/Abc123xyz"></iframe></div>'
    )
    story = extract_document(page(paragraphs(video)), url="https://kabar.example/irigasi")
    videos = [b.url for p in story.pages for b in p.blocks if b.kind == "video"]
    assert videos == ["https://www.youtube.com/embed/Abc123xyz"]
    assert [r.media_follows for r in story.removed if r.reason == "media-cue"] == [True]
    assert story.paragraphs == BODY


def test_a_time_printed_in_an_unnamed_box_is_the_publication_time_in_its_zone():
    outside = (
        '<div class="meta-x"><span>Rudi</span> · <b>Senin 3 Februari 2025 09:30 WITA</b></div>'
    )
    story = extract_document(page(paragraphs(), outside=outside))
    assert story.published_at == datetime(2025, 2, 3, 1, 30, tzinfo=UTC)
    assert story.source_time_zone == "WITA"


def test_tags_are_read_from_links_to_the_portals_tag_pages():
    outside = (
        '<div class="bawah-x"><a href="/tag/irigasi">irigasi</a>'
        '<a href="/tag/sukamaju">Sukamaju</a></div>'
    )
    story = extract_document(page(paragraphs(), outside=outside))
    assert story.tags == ["irigasi", "Sukamaju"]


def test_the_lead_photo_caption_is_read_from_a_plain_box_beside_the_picture():
    head = '<meta property="og:image" content="https://img.example/p/saluran.jpg">'
    outside = (
        '<div class="foto-x"><a href="/galeri"><img src="https://img.example/p/saluran.jpg"'
        ' title="saluran irigasi"></a><div class="f12 grey">KABAR/RUDI HARTONO - Warga '
        "memperbaiki saluran irigasi di Sukamaju.</div></div>"
    )
    story = extract_document(page(paragraphs(), head=head, outside=outside))
    assert story.lead_image.caption == "Warga memperbaiki saluran irigasi di Sukamaju."
    assert story.lead_image.credit == "KABAR/RUDI HARTONO"


def test_a_picture_address_with_commas_is_kept_whole():
    from lxml import html

    url = "https://img.example/upload/c_fill,q_auto,w_640/v1/saluran.jpg"
    assert image_src(html.fragment_fromstring(f'<img src="{url}">')) == url
    srcset = html.fragment_fromstring('<img srcset="a.jpg 1x, b.jpg 2x">')
    assert image_src(srcset) == "a.jpg"


def test_a_caption_the_body_repeats_is_not_a_paragraph():
    head = '<meta property="og:image" content="https://img.example/p/saluran.jpg">'
    caption = "Warga memperbaiki saluran irigasi di Sukamaju. (Foto: Rudi Hartono)"
    outside = (
        '<div class="foto-x"><img src="https://img.example/p/saluran.jpg">'
        f'<div class="foto-caption">{caption}</div></div>'
    )
    story = extract_document(page(paragraphs(f"<p>{caption}</p>"), head=head, outside=outside))
    assert story.lead_image.credit == "Rudi Hartono"
    assert story.paragraphs == BODY


def test_the_headline_repeated_on_a_later_page_is_not_that_pages_title():
    first = extract_document(page(paragraphs()), url="https://kabar.example/irigasi")
    more = [
        "Pekerjaan hari kedua dilanjutkan dengan memasang batu kali di sepanjang tepi saluran "
        "yang paling sering jebol.",
        "Warga juga menanam bambu di sekitar tanggul agar tanah tidak mudah terkikis air hujan.",
    ]
    # The later page names itself "… Halaman 2" and prints the headline again over its text.
    headline = "<h1>Warga Sukamaju Perbaiki Saluran Irigasi</h1>"
    later = page(headline + "".join(f"<p>{t}</p>" for t in more)).replace(
        b'Irigasi">', b'Irigasi Halaman 2">'
    )
    second = extract_document(later, url="https://kabar.example/irigasi?page=2")
    assert second.headline == "Warga Sukamaju Perbaiki Saluran Irigasi"
    story = merge_pages(first, second)
    assert [p.title for p in story.pages] == ["", ""]
    assert story.paragraphs == BODY + more


# --- text captures ------------------------------------------------------------
CAPTURE = """Warga Sukamaju Perbaiki Saluran Irigasi
Senin, 3 Februari 2025 - 09:30 WIB
Oleh :
Rudi Hartono,
Dian Lestari
{caption}

KABARKU - Warga Desa Sukamaju bergotong royong memperbaiki saluran irigasi yang jebol.

Kepala desa setempat mengatakan perbaikan ditargetkan selesai bulan depan.

Baca Juga :
Banjir Rendam Dua Dusun di Sukamaju

Dinas pertanian kabupaten mengirimkan dua alat berat untuk membantu warga.

Tags
Irigasi
Sukamaju

Terpopuler
Pasar Desa Kembali Dibuka
"""


def capture(caption: str) -> object:
    return extract_document(CAPTURE.format(caption=caption).encode(), filename="kabar.txt")


def test_a_capture_reads_a_byline_split_over_lines_and_a_credit_on_its_own_line():
    story = capture("Warga memperbaiki saluran irigasi.\nPhoto :\nKabarku.id/Rudi Hartono")
    assert story.authors == ["Rudi Hartono", "Dian Lestari"]
    assert story.lead_image.caption == "Warga memperbaiki saluran irigasi."
    assert story.lead_image.credit == "Kabarku.id/Rudi Hartono"
    assert story.paragraphs[0].startswith("Warga Desa Sukamaju bergotong royong")


def test_a_capture_caption_ending_in_a_publishers_credit_is_the_lead_photo():
    story = capture("Warga memperbaiki saluran irigasi, Senin (3/2/2025). KABARKU/RUDI HARTONO")
    assert story.lead_image.caption == "Warga memperbaiki saluran irigasi, Senin (3/2/2025)."
    assert story.lead_image.credit == "KABARKU/RUDI HARTONO"
    assert len(story.paragraphs) == 3


def test_a_capture_tags_heading_with_one_tag_a_line_gives_the_tags():
    story = capture("Warga memperbaiki saluran irigasi. KABARKU/RUDI HARTONO")
    assert story.tags == ["Irigasi", "Sukamaju"]


def test_a_capture_baca_juga_label_with_its_title_on_the_next_line_is_not_story():
    story = capture("Warga memperbaiki saluran irigasi. KABARKU/RUDI HARTONO")
    assert "Banjir Rendam Dua Dusun di Sukamaju" not in story.body_text
    assert [b.kind for b in story.pages[0].blocks] == ["paragraph"] * 3
