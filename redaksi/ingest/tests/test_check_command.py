"""`redaksi check FILE`: the newsroom checks on outside stories; plain `check` is Django's."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from redaksi.ingest.models import ImportedStory
from redaksi.newsroom.models import ArticlePage

from .stories import PASAR_PARAGRAPHS

pytestmark = pytest.mark.django_db

WITH_MEDIA_CUE = PASAR_PARAGRAPHS[:3] + ["Saksikan Video Berikut Ini:"] + PASAR_PARAGRAPHS[3:]


def run_check(*args, **options):
    out, err = StringIO(), StringIO()
    call_command("check", *args, stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


def test_a_story_file_gets_the_newsroom_findings_without_writing(newsroom, story_file):
    path = story_file(paragraphs=WITH_MEDIA_CUE)

    out, _ = run_check(path)

    assert "Pasar Terapung Lok Baintan Kembali Dibuka" in out
    assert "[peringatan]" in out and "Saksikan Video Berikut Ini:" in out
    assert ArticlePage.objects.count() == 0 and ImportedStory.objects.count() == 0


def test_json_lists_the_findings(newsroom, story_file):
    out, _ = run_check(story_file(paragraphs=WITH_MEDIA_CUE), json=True)

    report = json.loads(out)
    assert len(report) == 1
    cues = [f for f in report[0]["findings"] if "Saksikan" in f["excerpt"]]
    assert cues and cues[0]["severity"] == "warning" and cues[0]["field"] == "body"


def test_a_blocking_finding_makes_the_exit_status_non_zero(newsroom, story_file):
    # The headline names a country the story never mentions; the story is about another one.
    path = story_file(
        headline="Menlu Kunjungi Vietnam Bahas Perdagangan Beras",
        paragraphs=[
            "Menteri luar negeri tiba di Bangkok, Thailand, pada Senin pagi untuk membahas "
            "kerja sama perdagangan beras.",
            "Pemerintah Thailand menyambut kunjungan itu dan menyiapkan pertemuan dengan para "
            "pengusaha.",
            "Kedua negara sepakat memperluas jalur ekspor melalui pelabuhan di selatan Thailand.",
        ],
    )

    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError) as failure:
        call_command("check", path, stdout=out, stderr=err)

    assert failure.value.returncode == 1
    assert "[PENGHAMBAT]" in out.getvalue() and "Vietnam" in out.getvalue()


def test_an_unreadable_file_is_reported(newsroom, tmp_path):
    missing = str(tmp_path / "tidak-ada.html")
    with pytest.raises(CommandError):
        run_check(missing)


def test_without_arguments_it_is_djangos_system_check():
    out, _ = run_check()
    assert "System check identified no issues" in out
    out, _ = run_check("ingest", fail_level="WARNING")
    assert "System check identified no issues" in out
