"""Fingerprints and MinHash: the same words are the same story; a light edit is near."""

from redaksi.ingest import similarity
from redaksi.ingest.checking import story_text
from redaksi.ingest.story import (
    ExtractedBlock,
    ExtractedImage,
    ExtractedPage,
    ExtractedStory,
    RemovedText,
)

from .stories import KEBUN_PARAGRAPHS, PASAR_PARAGRAPHS

PASAR = " ".join(PASAR_PARAGRAPHS)


def test_the_fingerprint_ignores_case_spacing_and_punctuation():
    assert similarity.fingerprint("Pasar Dibuka", PASAR) == similarity.fingerprint(
        "pasar  dibuka!", PASAR.upper().replace(",", " ,")
    )
    assert similarity.fingerprint("Pasar Dibuka", PASAR) != similarity.fingerprint(
        "Pasar Ditutup", PASAR
    )


def test_signatures_are_deterministic_and_estimate_jaccard():
    assert similarity.signature(PASAR) == similarity.signature(PASAR)
    assert len(similarity.signature(PASAR)) == similarity.NUM_PERMUTATIONS
    assert similarity.similarity(similarity.signature(PASAR), similarity.signature(PASAR)) == 1.0
    edited = PASAR.replace("lebih lebar", "jauh lebih lebar")
    near = similarity.similarity(similarity.signature(PASAR), similarity.signature(edited))
    assert 0.8 <= near < 1.0
    other = similarity.signature(" ".join(KEBUN_PARAGRAPHS))
    assert similarity.similarity(similarity.signature(PASAR), other) < 0.2
    assert similarity.signature("") == []


def test_near_texts_share_a_band_and_different_ones_do_not():
    edited = PASAR.replace("lebih lebar", "jauh lebih lebar")
    bands = set(similarity.band_keys(similarity.signature(PASAR)))
    assert bands & set(similarity.band_keys(similarity.signature(edited)))
    kebun = set(similarity.band_keys(similarity.signature(" ".join(KEBUN_PARAGRAPHS))))
    assert not bands & kebun


def test_an_extracted_story_reads_as_the_checks_expect():
    story = ExtractedStory(
        headline="Pasar Terapung Dibuka",
        pages=[
            ExtractedPage(
                blocks=[
                    ExtractedBlock("subheading", "Pasar terapung dibuka"),
                    ExtractedBlock("paragraph", PASAR_PARAGRAPHS[0]),
                    ExtractedBlock("image", image=ExtractedImage(caption="Dermaga", credit="Foto")),
                    ExtractedBlock("video"),
                ]
            )
        ],
        removed=[RemovedText("Saksikan Video Berikut Ini:", "media-cue", 0, 2, False)],
        lead_image=ExtractedImage(url="https://contoh.id/f.jpg", caption="Pasar", credit="Ant"),
    )

    text = story_text(story)

    kinds = [block.kind for block in text.pages[0].blocks]
    assert kinds == ["paragraph", "image", "video"]
    assert text.pages[0].blocks[1].caption == "Dermaga" and text.pages[0].blocks[1].has_media
    assert not text.pages[0].blocks[2].has_media
    assert text.media_cues[0].position == 1 and text.media_cues[0].media_follows is False
    assert text.has_lead_image and text.lead_credit == "Ant"
