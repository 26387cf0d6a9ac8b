"""A WhatsApp Cloud API stand-in for the fan-out benchmark, in a process of its own.

It answers like chat's test fake (200 with a message id) and counts: GET /stats
gives how many messages arrived, when the first and last did, and how many
recipients got more than one.
"""

import json
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

lock = threading.Lock()
seen: Counter = Counter()
stamps = {"first": None, "last": None}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _reply(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):  # noqa: N802
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)))
        now = time.time()
        with lock:
            seen[body.get("to")] += 1
            stamps["first"] = stamps["first"] or now
            stamps["last"] = now
            n = sum(seen.values())
        self._reply(200, {"messaging_product": "whatsapp", "messages": [{"id": f"wamid.b{n}"}]})

    def do_GET(self):  # noqa: N802
        with lock:
            stats = {
                "messages": sum(seen.values()),
                "recipients": len(seen),
                "repeated": sum(n - 1 for n in seen.values() if n > 1),
                **stamps,
            }
        self._reply(200, stats)

    def log_message(self, *args):
        pass


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler)
    server.daemon_threads = True
    server.serve_forever()
