"""Photo captions and credits where real portal pages print them, each on a small page we wrote.

The real pages that showed these habits (measured with ``redaksi check`` in bench/README.md,
"Real portal pages") stay outside the repository; nothing here names a portal.
"""

from lxml import html as lxml_html

from redaksi.ingest.extract import extract_document
from redaksi.ingest.extract.choice import Reading, choose
from redaksi.ingest.extract.generic import walk_container
from redaksi.ingest.story import ExtractedBlock, ExtractedImage, ExtractedPage

STORY = [
    "Pemerintah kabupaten membuka kembali pasar ikan di tepi pelabuhan setelah direnovasi "
    "selama enam bulan terakhir.",
    "Kepala dinas perdagangan mengatakan los pedagang kini berlantai keramik dan punya "
    "saluran air yang lebih lebar.",
    "Para pedagang menyambut pembukaan itu dengan doa bersama di halaman pasar pada Sabtu pagi.",
]
PARAGRAPHS = "".join(f"<p>{p}</p>" for p in STORY)


def page(body: str, head: str = "", between: str = "") -> bytes:
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Pasar Ikan Dibuka Kembali</title>
<meta property="og:title" content="Pasar Ikan Dibuka Kembali">{head}</head><body>
<div class="menu"><a href="/">Beranda</a> <a href="/daerah">Daerah</a></div>
<div class="artikel"><h1>Pasar Ikan Dibuka Kembali</h1>{between}
<span class="tgl">Kamis, 05/11/2026 10:08 WIB</span>
{body}</div><div class="kaki">Hak cipta Kabar Pesisir</div></body></html>""".encode()


def extract(data: bytes):
    return extract_document(
        data, url="https://kabarpesisir.example.id/berita/1/pasar-ikan", filename="x.html"
    )


def images(story):
    return [b for p in story.pages for b in p.blocks if b.kind == "image"]


def og(address: str) -> str:
    return f'<meta property="og:image" content="https://kabarpesisir.example.id{address}">'


# --- photos in the body ---------------------------------------------------------
def test_a_caption_printed_under_a_body_photo_is_its_caption_not_a_paragraph():
    body = f"""<div class="isi">{PARAGRAPHS}
    <div style="text-align:center"><img src="/foto/los.jpg" title="Los pedagang baru"
      alt="Los pedagang baru"></div><div><br></div>
    <div style="text-align:center"><em>Pedagang menata ikan di los baru. Foto: Sari Dewi</em></div>
    <p>Pasar buka setiap hari sejak pukul empat pagi hingga siang.</p></div>"""
    story = extract(page(body))
    [image] = images(story)
    assert (image.image.caption, image.image.credit) == (
        "Pedagang menata ikan di los baru.",
        "Sari Dewi",
    )
    assert not [p for p in story.paragraphs if "Foto:" in p]


def test_caption_text_beside_the_picture_in_its_box_replaces_the_title_attribute():
    body = f"""<div class="isi">{PARAGRAPHS}
    <div class="pic_sisip"><div class="pic"><img src="/foto/gol.jpg" title="Harbour Market"
      alt="Traders arrange fish at the new stalls. (KP Photo/Jane Doe)">Pedagang menata ikan di
      los baru. (KP Photo/Jane Doe) Foto: KP/Jane Doe</div></div>
    <p>Pasar buka setiap hari sejak pukul empat pagi hingga siang.</p></div>"""
    story = extract(page(body))
    [image] = images(story)
    assert (image.image.caption, image.image.credit) == (
        "Pedagang menata ikan di los baru.",
        "KP/Jane Doe",
    )
    assert len(story.paragraphs) == 4


def test_a_photo_captioned_only_in_its_alt_text_keeps_that_caption_and_credit():
    body = f"""<div class="isi">{STORY[0]}
    <p><img src="/foto/pedagang.jpg" alt="Pedagang menimbang ikan tongkol/©Kabar Pesisir®/Sari
    Dewi"></p><p>{STORY[1]}</p>
    <p><img src="/foto/video.jpg" alt="Cuplikan video peresmian pasar (YouTube)"></p>
    <p>{STORY[2]}</p><p><img src="/foto/gedung.jpg" alt="Gedung pasar"></p></div>"""
    found = [(b.image.caption, b.image.credit) for b in images(extract(page(body)))]
    assert found == [
        ("Pedagang menimbang ikan tongkol", "Kabar Pesisir/Sari Dewi"),
        ("Cuplikan video peresmian pasar", "YouTube"),
        ("", ""),  # an alt without a credit is a description, not a caption
    ]


def test_a_title_attribute_that_is_a_file_number_is_no_caption():
    body = f'<div class="isi">{PARAGRAPHS}<p><img src="/foto/a.jpg" title="1327516599"></p></div>'
    [image] = images(extract(page(body)))
    assert image.image.caption == ""


# --- the lead photo -------------------------------------------------------------
def test_a_credit_in_its_own_element_in_the_photo_box_is_the_credit():
    box = """<div class="photo"><img src="/foto/utama780.jpg" alt="">
    <span class="pb author">Instagram</span> Bupati meninjau los ikan di pasar baru,
    Kamis (5/11/2026)</div>"""
    story = extract(page(f'{box}<div class="isi">{PARAGRAPHS}</div>', og("/foto/utama780.jpg")))
    assert (story.lead_image.caption, story.lead_image.credit) == (
        "Bupati meninjau los ikan di pasar baru, Kamis (5/11/2026)",
        "Instagram",
    )


def test_the_photo_under_the_headline_when_og_image_is_another_copy_of_it():
    """og:image names a smaller copy; the photo the page shows, under the headline, has the
    caption (in a box after it, beside share buttons) and becomes the lead photo."""
    box = """<div class="tampil"><div class="satu-foto"><ul class="share">
      <li><img src="/img/fb-share.png"></li><li><img src="/img/x-share.png"></li></ul>
      <img src="/data/2026/11/449444_620.jpg" alt="Pasar Ikan Dibuka Kembali"></div>
      <div class="deskripsi">Bupati meninjau los ikan. Doc. kabupaten.go.id</div></div>"""
    story = extract(page(f'{box}<div class="isi">{PARAGRAPHS}</div>', og("/data/449444_300.jpg")))
    lead = story.lead_image
    assert lead.url.endswith("/data/2026/11/449444_620.jpg")
    assert (lead.caption, lead.credit) == ("Bupati meninjau los ikan.", "Doc. kabupaten.go.id")
    assert images(story) == []


def test_the_photo_under_the_headline_is_not_kept_again_uncredited_in_the_body():
    body = f"""<div class="detail"><div class="detail-img">
      <img src="/foto/pasar-ikan-dibuka-kembali-AbCdEf1234.jpg" alt="Pasar Ikan Dibuka Kembali">
      <div class="caption-img"><p>Los ikan yang baru dibuka.
      (Foto: Sari/Kabar Pesisir)</p></div></div><div class="isi">{PARAGRAPHS}</div></div>"""
    story = extract(page(body, og("/foto/pasar-ikan-dibuka-kembali-ZyXwVu9876.jpg")))
    lead = story.lead_image
    assert (lead.caption, lead.credit) == ("Los ikan yang baru dibuka.", "Sari/Kabar Pesisir")
    assert images(story) == []


def test_a_credit_box_above_the_photo_and_the_caption_below_it():
    box = """<div class="img-detail"><div class="cap-foto">Harian Pesisir/ Yusuf Maulana</div>
      <img src="/foto/utama.jpg" alt="Pasar"></div>
      <div class="wp-cap"><div class="caption">Los ikan di pasar yang baru dibuka</div></div>"""
    story = extract(page(f'{box}<div class="isi">{PARAGRAPHS}</div>', og("/foto/utama.jpg")))
    assert (story.lead_image.caption, story.lead_image.credit) == (
        "Los ikan di pasar yang baru dibuka",
        "Harian Pesisir/Yusuf Maulana",
    )


def test_a_gallery_thumbnail_carries_the_lead_photos_caption_in_an_attribute():
    thumbs = "".join(
        f'<a class="thumb" href="/galeri/{i}"><img src="/uploads/kecil/pasar-{i}.jpg" '
        f'caption="Suasana los ikan nomor {i} pada pagi hari..(Harian Pesisir/Yusuf Maulana)">'
        "</a>"
        for i in range(1, 4)
    )
    body = f'<div class="galeri">{thumbs}</div><div class="isi">{PARAGRAPHS}</div>'
    story = extract(page(body, og("/uploads/besar/pasar-1.jpg")))
    assert (story.lead_image.caption, story.lead_image.credit) == (
        "Suasana los ikan nomor 1 pada pagi hari.",
        "Harian Pesisir/Yusuf Maulana",
    )


def test_a_photographer_line_under_the_headline_credits_the_lead_photo():
    story = extract(
        page(
            f'<div class="isi">{PARAGRAPHS}</div>',
            og("/foto/galeri-utama.jpg"),
            between='<strong class="biru">Fotografer: Yusuf Maulana</strong>',
        )
    )
    assert story.lead_image.credit == "Yusuf Maulana"


# --- captions are text a reading accounted for ------------------------------------
SENTENCES = [
    " ".join(f"kata{i}x{j}" for j in range(30)) + "." for i in range(3)
]  # three paragraphs of thirty words
CAPTIONS = [" ".join(f"judul{i}x{j}" for j in range(15)) + "." for i in range(2)]


def test_a_body_that_files_captions_under_its_photos_still_accounts_for_their_text():
    """trafilatura counts a caption printed under a photo as a paragraph; a reading that
    kept it as the photo's caption has not lost that text, and keeps its own paragraphs."""

    photos = [
        ExtractedBlock("image", url=f"/f/{i}.jpg", image=ExtractedImage(caption=c, credit="X"))
        for i, c in enumerate(CAPTIONS)
    ]
    paragraphs = [ExtractedBlock("paragraph", s) for s in SENTENCES]
    blocks = [paragraphs[0], photos[0], paragraphs[1], photos[1], paragraphs[2]]
    ours = Reading("site", [ExtractedPage(blocks=blocks)])
    other = Reading(
        "box",
        [ExtractedPage(blocks=[ExtractedBlock("paragraph", t) for t in SENTENCES[:2] + CAPTIONS])],
    )
    assert choose([ours, other], " ".join(SENTENCES + CAPTIONS)).origin == "site"


def test_the_box_around_the_text_is_walked_even_when_its_captions_go_under_photos():
    captions = [f"{c} Foto: Sari Dewi" for c in CAPTIONS]
    tree = lxml_html.document_fromstring(
        "<html><body><div class='menu'>Beranda</div><div class='isi'>"
        f"<p>{SENTENCES[0]}</p><img src='/f/1.jpg'><p>{captions[0]}</p><p>{SENTENCES[1]}</p>"
        f"<img src='/f/2.jpg'><p>{captions[1]}</p><p>{SENTENCES[2]}</p></div></body></html>"
    )
    found = [ExtractedBlock("paragraph", t) for t in SENTENCES[:1] + captions[:1] + SENTENCES[1:]]
    found.insert(3, ExtractedBlock("paragraph", captions[1]))
    walked = walk_container(tree, [ExtractedPage(blocks=found)], "https://x.example/")
    assert walked is not None
    pages, _removed = walked
    assert [b.image.credit for b in pages[0].blocks if b.kind == "image"] == ["Sari Dewi"] * 2
