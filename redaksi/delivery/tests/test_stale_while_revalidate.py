"""A page past its lifetime is renewed by one request while the others get the old copy."""

import time

import pytest
from django.core.cache import caches
from django.test import RequestFactory

from redaksi.delivery import coalesce, neartier, pagecache

pytestmark = pytest.mark.django_db


def _ident(url: str) -> str:
    return pagecache.identity(RequestFactory().get(url).META)


def _expire(url: str) -> None:
    """Age the stored copy of ``url`` past its lifetime, as the clock would."""
    name = pagecache._ENTRY + pagecache._digest(_ident(url))
    entry = caches["default"].get(name)
    assert entry is not None, "the page was not stored"
    caches["default"].set(name, (*entry[:5], time.time() - 1), 60)
    neartier.tier.discard(name)


def test_an_expired_page_is_served_stale_while_another_request_renews_it(client, page_cache, story):
    url = story.get_url()
    first = client.get(url)
    _expire(url)
    # Another reader's request is rendering the page again right now.
    assert coalesce.try_lead(_ident(url))
    try:
        stale = client.get(url)
    finally:
        coalesce.done(_ident(url))
    assert stale.status_code == 200
    assert stale["X-Cache"] == "STALE"
    assert stale.content == first.content
    # No cache in front (nginx, a CDN) may keep a copy that is already being replaced.
    assert stale["X-Accel-Expires"] == "0"
    assert stale["Cache-Control"] == "public, max-age=0, must-revalidate"


def test_the_first_request_after_expiry_renews_the_page_for_everyone(client, page_cache, story):
    url = story.get_url()
    client.get(url)
    _expire(url)
    renewing = client.get(url)
    assert renewing["X-Cache"] == "MISS"
    assert "X-Accel-Expires" in renewing and renewing["X-Accel-Expires"] != "0"
    assert client.get(url)["X-Cache"] == "HIT"


def test_a_story_taken_down_is_never_served_stale(
    client, page_cache, story, django_capture_on_commit_callbacks
):
    url = story.get_url()
    client.get(url)
    _expire(url)
    assert coalesce.try_lead(_ident(url))
    try:
        with django_capture_on_commit_callbacks(execute=True):
            story.unpublish()
        assert client.get(url).status_code == 404
    finally:
        coalesce.done(_ident(url))


def test_only_one_request_renews_a_page_at_a_time():
    ident = "https://portal.example/uji?"
    assert coalesce.try_lead(ident)
    try:
        assert not coalesce.try_lead(ident)
    finally:
        coalesce.done(ident)
    assert coalesce.try_lead(ident)
    coalesce.done(ident)
