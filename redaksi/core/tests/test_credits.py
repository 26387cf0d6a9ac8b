"""The one parser of captions, credits and wire credit lines, shared by the importer and
the newsroom checks. Captions written for these tests in our own words."""

import pytest

from redaksi.core.credits import agencies_in, credits_agency, credits_photo, split_caption


@pytest.mark.parametrize(
    "text,caption,credit",
    [
        ("Warga antre air bersih (ist)", "Warga antre air bersih", "Istimewa"),
        (
            "Perahu nelayan bersandar. Fotografer: Iwan Setiadi",
            "Perahu nelayan bersandar.",
            "Iwan Setiadi",
        ),
        (
            "Perahu nelayan bersandar (Pewarta foto: Iwan Setiadi)",
            "Perahu nelayan bersandar",
            "Iwan Setiadi",
        ),
        ("Warga antre air bersih. (Istimewa)", "Warga antre air bersih.", "Istimewa"),
        ("Warga antre air bersih. Istimewa", "Warga antre air bersih.", "Istimewa"),
        (
            "© Kabar Kota/Dian Lestari Pekerja menata rumput di taman",
            "Pekerja menata rumput di taman",
            "Kabar Kota/Dian Lestari",
        ),
        (
            "WARTAKOTA/Budi Santoso Kendaraan melintas di ruas tol",
            "Kendaraan melintas di ruas tol",
            "WARTAKOTA/Budi Santoso",
        ),
        ("Relawan memungut sampah. Dok. DLH Badung", "Relawan memungut sampah.", "Dok. DLH Badung"),
        (
            "Relawan memungut sampah. (Dok. DLH Badung)",
            "Relawan memungut sampah.",
            "Dok. DLH Badung",
        ),
        (
            "Banjir di jalan desa (Tangkapan layar Instagram)",
            "Banjir di jalan desa",
            "Tangkapan layar Instagram",
        ),
        (
            "TRIBUNNEWS/JEPRIMA - Ketua KPU memberi keterangan",
            "Ketua KPU memberi keterangan",
            "TRIBUNNEWS/JEPRIMA",
        ),
        (
            "Suasana Jalan Malioboro - Yogyakarta pada malam hari.",
            "Suasana Jalan Malioboro - Yogyakarta pada malam hari.",
            "",
        ),
        ("Para istri nelayan menunggu di dermaga", "Para istri nelayan menunggu di dermaga", ""),
    ],
)
def test_captions_and_credits_in_the_forms_portals_print(text, caption, credit):
    assert split_caption(text) == (caption, credit)


def test_a_screenshot_caption_credits_its_photo_but_a_plain_caption_does_not():
    assert credits_photo("Tangkapan layar video warga yang merekam banjir")
    assert not credits_photo("Warga merekam banjir dengan ponselnya")


def _credited(text: str) -> list[tuple[str, bool]]:
    return [(name, credits_agency(text, m.start(), m.end())) for name, m in agencies_in(text)]


def test_wire_credit_lines():
    assert _credited("Jakarta (ANTARA News) - Ekspor kopi naik.") == [("Antara", True)]
    assert _credited("(Reuters) - Harga minyak turun.") == [("Reuters", True)]
    assert _credited("Yonhap") == [("Yonhap", True)]
    assert _credited("Dilansir Anadolu Agency, menteri tiba.") == [("Anadolu", True)]
    assert _credited("kata pejabat kepada Yonhap.") == [("Yonhap", False)]
    # A closing line after a dash, and a story retold ("disadur", "diterjemahkan") from a wire.
    assert _credited("— Bernama") == [("Bernama", True)]
    assert _credited("- Xinhua.") == [("Xinhua", True)]
    assert _credited("Laporan ini diterjemahkan dari Reuters.") == [("Reuters", True)]
    assert _credited("Berita ini bersumber dari Kyodo.") == [("Kyodo", True)]
    # A dash inside a sentence is no credit line.
    assert _credited("Menteri — kata ajudannya kepada AFP — menolak.") == [("AFP", False)]


def test_agencies_beyond_the_big_four_are_recognised():
    names = [name for name, _ in agencies_in("kata pejabat kepada Jiji Press dan PTI")]
    assert names == ["Jiji", "PTI"]
    assert [name for name, _ in agencies_in("laporan United Press International")] == ["UPI"]


def test_antara_as_a_word_or_a_place_is_no_agency():
    assert agencies_in("Warga Desa Antara Gunung memanen durian.") == []
    assert agencies_in("Di antara warga ada yang mengungsi.") == []
    assert [name for name, _ in agencies_in("menurut laporan Antara, harga naik")] == ["Antara"]


