"""An editor's day, through the same admin screens editors use."""

import re
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Revision, WorkflowState
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from redaksi.core.scheduler import publish_due
from redaksi.newsroom.models import ArticlePage

pytestmark = pytest.mark.django_db


def _new_story_form(author_pk: int, **overrides) -> dict:
    data = {
        "title": "Jembatan gantung baru menghubungkan dua desa",
        "slug": "jembatan-gantung-baru",
        "lede": "Warga tak lagi menyeberang sungai dengan rakit.",
        "dateline": "Garut",
        "wire_source": "",
        "lead_caption": "",
        "lead_credit": "",
        "lead_video_url": "",
        "tags": "infrastruktur",
        "story_authors": inline_formset([{"author": str(author_pk)}]),
        "corrections": inline_formset([]),
        "body": streamfield(
            [
                (
                    "page",
                    {
                        "title": "",
                        "content": streamfield(
                            [("paragraph", rich_text("<p>Jembatan sepanjang 80 meter.</p>"))]
                        ),
                    },
                )
            ]
        ),
    }
    data.update(overrides)
    return nested_form_data(data)


def _add_url(section) -> str:
    return reverse("wagtailadmin_pages:add", args=("newsroom", "articlepage", section.pk))


def _loaded_revision(html: str) -> str:
    match = re.search(r'name="loaded_revision_id" value="(\d+)"', html)
    assert match, "the edit form carries no loaded revision"
    return match.group(1)


