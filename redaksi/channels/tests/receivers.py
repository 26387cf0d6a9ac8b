"""A partner's webhook receiver on 127.0.0.1 that checks our signature as a partner would."""

import hashlib
import hmac
import json
import threading
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

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
