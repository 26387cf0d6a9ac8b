from redaksi.checks.story import MediaCue, StoryBlock

from .helpers import findings, story

CAPTION = "Petugas memadamkan api di gudang kayu di Pekanbaru, Riau"


def test_same_caption_twice_is_reported_on_the_second_photo():
    text = story(
        "Gudang Kayu Terbakar",
        "Api padam setelah tiga jam.",
        has_lead_image=True,
        lead_caption=CAPTION,
        lead_credit="Antara/Rony",
        blocks=[
            StoryBlock("paragraph", "Kebakaran terjadi menjelang subuh."),
            StoryBlock("image", caption=CAPTION, credit="Antara/Rony"),
        ],
    )
    [finding] = findings(text, "duplicate_caption")
    assert finding.field == "body" and finding.block == 1


def test_caption_repeated_as_a_paragraph_is_reported():
    text = story(
        "Gudang Kayu Terbakar",
        "Api padam setelah tiga jam.",
        has_lead_image=True,
        lead_caption=CAPTION,
        lead_credit="Redaksi",
        blocks=[StoryBlock("paragraph", CAPTION + ".")],
    )
    assert [f.field for f in findings(text, "duplicate_caption")] == ["body"]


def test_different_captions_are_fine():
    text = story(
        "Gudang Kayu Terbakar",
        "Api padam.",
        has_lead_image=True,
        lead_caption=CAPTION,
        lead_credit="Redaksi",
        blocks=[StoryBlock("image", caption="Pemilik gudang menghitung kerugian", credit="X")],
    )
    assert findings(text, "duplicate_caption") == []


def test_photos_without_credit_are_reported_on_their_fields():
    text = story(
        "Panen Raya",
        "Petani bersuka cita.",
        has_lead_image=True,
        lead_caption="Petani memanen padi di Karawang",
        blocks=[
            StoryBlock("image", caption="Gabah dijemur di halaman"),
            StoryBlock("image", caption="Traktor di sawah (Foto: Dinas Pertanian)"),
            StoryBlock("image", caption="Kosong", has_media=False),
        ],
    )
    found = findings(text, "photo_without_credit")
    assert [(f.field, f.block) for f in found] == [("lead_credit", None), ("body", 0)]


def test_no_lead_image_needs_no_credit():
    text = story("Panen Raya", "Petani bersuka cita.", "Panen dimulai.")
    assert findings(text, "photo_without_credit") == []


def test_wire_named_without_attribution_is_reported():
    text = story(
        "Gencatan Senjata Dimulai",
        "Kedua pihak menghentikan tembakan.",
        "Seorang pejabat mengatakan kepada Reuters bahwa pasukan ditarik mundur.",
    )
    [finding] = findings(text, "wire_without_attribution")
    assert finding.field == "wire_source" and "Reuters" in finding.message


def test_attributed_wire_is_fine():
    for paragraph in (
        "Dilansir Reuters, pasukan ditarik mundur.",
        "Seperti dikutip dari kantor berita AFP, pasukan ditarik mundur.",
        "Pasukan ditarik mundur, menurut laporan Xinhua.",
    ):
        assert findings(story("Judul", "Lede.", paragraph), "wire_without_attribution") == []
    text = story("Judul", "Lede.", "Pejabat itu berbicara kepada Reuters.", wire_source="Reuters")
    assert findings(text, "wire_without_attribution") == []


def test_the_word_antara_is_not_the_agency():
    text = story(
        "Judul",
        "Lede.",
        "Antara lain warga meminta jalan diperbaiki.",
        "Perbatasan antara dua desa ditutup.",
    )
    assert findings(text, "wire_without_attribution") == []


