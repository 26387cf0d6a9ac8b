"""An imported draft is compared with the source the ingest kept: what drifted is shown."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from redaksi.checks.api import review
from redaksi.newsroom.checking.convert import story_text_from_article
from redaksi.newsroom.models import ArticlePage

from .stories import PASAR_PARAGRAPHS

pytestmark = pytest.mark.django_db


def test_an_imported_draft_edited_away_from_its_source_shows_the_drift(newsroom, story_file):
    call_command("import", story_file(), stdout=StringIO(), stderr=StringIO())
    story = ArticlePage.objects.get(title="Pasar Terapung Lok Baintan Kembali Dibuka")
    assert not [f for f in review(story_text_from_article(story)) if f.check == "source_drift"]

    paragraph = story.body[0].value["content"][0].value
    edited = paragraph.source.replace("empat bulan", "enam bulan")
    story.body[0].value["content"][0].value.source = edited  # the editor's slip
    story.body = story.body
    text = story_text_from_article(story)

    [drift] = [f for f in review(text) if f.check == "source_drift"]
    assert "empat bulan" in drift.source_excerpt and "enam bulan" in drift.excerpt
    assert drift.severity == "warning"


def test_a_story_written_in_the_newsroom_has_no_source_to_drift_from(newsroom, story_file):
    call_command("import", story_file(), stdout=StringIO(), stderr=StringIO())
    story = ArticlePage.objects.get(title="Pasar Terapung Lok Baintan Kembali Dibuka")
    story.imports.all().delete()
    assert story_text_from_article(story).source_text == ""


def test_check_command_compares_a_draft_with_its_source_side_by_side(story_file, tmp_path):
    source = story_file("sumber.html")
    edited = [PASAR_PARAGRAPHS[0].replace("empat bulan", "enam bulan"), *PASAR_PARAGRAPHS[1:]]
    draft = story_file("naskah.html", paragraphs=edited)
    out = StringIO()
    try:
        call_command("check", draft, source=source, stdout=out, stderr=StringIO())
    except CommandError:
        pass
    text = out.getvalue()
    assert "sumber:" in text and "naskah:" in text
    assert "empat bulan" in text and "enam bulan" in text
