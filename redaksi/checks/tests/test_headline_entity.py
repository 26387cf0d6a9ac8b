from redaksi.checks.story import StoryBlock, StoryPage

from .helpers import findings, story

CHECK = "headline_entity_missing"


def test_headline_place_the_story_never_names_is_blocking():
    text = story(
        "Presiden Tinjau Banjir di Kalimantan Selatan",
        "Presiden meninjau tanggul yang jebol di Semarang, Jawa Tengah.",
        "Air setinggi satu meter merendam tiga kelurahan di Semarang sejak Senin malam.",
        "Warga Semarang mengungsi ke masjid dan sekolah terdekat.",
    )
    [finding] = findings(text, CHECK)
    assert finding.severity == "blocking" and finding.field == "title"
    assert "Kalimantan Selatan" in finding.message and "Semarang" in finding.message


def test_alias_and_english_names_count_as_mentions():
    text = story(
        "Turkiye dan Korsel Teken Kerja Sama Pertahanan",
        "Kedua negara sepakat memproduksi bersama kendaraan lapis baja.",
        "Pejabat Turki dan Korea Selatan menandatangani perjanjian itu di Ankara.",
        "Turki berharap produksi dimulai tahun depan, kata pejabat Korea Selatan.",
    )
    assert findings(text, CHECK) == []


def test_a_city_in_the_headline_is_mentioned_by_its_province():
    text = story(
        "Harga Cabai di Bandung Melonjak",
        "Pedagang mengeluhkan pasokan yang seret.",
        "Di sejumlah pasar Jawa Barat, harga cabai naik dua kali lipat.",
        "Dinas perdagangan Jawa Barat menyiapkan operasi pasar.",
    )
    assert findings(text, CHECK) == []


def test_lede_only_mention_is_enough():
    text = story(
        "Menlu Retno Terbang ke Brasil",
        "Menteri luar negeri menghadiri pertemuan G20 di Brasil.",
        "Pertemuan di Rio de Janeiro membahas pangan dan iklim.",
        "Delegasi Argentina dan Meksiko juga hadir; Argentina membawa usulan pajak.",
    )
    assert findings(text, CHECK) == []


def test_no_finding_when_the_story_is_not_clearly_about_somewhere_else():
    text = story(
        "Festival Kopi Digelar di Aceh",
        "Puluhan petani memamerkan biji kopi terbaik mereka.",
        "Pengunjung dari Medan datang sejak pagi untuk mencicipi.",
    )
    assert findings(text, CHECK) == []


def test_ordinary_words_in_a_title_case_headline_are_not_places():
    text = story(
        "Malang Nasib Nelayan Saat Cuaca Buruk",
        "Ombak tinggi membuat nelayan tak melaut sepekan.",
        "Nelayan di Cilacap dan Kebumen, Jawa Tengah, memilih memperbaiki jaring.",
        "Pemerintah Jawa Tengah menyiapkan bantuan beras.",
    )
    assert findings(text, CHECK) == []


def test_known_person_from_newsroom_tags_missing_from_the_story():
    text = story(
        "Ilham Aliyev Bertemu Pemimpin Oposisi",
        "Pertemuan berlangsung tertutup di ibu kota.",
        "Perdana Menteri Nikol Pashinyan menerima tokoh oposisi di Yerevan.",
        "Pashinyan menyebut pertemuan itu produktif.",
    )
    found = findings(text, CHECK, known_names=(["Ilham Aliyev", "banjir"], []))
    assert [f.check for f in found] == [CHECK]
    assert "Ilham Aliyev" in found[0].message and "Pashinyan" in found[0].message


def test_page_titles_and_captions_count_as_the_story():
    text = story(
        "Gempa Guncang Cianjur",
        "Warga berhamburan keluar rumah.",
        blocks=[StoryBlock("paragraph", "Gempa terasa kuat hingga Sukabumi dan Bogor, Bogor.")],
    )
    text.pages.append(StoryPage("Kerusakan di Cianjur", []))
    assert findings(text, CHECK) == []


def test_one_passing_mention_elsewhere_is_not_what_the_story_is_about():
    text = story(
        "Rusia dan Ukraina Tukar Tawanan",
        "Pertukaran ditengahi Uni Emirat Arab.",
        "Sebanyak 200 tawanan dipulangkan pada Jumat.",
        "Kyiv menyebut pertukaran berikutnya segera digelar.",
    )
    assert findings(text, CHECK) == []


def test_a_headline_naming_an_office_holder_the_body_gives_to_someone_else_is_blocking():
    text = story(
        "Gubernur Sulsel Andi Mappanyukki Tinjau Banjir",
        "Banjir merendam ratusan rumah di Maros.",
        "Gubernur Sulawesi Selatan Andi Sudirman Sulaiman meninjau posko pengungsian, Selasa.",
    )
    [finding] = findings(text, CHECK)
    assert finding.severity == "blocking"
    assert "Andi Mappanyukki" in finding.message and "Andi Sudirman Sulaiman" in finding.message


def test_short_titles_and_ranks_name_the_same_office():
    body = "Kepala Kepolisian Daerah Jawa Timur Irjen Pol Bagus Widodo memimpin apel pagi ini."
    wrong = story("Kapolda Jatim Teddy Marbun Pimpin Apel", "", body)
    right = story("Kapolda Jatim Bagus Widodo Pimpin Apel", "", body)
    surname = story("Kapolda Jatim Widodo Pimpin Apel", "", body)
    assert len(findings(wrong, CHECK)) == 1
    assert findings(right, CHECK) == [] and findings(surname, CHECK) == []


def test_a_city_is_not_mentioned_by_its_province():
    text = story(
        "Ribuan Warga Malang Ikuti Kirab Budaya",
        "Kirab digelar untuk hari jadi kota.",
        "Ribuan warga Kediri memadati jalan protokol, Minggu pagi.",
        "Wali Kota Kediri membuka acara; peserta datang dari berbagai daerah di Jawa Timur.",
    )
    [finding] = findings(text, CHECK)
    assert "Malang" in finding.message and "Kediri" in finding.message


def test_regencies_and_their_short_forms_come_from_the_regional_data():
    text = story(
        "Banjir Rendam Ratusan Rumah di Sidrap",
        "Warga mengungsi ke masjid.",
        "Banjir merendam ratusan rumah di Kabupaten Sidenreng Rappang setelah sungai meluap.",
    )
    assert findings(text, CHECK) == []
    elsewhere = story(
        "Banjir Rendam Ratusan Rumah di Parepare",
        "Warga mengungsi ke masjid.",
        "Banjir merendam ratusan rumah di Sidrap setelah sungai meluap.",
        "BPBD Sidrap mendirikan tenda darurat.",
    )
    assert len(findings(elsewhere, CHECK)) == 1


def test_a_topic_tag_in_title_case_is_not_a_person():
    text = story(
        "KPU Tetapkan Jadwal Pilkada Ulang",
        "Pemungutan suara digelar Februari.",
        "KPU menetapkan pemungutan suara ulang di tiga kabupaten.",
        "Rapat pleno KPU digelar di Jakarta.",
        tags=["Pilkada Ulang"],
    )
    assert findings(text, CHECK) == []
