from .helpers import findings, story

CHECK = "spelling_variants"


def test_a_known_name_misspelled_once_is_reported_with_both_spellings():
    text = story(
        "Warga Kembali ke Kharkiv",
        "Ribuan warga pulang setelah serangan mereda.",
        "Jalan menuju Kharkiv dibuka kembali pada Senin.",
        "Wali kota Kharkov menyebut listrik sudah menyala, sementara warga Kharkiv antre air.",
        "Relawan di Khrakiv membagikan roti.",
    )
    [finding] = findings(text, CHECK)
    assert finding.severity == "warning"
    assert '"Khrakiv"' in finding.message and '"Kharkiv"' in finding.message
    assert finding.field == "body"


def test_a_rare_unknown_spelling_of_a_person_is_reported():
    text = story(
        "Pelatih Baru Timnas Diperkenalkan",
        "Federasi memperkenalkan Hendrikus Wijnaldum sebagai pelatih.",
        "Wijnaldum tiba di Jakarta pada Selasa malam.",
        "Menurut Wijnaldum, latihan dimulai pekan depan.",
        "Wijnaldum pernah melatih klub di Belanda; Wijnaldun dikenal disiplin.",
    )
    [finding] = findings(text, CHECK)
    assert '"Wijnaldun"' in finding.message


def test_distinct_known_names_and_inflections_are_not_variants():
    text = story(
        "Austria dan Australia Bertemu di Final",
        "Iran dan Irak menonton dari tribun.",
        "Pelatih Austria memuji Australia, sementara suporter Jakarta memadati Jakartanya stadion.",
        "Pemain Iran dan Irak berfoto bersama.",
    )
    assert findings(text, CHECK) == []


def test_ordinary_words_are_not_names():
    text = story(
        "Sekolah Dibuka Kembali",
        "Sekolah di kota itu dibuka setelah banjir.",
        "Setelah libur panjang, murid kembali belajar. Setelan seragam baru dibagikan.",
    )
    assert findings(text, CHECK) == []
