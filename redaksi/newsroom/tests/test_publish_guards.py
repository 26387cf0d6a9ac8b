"""Blocking findings hold on the admin's other ways to publish: bulk Publish and Approve."""

from urllib.parse import urlencode

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Workflow

from redaksi.newsroom.models import ArticlePage
from redaksi.newsroom.tests.fixtures import make_article, paragraph

pytestmark = pytest.mark.django_db

WRONG_HEADLINE = "Banjir Rendam Kalimantan Selatan"
BODY = [
    "Air merendam ratusan rumah di Semarang sejak Senin malam.",
    "Warga Semarang mengungsi ke masjid terdekat.",
]


def _story(newsroom, title: str) -> ArticlePage:
    return make_article(
        newsroom["sections"]["news"],
        newsroom["authors"],
        title=title,
        pages=[("", [paragraph(text) for text in BODY])],
    )


def _bulk_publish(client, *stories: ArticlePage, next_url: str = "/admin/pages/"):
    query = urlencode([("id", s.pk) for s in stories] + [("next", next_url)])
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    return client.post(f"{url}?{query}", {"include_descendants": ""})


def _messages(response) -> str:
    return " ".join(str(m) for m in get_messages(response.wsgi_request))


def test_bulk_publish_refuses_a_story_whose_headline_names_another_place(
    client, newsroom, editor, login
):
    wrong = _story(newsroom, WRONG_HEADLINE)
    clean = _story(newsroom, "Banjir Rendam Semarang")
    login(editor)

    response = _bulk_publish(client, wrong, clean)

    assert response.status_code == 302
    text = _messages(response)
    assert "Tidak diterbitkan" in text and WRONG_HEADLINE in text
    assert "Kalimantan Selatan" in text
    # Nothing of the batch went live: the editor corrects and publishes again.
    assert not ArticlePage.objects.filter(pk__in=[wrong.pk, clean.pk], live=True).exists()


def test_bulk_publish_of_clean_stories_goes_through(client, newsroom, editor, login):
    clean = _story(newsroom, "Banjir Rendam Semarang")
    login(editor)

    response = _bulk_publish(client, clean)

    assert response.status_code == 302
    clean.refresh_from_db()
    assert clean.live


def test_bulk_publish_of_a_section_holds_its_blocked_draft_stories(client, newsroom, editor, login):
    section = newsroom["sections"]["news"]
    wrong = _story(newsroom, WRONG_HEADLINE)
    login(editor)
    query = urlencode([("id", section.pk), ("next", "/admin/pages/")])
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))

    response = client.post(f"{url}?{query}", {"include_descendants": "on"})

    assert response.status_code == 302
    assert WRONG_HEADLINE in _messages(response)
    wrong.refresh_from_db()
    assert not wrong.live


def _in_review(story: ArticlePage, user) -> int:
    workflow = story.get_workflow() or Workflow.objects.filter(active=True).first()
    state = workflow.start(story, user)
    return state.current_task_state.pk


def _approve(client, story: ArticlePage, task_state: int):
    url = reverse("wagtailadmin_pages:workflow_action", args=(story.pk, "approve", task_state))
    return client.post(url, {"comment": ""})


def test_approving_from_the_dashboard_is_refused_while_a_finding_blocks(
    client, newsroom, editor, reporter, login
):
    story = _story(newsroom, "Banjir Rendam Semarang")
    task_state = _in_review(story, reporter)
    # The version in review was changed outside the form (an import, a script).
    latest = story.get_latest_revision_as_object()
    latest.title = WRONG_HEADLINE
    latest.save_revision(user=reporter)
    login(editor)

    response = _approve(client, story, task_state)

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=(story.pk,))
    assert "Tidak disetujui" in _messages(response)
    story.refresh_from_db()
    assert not story.live and story.workflow_in_progress


def test_approving_a_clean_story_from_the_dashboard_publishes_it(
    client, newsroom, editor, reporter, login
):
    story = _story(newsroom, "Banjir Rendam Semarang")
    task_state = _in_review(story, reporter)
    login(editor)

    response = _approve(client, story, task_state)

    assert response.status_code == 302
    story.refresh_from_db()
    assert story.live