@pytest.mark.parametrize(
    "text,caption,credit",
    [
        # The copyright sign before the owner, with or without a slash and a ® mark.
        (
            "Penyanyi muda itu di belakang panggung/©Kabar Hiburan®/Rina Wulandari",
            "Penyanyi muda itu di belakang panggung",
            "Kabar Hiburan/Rina Wulandari",
        ),
        ("Aktor muda itu tersenyum © Kabar Hiburan®/", "Aktor muda itu tersenyum", "Kabar Hiburan"),
        ("Rumah sang penyanyi © istimewa", "Rumah sang penyanyi", "Istimewa"),
        (
            "Pesta ulang tahun di halaman rumah © Instagram.com/akunpenyanyi",
            "Pesta ulang tahun di halaman rumah",
            "Instagram.com/akunpenyanyi",
        ),
        # A caption that is nothing but the credit.
        ("Kabar Kota/Dewi Anggraini", "", "Kabar Kota/Dewi Anggraini"),
        ("Harian Lembah/ Yusuf Maulana", "", "Harian Lembah/Yusuf Maulana"),
        # "Doc." and "Mandatory Credit:" as labels.
        (
            "Rektor membuka lomba lari antarkampus. Doc. kampus.ac.id",
            "Rektor membuka lomba lari antarkampus.",
            "Doc. kampus.ac.id",
        ),
        (
            "Pemain menyundul bola di depan gawang. Mandatory Credit: Rudi Hartono",
            "Pemain menyundul bola di depan gawang.",
            "Rudi Hartono",
        ),
        (
            "Gol dari sepak pojok paling dikenangMandatory Credit: Rudi Hartono /Arsip Foto: "
            "Rudi Hartono /Arsip",
            "Gol dari sepak pojok paling dikenang",
            "Rudi Hartono /Arsip",
        ),
        (
            "Minister of Trade at the port. Image: KABAR/Sari Dewi",
            "Minister of Trade at the port.",
            "KABAR/Sari Dewi",
        ),
        # Credit first, the name in capitals, then a caption opening with capitalised words.
        (
            "KABARKOTA.com/DEWI ANGGRAINI Menteri Perhubungan Meninjau Pelabuhan di Priok",
            "Menteri Perhubungan Meninjau Pelabuhan di Priok",
            "KABARKOTA.com/DEWI ANGGRAINI",
        ),
        (
            "KABARKOTA.COM/SUMARNO Penyidik Polres menyerahkan barang bukti",
            "Penyidik Polres menyerahkan barang bukti",
            "KABARKOTA.COM/SUMARNO",
        ),
        # Where the picture came from, in brackets: a platform, or a name after the last stop.
        ("Cuplikan film drama remaja itu (YouTube)", "Cuplikan film drama remaja itu", "YouTube"),
        (
            "Para musisi berdiri memberi tepuk tangan. (Panitia Festival)",
            "Para musisi berdiri memberi tepuk tangan.",
            "Panitia Festival",
        ),
        # The same credit printed twice, in brackets and after "Foto:".
        (
            "Pelatih merayakan gol. (KP Photo/Jane Doe) Foto: KP/Jane Doe",
            "Pelatih merayakan gol.",
            "KP/Jane Doe",
        ),
        # "Foto:" before the caption, the credit in brackets after it.
        ("Foto: Wisatawan di pantai (Budi Santoso)", "Wisatawan di pantai", "Budi Santoso"),
        # Brackets that are part of the caption stay there.
        (
            "Presiden Joko Widodo (Jokowi) menyapa warga",
            "Presiden Joko Widodo (Jokowi) menyapa warga",
            "",
        ),
        ("Menteri Keuangan (kanan) tiba di DPR", "Menteri Keuangan (kanan) tiba di DPR", ""),
        (
            "Calon jemaah haji diperiksa petugas medis (Ilustrasi)",
            "Calon jemaah haji diperiksa petugas medis (Ilustrasi)",
            "",
        ),
        ("Gubernur bersama Wakil Gubernur (Wagub)", "Gubernur bersama Wakil Gubernur (Wagub)", ""),
        (
            "Petugas medis memeriksa jemaah. (Ilustrasi)",
            "Petugas medis memeriksa jemaah. (Ilustrasi)",
            "",
        ),
    ],
)
def test_more_credit_forms_real_pages_print(text, caption, credit):
    assert split_caption(text) == (caption, credit)
