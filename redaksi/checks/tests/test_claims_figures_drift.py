"""The three checks of issue 12: tense of the headline, contradicted figures, drift from the
source. Stories written for these tests in our own words."""

from redaksi.checks.story import StoryBlock

from .helpers import findings, story


def test_a_headline_stating_as_done_what_is_only_scheduled_is_flagged_with_the_evidence():
    text = story(
        "Wali Kota Resmikan Taman Kota",
        "Taman itu dibangun di bekas terminal.",
        "Wali kota dijadwalkan meresmikan taman itu pada Sabtu pekan depan.",
    )
    [finding] = findings(text, "headline_tense")
    assert finding.severity == "warning" and finding.field == "title"
    assert '"Resmikan"' in finding.message and "dijadwalkan meresmikan" in finding.message


def test_a_forecast_and_a_claim_are_not_facts_but_a_done_deed_is():
    forecast = story("Harga Gula Naik", "", "Harga gula diperkirakan naik bulan depan.")
    claim = story(
        "Bupati Tutup Tambang Ilegal",
        "",
        "Warga mengklaim bupati telah menutup tambang itu, tetapi pemkab belum mengonfirmasi.",
    )
    done = story("Harga Gula Naik", "", "Harga gula naik sejak Senin di pasar induk.")
    assert len(findings(forecast, "headline_tense")) == 1
    assert "diklaim" in findings(claim, "headline_tense")[0].message
    assert findings(done, "headline_tense") == []


def test_a_noun_in_the_headline_is_no_verb_of_a_plan():
    text = story(
        "Pelantikan Pengurus Digelar Kamis",
        "",
        "Ketua umum akan melantik pengurus baru di gedung serbaguna.",
    )
    assert findings(text, "headline_tense") == []


def test_a_figure_the_body_contradicts_is_flagged_where_it_stands():
    text = story(
        "Angin Kencang Rusak 30 Rumah",
        "Warga memperbaiki atap secara gotong royong.",
        "BPBD mencatat 13 rumah rusak ringan akibat angin kencang, Selasa sore.",
        has_lead_image=True,
        lead_caption="Sekitar 40 warga membersihkan puing",
        lead_credit="Redaksi",
    )
    [finding] = findings(text, "number_mismatch")
    assert finding.field == "title" and '"30 Rumah"' in finding.message
    assert '"13 rumah"' in finding.message


def test_figures_that_agree_or_add_up_or_count_other_things_are_fine():
    text = story(
        "Angin Kencang Rusak 30 Rumah",
        "Sebanyak 30 rumah rusak di dua desa.",
        "BPBD mencatat 18 rumah rusak di Desa Suka dan 12 rumah di Desa Maju.",
        "Sebanyak 40 relawan dikerahkan pada pukul 14.00 WIB, Selasa (3/2/2026).",
    )
    assert findings(text, "number_mismatch") == []


def _with_source(source: str, *paragraphs: str):
    return story("Panen Raya", "", *paragraphs, source_text=source)


def test_drift_from_the_source_quotes_both_wordings():
    text = _with_source(
        'Kepala dinas, Wahyu Pratama, menyebut panen mencapai 12 ton. "Kami puas," katanya.',
        "Kepala dinas, Wahyu Pratama, menyebut panen mencapai 21 ton.",
        '"Kami sangat puas," katanya.',
    )
    found = findings(text, "source_drift")
    assert len(found) == 2
    assert "12 ton" in found[0].source_excerpt and "21 ton" in found[0].excerpt
    assert "kutipan" in found[1].message or "quotation" in found[1].message


def test_a_changed_name_or_a_dropped_word_in_a_quotation_is_drift():
    # Both given names are also ordinary words (sekar, ayu): the run of capitals is a name.
    renamed = _with_source(
        "Ketua panitia, Sekar Ayu, menyebut lomba diikuti 40 sekolah.",
        "Ketua panitia, Sekar Wangi, menyebut lomba diikuti 40 sekolah.",
    )
    assert [f.check for f in findings(renamed, "source_drift")] == ["source_drift"]
    negation_lost = _with_source(
        'Kepala sekolah berkata, "Kami tidak menarik biaya tambahan." Rapat digelar Senin.',
        'Kepala sekolah berkata, "Kami menarik biaya tambahan." Rapat digelar Senin.',
    )
    assert [f.check for f in findings(negation_lost, "source_drift")] == ["source_drift"]
    moved = _with_source(
        "Ketua panitia, Sekar Ayu, menyebut lomba diikuti 40 sekolah.",
        "Lomba diikuti 40 sekolah, kata Ketua Panitia Sekar Ayu.",
    )
    assert findings(moved, "source_drift") == []


def test_rewording_reordering_and_cutting_are_no_drift():
    text = _with_source(
        "Kepala dinas, Wahyu Pratama, menyebut panen mencapai 12 ton. Harga gabah stabil.",
        "Panen mencapai 12 ton, menurut kepala dinas Wahyu Pratama.",
    )
    assert findings(text, "source_drift") == []
    assert findings(story("Panen Raya", "", "Panen mencapai 12 ton."), "source_drift") == []


def test_a_body_photo_caption_counts_for_figures():
    text = story(
        "Pameran Buku Dibuka",
        "",
        blocks=[
            StoryBlock("paragraph", "Panitia menghadirkan 120 penerbit dari seluruh daerah."),
            StoryBlock("image", caption="Sebanyak 210 penerbit ikut pameran", credit="Redaksi"),
        ],
    )
    # A caption inside the body is compared too: it is what readers see under the photo.
    assert [f.check for f in findings(text, "number_mismatch")] == ["number_mismatch"]


def test_a_full_stop_inside_a_figure_ends_no_sentence():
    text = _with_source(
        "Pabrik baterai di Batang menyerap 4.500 pekerja lokal. Investasinya 1,1 miliar dolar AS.",
        "Sebanyak 4.500 pekerja lokal terserap pabrik baterai di Batang.",
        "Investasinya 1,1 miliar dolar AS.",
    )
    assert findings(text, "source_drift") == []
