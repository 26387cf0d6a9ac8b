"""What operators and CDNs see: /healthz, /metrics, and purges reaching a Varnish."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from redaksi.delivery import views

pytestmark = pytest.mark.django_db


class FakeVarnish(BaseHTTPRequestHandler):
    """Answers PURGE like Varnish does and remembers what was purged."""

    purged: list[tuple[str, str]] = []

    def do_PURGE(self):  # noqa: N802 - the HTTP method's name
        FakeVarnish.purged.append((self.headers["Host"], self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def varnish(settings):
    FakeVarnish.purged = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeVarnish)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield FakeVarnish.purged
    server.shutdown()


def test_publish_purges_story_home_section_and_tag_at_the_cdn(
    client, page_cache, story, publish, varnish
):
    client.get("/tag/banjir/", HTTP_HOST="portal.test")  # an address only the page cache knows
    publish(story, title="Banjir rob surut")
    site_paths = {path for host, path in varnish if host == "localhost"}  # the Wagtail site
    assert {story.get_url(), "/", "/news/", "/tag/banjir/"} <= site_paths
    assert ("portal.test", "/tag/banjir/") in varnish


def test_healthz_reports_database_and_cache(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok", "cache": "ok"}}
    assert "no-store" in response["Cache-Control"]


def test_healthz_is_503_when_the_cache_is_down(client, monkeypatch):
    def broken():
        raise ConnectionError("redis unreachable")

    monkeypatch.setattr(views, "_check_cache", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["checks"]["cache"].startswith("error: ConnectionError")


def _metric(text: str, name: str) -> float:
    for line in text.splitlines():
        if line.startswith(name + " "):
            return float(line.split()[-1])
    return 0.0


def test_metrics_count_hits_misses_and_publish_to_visible(client, page_cache, story, publish):
    before = client.get("/metrics").content.decode()
    client.get(story.get_url())
    client.get(story.get_url())
    publish(story, title="Banjir rob surut")
    after = client.get("/metrics").content.decode()
    hit = 'redaksi_page_cache_requests_total{result="hit"}'
    miss = 'redaksi_page_cache_requests_total{result="miss"}'
    published = 'redaksi_publish_to_visible_seconds_count{layer="app"}'
    assert _metric(after, hit) == _metric(before, hit) + 1
    assert _metric(after, miss) == _metric(before, miss) + 1
    assert _metric(after, published) == _metric(before, published) + 1
    assert 'redaksi_http_requests_total{status="200",view="page-cache"}' in after


def test_metrics_need_the_token_when_one_is_set(client, settings):
    settings.REDAKSI_METRICS_TOKEN = "rahasia-metrik"
    assert client.get("/metrics").status_code == 401
    response = client.get("/metrics", headers={"Authorization": "Bearer rahasia-metrik"})
    assert response.status_code == 200


def test_metrics_trust_a_network_only_for_direct_callers(client, settings):
    settings.REDAKSI_METRICS_NETWORKS = ["127.0.0.0/8"]
    assert client.get("/metrics", REMOTE_ADDR="127.0.0.1").status_code == 200
    assert client.get("/metrics", REMOTE_ADDR="203.0.113.9").status_code == 401
    # Through nginx every reader arrives from 127.0.0.1: the forwarded address is not trusted.
    through_nginx = client.get(
        "/metrics", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9"
    )
    assert through_nginx.status_code == 401
