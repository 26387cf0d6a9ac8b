"""The one parser of captions, credits and wire credit lines, shared by the importer and
the newsroom checks. Captions written for these tests in our own words."""

import pytest

from redaksi.core.credits import agencies_in, credits_agency, credits_photo, split_caption


@pytest.mark.parametrize(
    "text,caption,credit",
    [
        ("Warga antre air bersih (ist)", "Warga antre air bersih", "Istimewa"),
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


def test_antara_as_a_word_or_a_place_is_no_agency():
    assert agencies_in("Warga Desa Antara Gunung memanen durian.") == []
    assert agencies_in("Di antara warga ada yang mengungsi.") == []
    assert [name for name, _ in agencies_in("menurut laporan Antara, harga naik")] == ["Antara"]
