"""Fixtures for the ingest desk: newsroom users, a local web server, stories on disk.

The web server is a real HTTP server on 127.0.0.1, so fetching, redirects,
content types and multi-page stories are exercised without the internet.
"""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from redaksi.newsroom.tests.conftest import editor, login, make_user, reporter  # noqa: F401

from .stories import story_html


class LocalSite:
    """Routes of a local web server: path -> (content type, body bytes)."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.routes: dict[str, tuple[str, bytes]] = {}
        self.requests: list[tuple[str, str]] = []

    def add(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8"):
        self.routes[path] = (content_type, body.encode("utf-8") if isinstance(body, str) else body)
        return self.base_url + path

    def url(self, path: str) -> str:
        return self.base_url + path


@pytest.fixture
def local_site(settings):
    """A web server on 127.0.0.1, let in as an intranet wire would be (fetches refuse loopback)."""
    settings.REDAKSI_INGEST_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    site: LocalSite

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's naming)
            site.requests.append((self.path, self.headers.get("User-Agent", "")))
            route = site.routes.get(self.path)
            if route is None:
                self.send_response(404)
                self.end_headers()
                return
            content_type, body = route
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    site = LocalSite(f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield site
    server.shutdown()
    server.server_close()


@pytest.fixture
def story_file(tmp_path):
    """Write a story page to disk; returns its path as a string."""

    def write(name: str = "berita.html", **fields) -> str:
        path = tmp_path / name
        path.write_text(story_html(**fields), encoding="utf-8")
        return str(path)

    return write
