"""The tips queue in the admin, who may see it, and the numbers in it."""

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from redaksi.factcheck.models import FactCheckPage, Question, Tip
from redaksi.factcheck.receivers import forget_old_senders
from redaksi.newsroom import api as newsroom

pytestmark = pytest.mark.django_db


@pytest.fixture
def queue(desk):
    busy = Tip.objects.create(
        text="Air jahe sembuhkan diabetes", asker_count=5, last_asked_at=timezone.now()
    )
    quiet = Tip.objects.create(
        text="Jalan tol ditutup seminggu", asker_count=1, last_asked_at=timezone.now()
    )
    Question.objects.create(
        tip=busy,
        platform="whatsapp",
        sender="6281234567890",
        text="air jahe diabetes?",
        message_id="m1",
        asked_at=timezone.now(),
    )
    return {"busy": busy, "quiet": quiet}


def _user(name: str, role: str):
    user = get_user_model().objects.create_user(name, password="rahasia-uji-123")
    user.groups.add(Group.objects.get(name=role))
    return user


def test_fact_checker_sees_the_queue_most_askers_first_with_numbers(client, queue):
    client.force_login(_user("pemeriksa", newsroom.FACT_CHECKER))
    html = client.get("/admin/cek-fakta/aduan/").content.decode()
    assert html.index("Air jahe sembuhkan diabetes") < html.index("Jalan tol ditutup seminggu")
    detail = client.get(f"/admin/cek-fakta/aduan/{queue['busy'].pk}/").content.decode()
    assert "6281234567890" in detail


def test_other_roles_do_not_see_tips_or_numbers(client, queue):
    for role in (newsroom.EDITOR, newsroom.REPORTER):
        client.force_login(_user(f"u-{role}", role))
        # Wagtail answers a refused admin page with a redirect to the dashboard.
        for url in ("/admin/cek-fakta/aduan/", f"/admin/cek-fakta/aduan/{queue['busy'].pk}/"):
            response = client.get(url)
            assert response.status_code in (302, 403)
            assert b"6281234567890" not in response.content


def test_assign_close_and_open_a_draft_from_a_tip(client, desk, queue):
    checker = _user("pemeriksa", newsroom.FACT_CHECKER)
    desk["authors"][0].user = checker
    desk["authors"][0].save()
    client.force_login(checker)
    url = f"/admin/cek-fakta/aduan/{queue['quiet'].pk}/"
    client.post(url, {"action": "assign", "assignee": checker.pk})
    queue["quiet"].refresh_from_db()
    assert (queue["quiet"].status, queue["quiet"].assignee) == ("assigned", checker)
    client.post(url, {"action": "close"})
    queue["quiet"].refresh_from_db()
    assert queue["quiet"].status == "closed"
    response = client.post(f"/admin/cek-fakta/aduan/{queue['busy'].pk}/", {"action": "draft"})
    draft = FactCheckPage.objects.get()
    assert response.status_code == 302 and response["Location"].endswith(f"/pages/{draft.pk}/edit/")
    assert draft.claim == "Air jahe sembuhkan diabetes" and not draft.live
    queue["busy"].refresh_from_db()
    assert queue["busy"].fact_check_id == draft.pk


def test_fact_checkers_may_edit_every_story_in_cek_fakta(desk):
    checker = _user("pemeriksa", newsroom.FACT_CHECKER)
    page = desk["publish"]("Klaim uji", "Klaim uji.")
    assert page.permissions_for_user(checker).can_edit()
    other = desk["sections"]["news"]
    assert not other.permissions_for_user(checker).can_edit()


def test_old_senders_numbers_are_forgotten(queue, settings):
    settings.REDAKSI_TIPLINE_RETENTION_DAYS = 30
    old = Question.objects.create(
        tip=queue["busy"],
        platform="telegram",
        sender="4242",
        text="lama",
        message_id="m2",
        asked_at=timezone.now() - timedelta(days=31),
    )
    assert forget_old_senders() == 1
    old.refresh_from_db()
    assert old.sender == ""
    assert Question.objects.get(message_id="m1").sender == "6281234567890"
