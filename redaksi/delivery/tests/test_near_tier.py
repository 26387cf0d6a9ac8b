"""With Redis, each process keeps the pages it serves in memory too; purges elsewhere reach it."""

import time

import pytest
from django.core.cache import caches

from redaksi.delivery import neartier, pagecache

pytestmark = pytest.mark.django_db


@pytest.fixture
def shared(page_cache):
    if not pagecache._shared():
        pytest.skip("needs REDIS_URL: the in-process tier sits in front of Redis")


def test_a_purge_by_another_process_reaches_this_processes_memory(client, shared, story, settings):
    url = story.get_url()
    client.get(url)
    assert client.get(url)["X-Cache"] == "HIT"  # now kept in this process's memory too
    # What a purge in another process does to Redis: a new generation, the entry gone.
    cache = caches["default"]
    pagecache._redis().incr(cache.make_key(neartier.GENERATION))
    cache.delete(pagecache._ENTRY + pagecache._digest(pagecache.identity(_meta(url))))
    time.sleep(settings.REDAKSI_PURGE_LOG_POLL_SECONDS + 0.05)
    assert client.get(url)["X-Cache"] == "MISS"


def test_hits_do_not_read_the_page_from_redis_again(client, shared, story, monkeypatch):
    url = story.get_url()
    client.get(url)
    client.get(url)
    reads = []
    real_get = caches["default"].get
    monkeypatch.setattr(
        caches["default"], "get", lambda *a, **k: reads.append(a) or real_get(*a, **k)
    )
    assert client.get(url)["X-Cache"] == "HIT"
    assert not [a for a in reads if str(a[0]).startswith("pc:e:")]


def _meta(url: str) -> dict:
    return {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": url,
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "80",
    }
