"""Local servers on 127.0.0.1 that speak each channel's protocol: a partner's webhook
receiver checking our signature, an SMTP server, a push service that decrypts, a WebSub hub."""

import base64
import hashlib
import hmac
import json
import os
import socket
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

PARTNER_SECRET = "rahasia-mitra-uji"


class PartnerReceiver:
    def __init__(self, secret: str = PARTNER_SECRET) -> None:
        self.secret = secret
        self.accepted: list[dict] = []
        self.rejected: list[str] = []
        self.delivery_ids: list[str] = []
        self.answers: list[int] = []  # statuses to answer next, before accepting
        self.lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/hooks/redaksi"

    def verify(self, headers, body: bytes) -> bool:
        timestamp = headers.get("X-Redaksi-Timestamp", "")
        expected = hmac.new(
            self.secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256
        ).hexdigest()
        return hmac.compare_digest(headers.get("X-Redaksi-Signature", ""), "sha256=" + expected)

    def _handler(self):
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                with receiver.lock:
                    if receiver.answers:
                        status = receiver.answers.pop(0)
                    elif not receiver.verify(self.headers, body):
                        receiver.rejected.append(body.decode())
                        status = 401
                    else:
                        receiver.accepted.append(json.loads(body))
                        receiver.delivery_ids.append(self.headers["X-Redaksi-Delivery"])
                        status = 204
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        return Handler


@contextmanager
def partner_receiver(secret: str = PARTNER_SECRET):
    receiver = PartnerReceiver(secret)
    receiver.thread.start()
    try:
        yield receiver
    finally:
        receiver.server.shutdown()
        receiver.server.server_close()


# --- A real SMTP server (aiosmtpd) that keeps what it receives


@contextmanager
def smtp_server():
    from email import message_from_bytes, policy

    from aiosmtpd.controller import Controller

    class Keep:
        def __init__(self):
            self.messages = []

        async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's name)
            self.messages.append(
                (envelope.rcpt_tos, message_from_bytes(envelope.content, policy=policy.default))
            )
            return "250 OK"

    handler = Keep()
    with socket.socket() as probe:  # aiosmtpd wants a port number it can connect to itself
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield controller.port, handler.messages
    finally:
        controller.stop()


# --- A push service endpoint holding the browser's keys: it decrypts what we send


class PushService:
    def __init__(self) -> None:
        from cryptography.hazmat.primitives import serialization
        from cryptography.hazmat.primitives.asymmetric import ec

        self.browser_key = ec.generate_private_key(ec.SECP256R1())
        self.auth = os.urandom(16)
        public = self.browser_key.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
        self.p256dh = base64.urlsafe_b64encode(public).rstrip(b"=").decode()
        self.auth_b64 = base64.urlsafe_b64encode(self.auth).rstrip(b"=").decode()
        self.received: list[dict] = []
        self.headers: list[dict] = []
        self.answer_status = 201
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def endpoint(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/push/abc123"

    def subscription(self) -> dict:
        return {"endpoint": self.endpoint, "keys": {"p256dh": self.p256dh, "auth": self.auth_b64}}

    def _handler(self):
        service = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                import http_ece

                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                service.headers.append(dict(self.headers))
                status = service.answer_status
                if status < 300:
                    plain = http_ece.decrypt(
                        body,
                        private_key=service.browser_key,
                        auth_secret=service.auth,
                        version="aes128gcm",
                    )
                    service.received.append(json.loads(plain))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        return Handler


@contextmanager
def push_service():
    service = PushService()
    service.thread.start()
    try:
        yield service
    finally:
        service.server.shutdown()
        service.server.server_close()


class Hub:
    """A WebSub hub that records the publish pings (hub.mode=publish, hub.url=…)."""

    def __init__(self) -> None:
        self.pings: list[list[str]] = []
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}/hub"

    def _handler(self):
        hub = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
                form = parse_qs(body)
                ok = form.get("hub.mode") == ["publish"] and form.get("hub.url")
                if ok:
                    hub.pings.append(form["hub.url"])
                self.send_response(204 if ok else 400)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        return Handler


@contextmanager
def websub_hub():
    hub = Hub()
    hub.thread.start()
    try:
        yield hub
    finally:
        hub.server.shutdown()
        hub.server.server_close()
