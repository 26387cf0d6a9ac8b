"""The shipped nginx configuration in front of gunicorn, for real.

nginx answers a public page from its own cache the second time; a publish made
in another process (``redaksi shell``) reaches readers through nginx at once.
Skipped when Debian's nginx is not installed, unless REDAKSI_REQUIRE_NGINX=1.
"""

import os
import time
import urllib.request

import pytest

from tests.stack import Stack, nginx_available


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    if not nginx_available():
        if os.environ.get("REDAKSI_REQUIRE_NGINX") == "1":
            pytest.fail("nginx is not installed (apt-get install nginx)")
        pytest.skip("nginx is not installed")
    running = Stack(tmp_path_factory.mktemp("redaksi-nginx"))
    try:
        running.prepare(demo=False)
        running.start_app()
        running.start_nginx()
        yield running
    finally:
        running.stop()


def fetch(url: str) -> tuple[dict, str]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return dict(response.headers), response.read().decode()


def story_url(stack: Stack) -> str:
    return stack.shell(
        "from redaksi.newsroom.api import ArticlePage\n"
        "print(ArticlePage.objects.live().get(title__startswith='Harga cabai').get_url())"
    )


def until_visible(url: str, text: str) -> tuple[dict, str]:
    """Purges reach other processes through the purge log, polled every 100 ms."""
    deadline = time.monotonic() + 10
    while True:
        headers, body = fetch(url)
        if text in body or time.monotonic() > deadline:
            return headers, body
        time.sleep(0.05)


def test_nginx_answers_the_second_request_from_its_cache(stack):
    url = stack.nginx_url + story_url(stack)
    first, body = fetch(url)
    second, again = fetch(url)
    assert first["X-Cache"] in {"MISS", "HIT"}
    assert second["X-Cache"] == "HIT-nginx", repr((first, second))
    assert again == body and "Harga cabai naik menjelang Lebaran" in body
    assert "s-maxage=" in second["Cache-Control"]


def test_publish_in_another_process_is_visible_through_nginx(stack):
    path = story_url(stack)
    for url in (stack.nginx_url + path, stack.nginx_url + "/", stack.nginx_url + "/tag/pangan/"):
        fetch(url)
        assert fetch(url)[0]["X-Cache"] == "HIT-nginx"
    stack.shell(
        "from redaksi.newsroom.api import ArticlePage, publish_article\n"
        "story = ArticlePage.objects.get(title__startswith='Harga cabai')\n"
        "draft = story.get_latest_revision_as_object()\n"
        "draft.title = 'Harga cabai turun setelah operasi pasar'\n"
        "draft.save_revision()\n"
        "publish_article(draft)\n"
        "print('ok')"
    )
    for url in (stack.nginx_url + path, stack.nginx_url + "/", stack.nginx_url + "/tag/pangan/"):
        headers, body = until_visible(url, "Harga cabai turun setelah operasi pasar")
        assert "Harga cabai turun setelah operasi pasar" in body, url
        assert "Harga cabai naik menjelang Lebaran" not in body, url


def test_editors_pass_through_nginx_uncached(stack):
    request = urllib.request.Request(
        stack.nginx_url + "/", headers={"Cookie": "sessionid=not-a-real-session"}
    )
    with urllib.request.urlopen(request, timeout=10) as response:
        assert response.headers["X-Cache"] != "HIT-nginx"
        assert "private" in response.headers["Cache-Control"]


def test_health_and_static_files_through_nginx(stack):
    headers, body = fetch(stack.nginx_url + "/healthz")
    assert '"status": "ok"' in body
    assert "no-store" in headers["Cache-Control"]
