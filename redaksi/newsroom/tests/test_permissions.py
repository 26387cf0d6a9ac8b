"""What each role may and may not do in the newsroom."""

import pytest
from django.test import Client
from django.urls import reverse

from redaksi.newsroom import roles

from .fixtures import make_article, utc

pytestmark = pytest.mark.django_db


def test_the_four_roles_exist_after_migrate():
    from django.contrib.auth.models import Group

    assert set(roles.ROLES) <= set(Group.objects.values_list("name", flat=True))


def test_roles_can_be_repaired_without_duplicates():
    from wagtail.models import GroupPagePermission

    before = GroupPagePermission.objects.count()
    roles.ensure_roles()
    roles.ensure_roles()
    assert GroupPagePermission.objects.count() == before


def test_reporter_edits_own_drafts_but_not_a_colleagues(newsroom, make_user, login):
    own = make_user("rina", roles.REPORTER)
    colleague = make_user("yudi", roles.REPORTER)
    mine = make_article(newsroom["sections"]["news"], newsroom["authors"], title="Naskah Rina")
    mine.owner = own
    mine.save()
    theirs = make_article(newsroom["sections"]["news"], newsroom["authors"], title="Naskah Yudi")
    theirs.owner = colleague
    theirs.save()

    client = login(own)
    assert client.get(reverse("wagtailadmin_pages:edit", args=(mine.pk,))).status_code == 200
    response = client.get(reverse("wagtailadmin_pages:edit", args=(theirs.pk,)))
    assert response.status_code in (302, 403)


@pytest.mark.parametrize(
    ("role", "can_publish"),
    [
        (roles.REPORTER, False),
        (roles.FACT_CHECKER, False),
        (roles.EDITOR, True),
        (roles.ADMIN, True),
    ],
)
def test_only_editors_and_admins_publish(newsroom, make_user, role, can_publish):
    user = make_user("pengguna", role)
    story = make_article(newsroom["sections"]["news"], newsroom["authors"])
    assert story.permissions_for_user(user).can_publish() is can_publish


@pytest.mark.parametrize(
    ("role", "allowed"),
    [(roles.REPORTER, False), (roles.EDITOR, False), (roles.ADMIN, True)],
)
def test_only_admins_manage_accounts(make_user, login, role, allowed):
    client = login(make_user("pengguna", role))
    response = client.get(reverse("wagtailusers_users:index"))
    assert (response.status_code == 200) is allowed


def test_readers_cannot_reach_the_newsroom(client):
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302 and "/login/" in response["Location"]


def test_preview_is_only_for_newsroom_users(newsroom, reporter, login):
    draft = make_article(newsroom["sections"]["news"], newsroom["authors"])
    draft.owner = reporter
    draft.save()
    preview_url = reverse("wagtailadmin_pages:view_draft", args=(draft.pk,))

    anonymous = Client().get(preview_url)
    assert anonymous.status_code == 302 and "/login/" in anonymous["Location"]

    response = login(reporter).get(preview_url)
    assert response.status_code == 200
    assert draft.title in response.content.decode()


def test_published_story_is_public(newsroom):
    story = make_article(
        newsroom["sections"]["news"], newsroom["authors"], publish_at=utc(2024, 5, 1, 3, 0)
    )
    assert Client().get(story.url).status_code == 200


def test_an_admins_own_workflow_survives_the_next_migrate():
    from wagtail.models import Page, Workflow, WorkflowPage

    own = Workflow.objects.create(name="Dua tahap")
    root = Page.get_first_root_node()
    WorkflowPage.objects.filter(page=root).update(workflow=own)

    roles.ensure_roles()

    assert WorkflowPage.objects.get(page=root).workflow == own


def test_stories_are_reviewed_in_the_newsroom_workflow(newsroom):
    story_parent = newsroom["sections"]["news"]
    workflow = story_parent.get_workflow()
    assert workflow.name == roles.REVIEW_WORKFLOW and workflow.active
    reviewers = workflow.tasks.first().specific.groups.values_list("name", flat=True)
    assert set(reviewers) == {roles.EDITOR, roles.ADMIN}
