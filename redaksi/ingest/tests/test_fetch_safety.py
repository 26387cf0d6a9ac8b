"""Server-side fetches reach only the public internet, whatever a feed or a page links to."""

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.urls import reverse

from redaksi.ingest.fetch import FetchError, fetch
from redaksi.ingest.models import WireFeed, WireItem
from redaksi.newsroom.models import ArticlePage

pytestmark = pytest.mark.django_db


class Server:
    """A web server on one loopback address that records who asked for what."""

    def __init__(self, host: str) -> None:
        self.routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
        self.requests: list[tuple[str, str]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's naming)
                server.requests.append((self.path, self.headers.get("Host", "")))
                status, headers, body = server.routes.get(self.path, (404, {}, b""))
                self.send_response(status)
                for name, value in {**headers, "Content-Length": str(len(body))}.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer((host, 0), Handler)
        self.port = self.httpd.server_address[1]
        self.base = f"http://{host}:{self.port}"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def page(self, path: str, body: str) -> str:
        self.routes[path] = (200, {"Content-Type": "text/html; charset=utf-8"}, body.encode())
        return self.base + path

    def redirect(self, path: str, target: str) -> str:
        self.routes[path] = (302, {"Location": target}, b"")
        return self.base + path

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def public_server():
    """Stands for a public site: 127.0.0.1, which the tests let in as an allowed network."""
    server = Server("127.0.0.1")
    yield server
    server.close()


@pytest.fixture
def internal_server():
    """Stands for a machine inside our network: 127.0.0.2, never let in."""
    server = Server("127.0.0.2")
    server.page("/rahasia", "<p>internal</p>")
    yield server
    server.close()


@pytest.fixture
def allow_public(settings):
    settings.REDAKSI_INGEST_ALLOWED_NETWORKS = ["127.0.0.1/32"]


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://127.1.2.3:8080/admin/",
        "http://10.0.0.1/",
        "http://172.16.5.4/",
        "http://192.168.1.1/",
        "http://169.254.169.254/latest/meta-data/",
        "http://100.100.100.200/",
        "http://100.64.0.1/",
        "http://0.0.0.0/",
        "http://224.0.0.1/",
        "http://240.0.0.1/",
        "http://[::1]/",
        "http://[fe80::1]/",
        "http://[fd00:ec2::254]/",
        "http://[::ffff:127.0.0.1]/",
        "http://localhost/",
    ],
)
def test_internal_addresses_are_refused_before_connecting(url):
    with pytest.raises(FetchError, match="alamat internal"):
        fetch(url)


def test_an_internal_page_is_never_fetched(internal_server):
    with pytest.raises(FetchError, match="alamat internal"):
        fetch(internal_server.base + "/rahasia")
    assert internal_server.requests == []


def test_a_redirect_to_an_internal_address_is_refused(allow_public, public_server, internal_server):
    start = public_server.redirect("/pindah", internal_server.base + "/rahasia")
    with pytest.raises(FetchError, match="alamat internal"):
        fetch(start)
    assert public_server.requests and internal_server.requests == []


def test_a_redirect_to_cloud_metadata_is_refused_even_in_an_allowed_network(
    settings, public_server
):
    settings.REDAKSI_INGEST_ALLOWED_NETWORKS = ["127.0.0.1/32", "169.254.0.0/16"]
    start = public_server.redirect("/meta", "http://169.254.169.254/latest/meta-data/")
    with pytest.raises(FetchError, match="alamat internal"):
        fetch(start)


def test_public_redirects_are_followed(allow_public, public_server):
    public_server.page("/baru", "<p>halaman baru</p>")
    fetched = fetch(public_server.redirect("/lama", "/baru"))
    assert fetched.content == b"<p>halaman baru</p>"
    assert fetched.url == public_server.base + "/baru"


def _fake_dns(monkeypatch, answers: dict[str, list[list[str]]]) -> list[str]:
    """Answer for made-up names from ``answers`` (one list per lookup); the rest as usual."""
    real = socket.getaddrinfo
    asked: list[str] = []

    def getaddrinfo(host, port, *args, **kwargs):
        if host in answers:
            asked.append(host)
            rounds = answers[host]
            addresses = rounds[min(len(asked) - 1, len(rounds) - 1)]
            return [
                (
                    socket.AF_INET6 if ":" in a else socket.AF_INET,
                    socket.SOCK_STREAM,
                    6,
                    "",
                    (a, port),
                )
                for a in addresses
            ]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return asked


def test_a_name_with_any_internal_address_is_refused(monkeypatch, allow_public):
    _fake_dns(monkeypatch, {"campur.contoh.id": [["127.0.0.1", "10.1.2.3"]]})
    with pytest.raises(FetchError, match="10.1.2.3"):
        fetch("http://campur.contoh.id/")


def test_the_checked_address_is_the_one_connected_to(monkeypatch, allow_public, public_server):
    """DNS rebinding: a second lookup that answers an internal address is never made."""
    public_server.page("/berita", "<p>isi</p>")
    asked = _fake_dns(monkeypatch, {"kawat.contoh.id": [["127.0.0.1"], ["127.0.0.2"]]})
    fetched = fetch(f"http://kawat.contoh.id:{public_server.port}/berita")
    assert fetched.content == b"<p>isi</p>"
    assert asked == ["kawat.contoh.id"]
    assert public_server.requests == [("/berita", f"kawat.contoh.id:{public_server.port}")]
    assert fetched.url == f"http://kawat.contoh.id:{public_server.port}/berita"


def test_a_wire_item_linking_inside_our_network_is_drafted_from_its_summary(
    editor, login, newsroom, internal_server, settings
):
    settings.REDAKSI_INGEST_FETCH_LINKS = True
    feed = WireFeed.objects.create(
        name="Mitra", url="https://mitra.contoh.id/feed.xml", source_name="Mitra"
    )
    item = WireItem.objects.create(
        feed=feed,
        guid="ssrf-1",
        title="Jembatan Baru Diresmikan",
        summary="Jembatan penghubung dua desa diresmikan bupati.",
        link=internal_server.base + "/rahasia",
    )
    response = login(editor).post(reverse("ingest_inbox:make_draft", args=[item.pk]), follow=True)
    draft = ArticlePage.objects.get()
    assert "diresmikan bupati" in draft.body[0].value["content"][0].value.source
    assert "internal" not in str(draft.body.raw_data)
    assert internal_server.requests == []
    assert "hanya alamat publik" in response.content.decode()


def test_an_intranet_wire_can_be_let_in(settings, internal_server):
    settings.REDAKSI_INGEST_ALLOWED_NETWORKS = ["127.0.0.2/32"]
    assert fetch(internal_server.base + "/rahasia").content == b"<p>internal</p>"