def _edit_form(client: Client, story: ArticlePage, **changes) -> dict:
    """What the edit form would post: the latest version with the editor's changes."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=(story.pk,)))
    assert response.status_code == 200
    return _form_for(story, _loaded_revision(response.content.decode()), **changes)


def _latest(story: ArticlePage) -> ArticlePage:
    return ArticlePage.objects.get(pk=story.pk).get_latest_revision().as_object()


def _form_for(story: ArticlePage, loaded_revision: str, **changes) -> dict:
    latest = _latest(story)
    credits = list(latest.story_authors.all())
    form = _new_story_form(
        credits[0].author_id,
        title=latest.title,
        slug=latest.slug,
        lede=latest.lede,
        dateline=latest.dateline,
        story_authors=inline_formset(
            [{"id": str(c.pk), "author": str(c.author_id)} for c in credits], initial=len(credits)
        ),
    )
    form["loaded_revision_id"] = loaded_revision
    form.update(changes)
    return form


def test_reporter_drafts_editor_approves_and_story_goes_live(
    client, newsroom, reporter, editor, login
):
    section = newsroom["sections"]["news"]
    author = newsroom["authors"][0]

    response = client.post(
        reverse("wagtailadmin_login"), {"username": "rina", "password": "rahasia-uji-123"}
    )
    assert (
        response.status_code == 302 and client.get(reverse("wagtailadmin_home")).status_code == 200
    )
    response = client.post(_add_url(section), _new_story_form(author.pk, **{"action-submit": "1"}))
    assert response.status_code == 302, response.content.decode()[-3000:]
    story = ArticlePage.objects.get(slug="jembatan-gantung-baru")
    assert not story.live
    assert Client().get(story.url).status_code == 404

    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(story.pk))
    login(editor)
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=(story.pk, "approve", state.current_task_state.pk),
        ),
        {"comment": ""},
    )
    assert response.status_code in (200, 302)
    story.refresh_from_db()
    assert story.live

    reader = Client()
    html = reader.get(story.url).content.decode()
    assert "Jembatan gantung baru menghubungkan dua desa" in html
    assert "Diterbitkan" in html and "Diperbarui" not in html

    # The editor improves the lede and re-publishes: readers now see "Diperbarui".
    form = _edit_form(
        client,
        story,
        lede="Warga dua desa tak lagi menyeberang sungai dengan rakit.",
        **{"action-publish": "1"},
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=(story.pk,)), form)
    assert response.status_code == 302
    html = reader.get(story.url).content.decode()
    assert "Warga dua desa tak lagi" in html
    assert "Diperbarui" in html


def test_republishing_unchanged_story_is_not_an_update(client, newsroom, editor, login):
    login(editor)
    section = newsroom["sections"]["news"]
    form = _new_story_form(newsroom["authors"][0].pk, **{"action-publish": "1"})
    assert client.post(_add_url(section), form).status_code == 302
    story = ArticlePage.objects.get(slug="jembatan-gantung-baru")
    first_published = story.first_published_at

    form = _edit_form(client, story, **{"action-publish": "1"})
    assert (
        client.post(reverse("wagtailadmin_pages:edit", args=(story.pk,)), form).status_code == 302
    )
    story.refresh_from_db()
    assert story.first_published_at == first_published
    assert story.last_updated_at is None
    assert "Diperbarui" not in Client().get(story.url).content.decode()


def test_reporter_cannot_publish(client, newsroom, reporter, login):
    login(reporter)
    form = _new_story_form(newsroom["authors"][0].pk, **{"action-publish": "1"})
    client.post(_add_url(newsroom["sections"]["news"]), form)
    story = ArticlePage.objects.filter(slug="jembatan-gantung-baru").first()
    assert story is None or not story.live


def test_scheduled_story_goes_live_when_its_time_comes(client, newsroom, editor, login):
    login(editor)
    go_live = timezone.localtime(timezone.now() + timedelta(hours=2))
    form = _new_story_form(
        newsroom["authors"][0].pk,
        **{"action-publish": "1", "go_live_at": go_live.strftime("%Y-%m-%d %H:%M")},
    )
    response = client.post(_add_url(newsroom["sections"]["news"]), form)
    assert response.status_code == 302, response.content.decode()[-2000:]
    story = ArticlePage.objects.get(slug="jembatan-gantung-baru")
    assert not story.live

    publish_due()
    story.refresh_from_db()
    assert not story.live, "published before its time"

    # Two hours pass.
    past = timezone.now() - timedelta(minutes=1)
    for revision in Revision.page_revisions.filter(object_id=str(story.pk)):
        revision.content["go_live_at"] = past.isoformat()
        revision.approved_go_live_at = past
        revision.save(update_fields=["content", "approved_go_live_at"])
    publish_due()
    story.refresh_from_db()
    assert story.live
    assert Client().get(story.url).status_code == 200


def test_second_editor_cannot_silently_overwrite_the_first(client, newsroom, make_user):
    from redaksi.newsroom import roles

    first, second = Client(), Client()
    first.force_login(make_user("ani", roles.EDITOR))
    second.force_login(make_user("budi", roles.EDITOR))
    first.post(
        _add_url(newsroom["sections"]["news"]),
        _new_story_form(newsroom["authors"][0].pk),
    )
    story = ArticlePage.objects.get(slug="jembatan-gantung-baru")
    edit_url = reverse("wagtailadmin_pages:edit", args=(story.pk,))

    form_first = _edit_form(first, story, lede="Versi editor pertama.")
    form_second = _edit_form(second, story, lede="Versi editor kedua.")
    assert first.post(edit_url, form_first).status_code == 302

    response = second.post(edit_url, form_second)
    assert response.status_code == 200
    html = response.content.decode()
    assert "sudah disimpan oleh" in html
    assert "Versi editor kedua." in html, "the second editor's text must stay in the form"
    assert "Ganti versi yang lebih baru dengan versi saya" in html
    assert "Ganti versi yang lebih baru" not in first.get(edit_url).content.decode()
    assert _latest(story).lede == "Versi editor pertama."

    # The form stays based on their version, so a plain resubmit (or an autosave) is refused
    # again; only confirming Wagtail's "saved a new version" dialog overwrites.
    assert _loaded_revision(html) == form_second["loaded_revision_id"]
    again = second.post(
        edit_url, _form_for(story, _loaded_revision(html), lede="Versi editor kedua.")
    )
    assert again.status_code == 200 and "sudah disimpan oleh" in again.content.decode()
    assert _latest(story).lede == "Versi editor pertama."

    confirmed = _form_for(story, _loaded_revision(html), lede="Versi editor kedua.")
    confirmed["overwrite_confirmed"] = "1"
    assert second.post(edit_url, confirmed).status_code == 302
    assert _latest(story).lede == "Versi editor kedua."


def test_bad_story_input_is_refused_with_clear_messages_and_nothing_saved(
    client, newsroom, editor, login
):
    login(editor)
    form = _new_story_form(
        newsroom["authors"][0].pk,
        lede="",
        lead_video_url="https://example.org/bukan-video",
        **{"action-publish": "1"},
    )
    form["story_authors-TOTAL_FORMS"] = "0"
    for key in [k for k in form if k.startswith("story_authors-0-")]:
        del form[key]
    response = client.post(_add_url(newsroom["sections"]["news"]), form)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Video ini tidak bisa diputar" in html
    assert "Kolom ini  harus diisi" in html  # the empty lede, in Wagtail's Indonesian
    assert "setidaknya 1" in html  # a story needs an author
    assert not ArticlePage.objects.filter(slug="jembatan-gantung-baru").exists()
    assert "Jembatan gantung baru menghubungkan dua desa" in html, "the editor's input stays"


def test_a_new_story_starts_with_the_writers_byline(client, newsroom, reporter, login):
    profile = newsroom["authors"][1]
    profile.user = reporter
    profile.save()
    html = login(reporter).get(_add_url(newsroom["sections"]["news"])).content.decode()
    assert re.search(rf'name="story_authors-0-author"[^>]*value="{profile.pk}"', html) or re.search(
        rf'value="{profile.pk}"[^>]*name="story_authors-0-author"', html
    )
