"""HTTPS through the checked address: the certificate is still checked against the site's name."""

import shutil
import socket
import ssl
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import certifi
import pytest

from redaksi.ingest.fetch import FetchError, fetch

NAME = "kawat.contoh.id"

pytestmark = pytest.mark.skipif(not shutil.which("openssl"), reason="needs the openssl command")


@pytest.fixture
def tls_site(tmp_path, monkeypatch, settings):
    """An HTTPS server on 127.0.0.1 with a certificate for NAME, trusted as the only CA."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-keyout", str(key), "-out", str(cert), "-subj", f"/CN={NAME}",
         "-addext", f"subjectAltName=DNS:{NAME}"],
        check=True, capture_output=True,
    )  # fmt: skip

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's naming)
            body = f"<p>{self.headers.get('Host')}</p>".encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    real = socket.getaddrinfo

    def getaddrinfo(host, port, *args, **kwargs):
        if host == NAME:
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("127.0.0.1", port))]
        return real(host, port, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(certifi, "where", lambda: str(cert))
    settings.REDAKSI_INGEST_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


def test_a_site_reached_at_its_checked_address_is_verified_by_its_name(tls_site):
    fetched = fetch(f"https://{NAME}:{tls_site}/berita")
    assert fetched.content == f"<p>{NAME}:{tls_site}</p>".encode()


def test_a_certificate_for_another_name_is_refused(tls_site):
    with pytest.raises(FetchError):
        fetch(f"https://127.0.0.1:{tls_site}/berita")
