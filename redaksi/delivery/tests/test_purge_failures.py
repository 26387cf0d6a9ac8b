"""A publish is never undone, nor turned into an error, by a cache copy that will not go away."""

import time

import pytest

from redaksi.delivery import nginxcache, tasks
from redaksi.delivery.middleware import NGINX_KEY_HEADER

pytestmark = pytest.mark.django_db

NEW_TITLE = "Banjir rob surut, warga kembali ke rumah"


def _metric(client, layer: str) -> float:
    name = f'redaksi_purge_failures_total{{layer="{layer}"}}'
    for line in client.get("/metrics").content.decode().splitlines():
        if line.startswith(name + " "):
            return float(line.split()[-1])
    return 0.0


def _through_nginx(client, url: str) -> str:
    """A request as nginx forwards it; returns the file nginx would keep the answer in."""
    key = f"http://portal.test{url}"
    client.get(url, HTTP_HOST="portal.test", **{NGINX_KEY_HEADER: key})
    return key


def _until(condition, seconds: float = 10) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_undeletable_nginx_copy_is_reported_and_retried(
    client, page_cache, story, publish, settings, tmp_path, monkeypatch
):
    monkeypatch.setattr(nginxcache, "RETRY_SECONDS", (0.3,) * 100)
    settings.REDAKSI_NGINX_CACHE_DIR = str(tmp_path / "nginx")
    url = story.get_url()
    key = _through_nginx(client, url)
    copy = nginxcache.cache_file(nginxcache.member(key, settings.REDAKSI_NGINX_CACHE_DIR))
    # Something unlink() cannot remove, whoever runs the test (root included).
    (copy / "blocker").mkdir(parents=True)
    failures = _metric(client, "nginx")

    published = publish(story, title=NEW_TITLE)

    assert published.title == NEW_TITLE and published.live
    assert NEW_TITLE in client.get(url).content.decode()
    assert _metric(client, "nginx") > failures
    # Once the obstacle is gone, the background retry deletes nginx's copy.
    (copy / "blocker").rmdir()
    copy.rmdir()
    copy.write_text("the old page, as nginx stored it")
    assert _until(lambda: not copy.exists()), "the retry never deleted nginx's copy"


def test_a_process_without_the_setting_deletes_copies_another_one_recorded(
    client, page_cache, story, publish, settings, tmp_path
):
    settings.REDAKSI_NGINX_CACHE_DIR = str(tmp_path / "nginx")
    key = _through_nginx(client, story.get_url())
    copy = nginxcache.cache_file(nginxcache.member(key, settings.REDAKSI_NGINX_CACHE_DIR))
    copy.parent.mkdir(parents=True)
    copy.write_text("the old page, as nginx stored it")
    # `redaksi shell` started without REDAKSI_NGINX_CACHE_DIR publishes.
    settings.REDAKSI_NGINX_CACHE_DIR = ""
    publish(story, title=NEW_TITLE)
    assert not copy.exists()


def test_unreachable_cache_does_not_fail_the_publish_and_is_retried(
    client, page_cache, story, publish, monkeypatch
):
    from redaksi.delivery import pagecache

    monkeypatch.setattr(tasks, "PURGE_RETRY_SECONDS", (0.3,) * 100)
    client.get(story.get_url())
    real_take = pagecache._take_members
    down = {"yes": True}

    def take(keys, at):
        if down["yes"]:
            raise ConnectionError("Redis is restarting")
        return real_take(keys, at)

    monkeypatch.setattr(pagecache, "_take_members", take)
    failures = _metric(client, "app")
    published = publish(story, title=NEW_TITLE)
    assert published.live and published.title == NEW_TITLE
    assert _metric(client, "app") > failures
    down["yes"] = False
    assert _until(lambda: NEW_TITLE in client.get(story.get_url()).content.decode())


def test_pages_through_nginx_without_the_setting_are_reported(
    client, page_cache, story, settings, caplog
):
    settings.REDAKSI_NGINX_CACHE_DIR = ""
    nginxcache._warned_without_dir.clear()
    with caplog.at_level("WARNING", logger="redaksi.delivery.nginxcache"):
        _through_nginx(client, story.get_url())
    assert "REDAKSI_NGINX_CACHE_DIR tidak diatur di sini" in caplog.text