def test_an_agency_named_only_in_a_photo_credit_is_no_wire_source():
    """A photo bought from an agency says whose picture it is, not whose reporting."""
    for credit in (
        "Pelatih merayakan gol penentu kemenangan. (AP Photo/Jane Doe) Foto: AP/Jane Doe",
        "Pelatih merayakan gol penentu kemenangan. REUTERS/Ahmad Yusuf",
        "Suasana laga di stadion (PIERRE DUVAL/KANTOR BERITA EROPA/AFP)",
        "Warga antre beras murah. ANTARA FOTO/Rina Wati/abc",
    ):
        text = story("Judul", "Lede.", "Timnya menang tipis malam itu.", credit)
        assert findings(text, "wire_without_attribution") == [], credit


def test_an_agency_beside_a_photo_credit_is_still_a_source():
    text = story(
        "Judul",
        "Lede.",
        "Pelatih merayakan gol. (AP Photo/Jane Doe)",
        "Pelatih itu mengatakan kepada AP bahwa timnya bekerja keras.",
    )
    [finding] = findings(text, "wire_without_attribution")
    assert "AP" in finding.message and finding.block == 1


def test_media_cue_with_nothing_after_it_is_reported():
    text = story(
        "Judul",
        "Lede.",
        blocks=[
            StoryBlock("paragraph", "Banjir surut pada sore hari."),
            StoryBlock("paragraph", "Saksikan Video Berikut Ini:"),
        ],
    )
    [finding] = findings(text, "media_cue_without_media")
    assert finding.field == "body" and (finding.page, finding.block) == (0, 1)


def test_media_cue_followed_by_its_video_is_fine():
    text = story(
        "Judul",
        "Lede.",
        blocks=[
            StoryBlock("paragraph", "Simak video selengkapnya di bawah ini:"),
            StoryBlock("video", text="Banjir", has_media=True),
        ],
    )
    assert findings(text, "media_cue_without_media") == []


def test_video_cue_is_not_met_by_a_photo_and_long_paragraphs_are_not_cues():
    text = story(
        "Judul",
        "Lede.",
        blocks=[
            StoryBlock("paragraph", "Tonton videonya:"),
            StoryBlock("image", caption="Foto", credit="X"),
            StoryBlock(
                "paragraph",
                "Lihat saja video amatir yang beredar di media sosial, kata polisi, yang "
                "memperlihatkan antrean panjang kendaraan di gerbang tol sejak pagi hari "
                "hingga menjelang siang ketika petugas akhirnya membuka lajur tambahan.",
            ),
        ],
    )
    assert [f.block for f in findings(text, "media_cue_without_media")] == [0]


def test_importer_media_cue_without_media():
    text = story("Judul", "Lede.", "Isi berita.")
    text.media_cues = [MediaCue("Saksikan video berikut", page=0, position=1, media_follows=False)]
    assert len(findings(text, "media_cue_without_media")) == 1
    text.media_cues[0].media_follows = True
    assert findings(text, "media_cue_without_media") == []


def test_credits_in_the_forms_portals_print_count_as_credits():
    for caption in (
        "Warga antre air bersih (ist)",
        "Warga antre air bersih. Istimewa",
        "© Kabar Kota/Dian Lestari Pekerja menata rumput di taman",
        "WARTAKOTA/Budi Santoso Kendaraan melintas di ruas tol",
        "Tangkapan layar video warga yang merekam banjir",
        "Relawan memungut sampah. (Dok. DLH Badung)",
    ):
        text = story("Judul", "", "Isi.", has_lead_image=True, lead_caption=caption)
        assert findings(text, "photo_without_credit") == [], caption


def test_a_wire_credited_in_the_dateline_or_a_closing_line_is_attributed():
    dateline = story(
        "Ekspor Kopi Naik", "", "Jakarta (ANTARA News) - Ekspor kopi naik, kata ANTARA."
    )
    closing = story("Satelit Diluncurkan", "", "Pejabat berbicara kepada Yonhap.", "Yonhap")
    place = story("Panen Durian", "", "Warga Desa Antara Gunung memanen durian montong.")
    for text in (dateline, closing, place):
        assert findings(text, "wire_without_attribution") == []
