"""A WhatsApp Cloud API stand-in for the fan-out benchmark, in a process of its own.

It answers ``POST /<version>/<phone-number-id>/messages`` like the Cloud API (200 with
a message id; 401 without the bearer token) and counts: ``GET /stats`` gives how many
messages arrived, when the first and last did, and how many recipients got more than
one. It runs on one asyncio event loop (aiohttp), so at the rates measured here the
stand-in is not what limits the figure; a thread-per-connection server was, at about
350 requests a second.
"""

import json
import sys
import time
from collections import Counter

from aiohttp import web

TOKEN = "Bearer bench"
seen: Counter = Counter()
stamps: dict = {"first": None, "last": None}


async def messages(request: web.Request) -> web.Response:
    if request.headers.get("Authorization") != TOKEN:
        return web.json_response({"error": {"code": 190, "message": "Invalid token"}}, status=401)
    body = json.loads(await request.read())
    now = time.time()
    seen[body.get("to")] += 1
    stamps["first"] = stamps["first"] or now
    stamps["last"] = now
    count = stamps["count"] = stamps.get("count", 0) + 1
    return web.json_response(
        {
            "messaging_product": "whatsapp",
            "contacts": [{"input": body.get("to"), "wa_id": body.get("to")}],
            "messages": [{"id": f"wamid.bench{count}"}],
        }
    )


async def stats(request: web.Request) -> web.Response:
    return web.json_response(
        {
            "messages": sum(seen.values()),
            "recipients": len(seen),
            "repeated": sum(n - 1 for n in seen.values() if n > 1),
            "first": stamps["first"],
            "last": stamps["last"],
        }
    )


async def reset(request: web.Request) -> web.Response:
    seen.clear()
    stamps.clear()
    stamps.update(first=None, last=None, count=0)
    return web.json_response({"ok": True})


if __name__ == "__main__":
    app = web.Application()
    app.router.add_post("/{version}/{phone}/messages", messages)
    app.router.add_get("/stats", stats)
    app.router.add_post("/reset", reset)
    web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), access_log=None, print=None)
