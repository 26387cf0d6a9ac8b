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
