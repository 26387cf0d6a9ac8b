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


def test_old_and_new_spelling_of_one_name_is_reported_whatever_its_length():
    text = story(
        "Warga Perbaiki Jembatan",
        "Jembatan bambu putus diterjang banjir.",
        "Kepala dusun, Oedin Saputra, mengajak warga memperbaiki jembatan.",
        "Udin mengatakan jembatan itu akses anak-anak ke sekolah.",
    )
    [finding] = findings(text, CHECK)
    assert '"Oedin"' in finding.message and '"Udin"' in finding.message


def test_with_nothing_to_tell_the_spellings_apart_neither_is_blamed():
    text = story(
        "Pameran Arsip Dibuka",
        "",
        "Pameran menampilkan surat-surat Soekarno kepada para pemuda.",
        "Kurator menyebut tulisan tangan Sukarno jarang dipamerkan.",
    )
    [finding] = findings(text, CHECK)
    assert "tidak ada petunjuk" in finding.message or "nothing tells" in finding.message


def test_the_form_introducing_the_full_name_is_the_usual_one():
    text = story(
        "Politikus Luncurkan Memoar",
        "",
        "Tjahjo Wibisono meluncurkan memoarnya di Jakarta, Sabtu.",
        "Dalam buku itu, Cahyo menceritakan masa kecilnya.",
    )
    [finding] = findings(text, CHECK)
    assert finding.message.index('"Cahyo"') < finding.message.index('"Tjahjo"')


def test_a_foreign_surname_one_letter_from_a_known_place_is_somebody_else():
    text = story(
        "Dubes Inggris Kunjungi Pelabuhan",
        "",
        "Duta Besar Inggris, Thomas Parish, meninjau terminal peti kemas di Jakarta.",
        "Parish sebelumnya bertugas di Paris.",
        "Parish menyebut pelabuhan itu penting.",
    )
    assert findings(text, CHECK) == []


def test_a_word_that_is_also_a_name_needs_the_same_surname_beside_it():
    text = story(
        "Pelatih Baru Mulai Bertugas",
        "",
        "Asisten pelatih Yudi Permana memimpin latihan.",
        "Judi Permana mengatakan pemain sudah siap; judi daring juga dibahas.",
    )
    assert findings(text, CHECK) == []


def test_a_doubled_consonant_in_a_name_the_stemmer_takes_for_a_word():
    text = story(
        "Yayasan Salurkan Beasiswa",
        "",
        "Ketua yayasan, Abdullah Syafii, menyerahkan beasiswa di Jombang.",
        "Abdulah mengatakan penerima dipilih berdasarkan prestasi.",
    )
    [finding] = findings(text, CHECK)
    assert '"Abdulah"' in finding.message and '"Abdullah"' in finding.message


def test_a_surname_in_a_line_up_is_not_a_misspelt_country():
    """A player listed by surname one letter from a country is another name, not a typo."""
    text = story(
        "Susunan Pemain Final",
        "Pelatih memasang tiga pemain baru.",
        "Tim itu menyingkirkan Swiss di babak 16 besar.",
        "Susunan pemain: Ramadhan, El Kabir, Swies, Haddad-Nour, Tahiri, Benali.",
    )
    assert findings(text, CHECK) == []


def test_a_misspelt_country_in_a_list_of_countries_is_still_reported():
    text = story(
        "Pameran Kopi Dunia",
        "Peserta datang dari berbagai negara.",
        "Peserta datang dari Jerman, Austira, Belanda, dan Prancis.",
        "Stan Austria menjadi yang paling ramai dikunjungi.",
    )
    [finding] = findings(text, CHECK)
    assert '"Austira"' in finding.message
