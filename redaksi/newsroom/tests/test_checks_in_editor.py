"""The checks in the Wagtail editor, through the same edit screen editors use."""

import pytest
from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from redaksi.newsroom.checking import review_story as review
from redaksi.newsroom.checking import sources
from redaksi.newsroom.checking.convert import story_text_from_article
from redaksi.newsroom.models import ArticlePage
from redaksi.newsroom.tests.fixtures import make_article, make_image, paragraph

pytestmark = pytest.mark.django_db

WRONG_HEADLINE = "Banjir Rendam Kalimantan Selatan"
BODY = [
    "Air merendam ratusan rumah di Semarang sejak Senin malam.",
    "Warga Semarang mengungsi ke masjid terdekat.",
    "Saksikan video berikut ini:",
]


def _form(story: ArticlePage, loaded_revision: str, **changes) -> dict:
    data = {
        "title": story.title,
        "slug": story.slug,
        "lede": "Tanggul sungai jebol setelah hujan deras.",
        "dateline": "",
        "wire_source": "",
        "lead_caption": "",
        "lead_credit": "",
        "lead_video_url": "",
        "tags": "",
        "story_authors": inline_formset(
            [{"id": str(c.pk), "author": str(c.author_id)} for c in story.story_authors.all()],
            initial=story.story_authors.count(),
        ),
        "corrections": inline_formset([]),
        "body": streamfield(
            [
                (
                    "page",
                    {
                        "title": "",
                        "content": streamfield(
                            [("paragraph", rich_text(f"<p>{p}</p>")) for p in BODY]
                        ),
                    },
                )
            ]
        ),
    }
    data.update(changes)
    form = nested_form_data(data)
    form["loaded_revision_id"] = loaded_revision
    return form


def _open(client: Client, story: ArticlePage) -> tuple[str, str]:
    html = client.get(reverse("wagtailadmin_pages:edit", args=(story.pk,))).content.decode()
    import re

    return html, re.search(r'name="loaded_revision_id" value="(\d+)"', html).group(1)


@pytest.fixture
def story(newsroom):
    return make_article(
        newsroom["sections"]["news"],
        newsroom["authors"],
        title="Banjir Rendam Semarang",
        pages=[("", [paragraph(text) for text in BODY])],
    )


def test_publishing_with_a_blocking_finding_is_refused_next_to_the_headline(
    client, story, editor, login
):
    login(editor)
    _, loaded = _open(client, story)
    form = _form(story, loaded, title=WRONG_HEADLINE, **{"action-publish": "1"})
    response = client.post(reverse("wagtailadmin_pages:edit", args=(story.pk,)), form)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "Kalimantan Selatan" in " ".join(errors["title"])
    html = response.content.decode()
    assert WRONG_HEADLINE in html, "the editor's text stays in the form"
    story.refresh_from_db()
    assert not story.live and story.title == "Banjir Rendam Semarang"


def test_saving_a_draft_works_and_shows_the_findings_next_to_their_fields(
    client, story, editor, login
):
    login(editor)
    _, loaded = _open(client, story)
    form = _form(story, loaded, title=WRONG_HEADLINE)
    response = client.post(reverse("wagtailadmin_pages:edit", args=(story.pk,)), form)
    assert response.status_code == 302
    latest = ArticlePage.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert latest.title == WRONG_HEADLINE

    html, _ = _open(client, story)
    assert 'data-check="headline_entity_missing"' in html
    assert 'data-check="media_cue_without_media"' in html
    assert "Pemeriksaan redaksi menemukan 2 masalah" in html


def test_a_clean_story_publishes(client, story, editor, login):
    login(editor)
    _, loaded = _open(client, story)
    clean_body = streamfield(
        [
            (
                "page",
                {
                    "title": "",
                    "content": streamfield(
                        [("paragraph", rich_text(f"<p>{p}</p>")) for p in BODY[:2]]
                    ),
                },
            )
        ]
    )
    form = _form(story, loaded, body=clean_body, **{"action-publish": "1"})
    form.update(nested_form_data({"body": clean_body}))
    response = client.post(reverse("wagtailadmin_pages:edit", args=(story.pk,)), form)
    assert response.status_code == 302, response.context["form"].errors
    story.refresh_from_db()
    assert story.live


def test_story_text_from_article_reads_lead_media_body_and_byline(newsroom):
    image = make_image(caption="Tanggul jebol di tepi sungai", credit="")
    article = make_article(
        newsroom["sections"]["news"],
        newsroom["authors"],
        title="Banjir Rendam Semarang",
        pages=[
            ("", [paragraph("Air naik.<br>Warga mengungsi.")]),
            ("Dampak", [("image", {"image": image, "caption": "", "credit": "Redaksi"})]),
        ],
        lead_image=image,
        tags=("banjir", "Semarang"),
    )
    text = story_text_from_article(article, latest_revision=True)
    assert text.has_lead_image and text.lead_caption == "Tanggul jebol di tepi sungai"
    assert text.pages[1].title == "Dampak"
    assert text.pages[1].blocks[0].caption == "Tanggul jebol di tepi sungai"
    assert text.pages[1].blocks[0].credit == "Redaksi"
    assert text.authors == ["Sari Wulandari", "Bima Prakoso"]
    assert sorted(text.tags) == ["Semarang", "banjir"]
    codes = {f.check for f in review(text)}
    assert "photo_without_credit" in codes and "duplicate_caption" in codes


def test_an_imported_draft_shows_what_drifted_from_its_source_side_by_side(
    client, story, editor, login, monkeypatch
):
    source = "Air merendam 300 rumah di Semarang sejak Senin malam. Warga mengungsi ke masjid."
    monkeypatch.setattr(sources, "_providers", [lambda pk: source if pk == story.pk else ""])
    login(editor)
    html, _ = _open(client, story)
    assert 'data-check="source_drift"' in html
    assert "Sumber:" in html and "Naskah:" in html
    assert "Air merendam 300 rumah" in html and "Air merendam ratusan rumah" in html
