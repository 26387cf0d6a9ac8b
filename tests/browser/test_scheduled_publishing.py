"""A story scheduled in the newsroom goes live on time, with nothing but `redaksi serve` running."""

import time

import pytest

pytestmark = pytest.mark.browser

SCHEDULE_DRAFT_IN_TWO_SECONDS = (
    "from datetime import timedelta; from django.utils import timezone; "
    "from redaksi.newsroom.models import ArticlePage as A; "
    "d = A.objects.filter(live=False).first().get_latest_revision_as_object(); "
    "d.go_live_at = timezone.now() + timedelta(seconds=2); "
    "d.save_revision().publish(); d.refresh_from_db(); "
    "print(d.pk, d.live, d.url)"
)


def test_scheduled_story_goes_live_without_cron(desktop_page, portal_url, redaksi_shell):
    page = desktop_page
    pk, live, path = redaksi_shell(SCHEDULE_DRAFT_IN_TWO_SECONDS).split()
    assert live == "False", "a scheduled story must wait for its time"
    assert page.goto(portal_url + path).status == 404

    deadline = time.monotonic() + 30
    status = 404
    while time.monotonic() < deadline and status != 200:
        time.sleep(1)
        status = page.goto(portal_url + path).status
    assert status == 200, "the in-process scheduler did not publish the story"
    assert page.locator("h1.story-headline").is_visible()
