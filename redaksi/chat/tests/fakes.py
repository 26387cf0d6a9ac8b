"""A local WhatsApp Cloud API and Telegram Bot API for tests, and webhook helpers.

Other desks' tests import this module (it is test code, never production code):

    with fake_chat_api() as api:          # settings point at it while inside
        ...
        api.whatsapp_sent  # recorded request bodies, oldest first

``api.fail_next(platform, status, body)`` makes the next send(s) answer with an
error, e.g. 429, 500, WhatsApp's 131026 "undeliverable" or Telegram's 403.
"""

import hashlib
import hmac
import itertools
import json
import threading
import time
from collections import deque
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
from django.test import override_settings

PHONE_NUMBER_ID = "1098765432"
ACCESS_TOKEN = "test-whatsapp-token"
BOT_TOKEN = "12345:test-telegram-token"
APP_SECRET = "test-app-secret"
VERIFY_TOKEN = "test-verify-token"
TELEGRAM_SECRET = "test-telegram-secret"

WHATSAPP_OPTED_OUT = {
    "error": {
        "message": "Unable to deliver the message. This recipient has chosen to stop "
        "receiving messages on WhatsApp from your business.",
        "type": "OAuthException",
        "code": 131050,
        "fbtrace_id": "Afake",
    }
}
WHATSAPP_UNDELIVERABLE = {
    "error": {"message": "Message Undeliverable.", "type": "OAuthException", "code": 131026}
}
WHATSAPP_RATE_LIMITED = {
    "error": {"message": "Rate limit hit", "type": "OAuthException", "code": 130429}
}
WHATSAPP_WINDOW_CLOSED = {
    "error": {
        "message": "Re-engagement message",
        "type": "OAuthException",
        "code": 131047,
    }
}
TELEGRAM_BLOCKED = {
    "ok": False,
    "error_code": 403,
    "description": "Forbidden: bot was blocked by the user",
}
TELEGRAM_TOO_MANY = {
    "ok": False,
    "error_code": 429,
    "description": "Too Many Requests: retry after 1",
    "parameters": {"retry_after": 1},
}


class FakeChatApi:
    def __init__(self) -> None:
        self.whatsapp_sent: list[dict] = []
        self.telegram_sent: list[dict] = []
        self.requests: list[tuple[str, dict, dict]] = []
        self._failures: dict[str, deque] = {"whatsapp": deque(), "telegram": deque()}
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        # Where to post WhatsApp's "sent" status webhooks, as Meta does after a send.
        self.status_webhook_url = ""
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def fail_next(self, platform: str, status: int, body: dict, times: int = 1) -> None:
        for _ in range(times):
            self._failures[platform].append((status, body))

    def sent_texts(self, platform: str = "whatsapp") -> list[str]:
        """What readers saw, in order: text bodies, button bodies, template names."""
        texts = []
        for body in self.whatsapp_sent if platform == "whatsapp" else self.telegram_sent:
            if "text" in body and isinstance(body["text"], dict):
                texts.append(body["text"]["body"])
            elif body.get("type") == "interactive":
                texts.append(body["interactive"]["body"]["text"])
            elif body.get("type") == "template":
                texts.append(f"template:{body['template']['name']}")
            else:
                texts.append(body.get("text", ""))
        return texts

    def _answer(self, path: str, headers: dict, body: dict) -> tuple[int, dict]:
        with self._lock:
            self.requests.append((path, headers, body))
            if path == f"/{PHONE_NUMBER_ID}/messages":
                if headers.get("authorization") != f"Bearer {ACCESS_TOKEN}":
                    return 401, {"error": {"message": "Invalid OAuth access token", "code": 190}}
                if self._failures["whatsapp"]:
                    return self._failures["whatsapp"].popleft()
                if body.get("messaging_product") != "whatsapp" or "to" not in body:
                    return 400, {"error": {"message": "Invalid parameter", "code": 100}}
                self.whatsapp_sent.append(body)
                message_id = f"wamid.fake{next(self._ids)}"
                if self.status_webhook_url:
                    threading.Thread(
                        target=self._post_status, args=(message_id, body), daemon=True
                    ).start()
                return 200, {
                    "messaging_product": "whatsapp",
                    "contacts": [{"input": body["to"], "wa_id": body["to"]}],
                    "messages": [{"id": message_id}],
                }
            if path == f"/bot{BOT_TOKEN}/sendMessage":
                if self._failures["telegram"]:
                    return self._failures["telegram"].popleft()
                if "chat_id" not in body or not body.get("text"):
                    return 400, {"ok": False, "error_code": 400, "description": "Bad Request"}
                self.telegram_sent.append(body)
                return 200, {
                    "ok": True,
                    "result": {
                        "message_id": next(self._ids),
                        "chat": {"id": body["chat_id"]},
                        "date": int(time.time()),
                        "text": body["text"],
                    },
                }
            return 404, {"error": {"message": "Unknown path", "code": 404}}

    def _post_status(self, message_id: str, sent: dict) -> None:
        status = {
            "id": message_id,
            "status": "sent",
            "timestamp": str(int(time.time())),
            "recipient_id": sent["to"],
        }
        if "biz_opaque_callback_data" in sent:
            status["biz_opaque_callback_data"] = sent["biz_opaque_callback_data"]
        body = whatsapp_body(statuses=[status])
        try:
            httpx.post(
                self.status_webhook_url,
                content=body,
                headers={"Content-Type": "application/json", "X-Hub-Signature-256": sign(body)},
                timeout=10,
            )
        except httpx.HTTPError:
            pass  # Meta retries; this fake does not

    def _handler_class(self):
        api = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802 (http.server's name)
                length = int(self.headers.get("Content-Length") or 0)
                try:
                    body = json.loads(self.rfile.read(length) or b"{}")
                except ValueError:
                    body = {}
                headers = {key.lower(): value for key, value in self.headers.items()}
                status, answer = api._answer(self.path, headers, body)
                data = json.dumps(answer).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        return Handler

    def start(self) -> "FakeChatApi":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def chat_settings(base_url: str) -> dict:
    return {
        "WHATSAPP_API_BASE_URL": base_url,
        "WHATSAPP_ACCESS_TOKEN": ACCESS_TOKEN,
        "WHATSAPP_PHONE_NUMBER_ID": PHONE_NUMBER_ID,
        "WHATSAPP_APP_SECRET": APP_SECRET,
        "WHATSAPP_VERIFY_TOKEN": VERIFY_TOKEN,
        "TELEGRAM_API_BASE_URL": base_url,
        "TELEGRAM_BOT_TOKEN": BOT_TOKEN,
        "TELEGRAM_WEBHOOK_SECRET": TELEGRAM_SECRET,
        "REDAKSI_CHAT_RETRY_SECONDS": 30,
    }


@contextmanager
def fake_chat_api():
    api = FakeChatApi().start()
    try:
        with override_settings(**chat_settings(api.base_url)):
            yield api
    finally:
        api.stop()


# --- Webhook bodies and signatures, as the platforms send them


def sign(body: bytes, secret: str = APP_SECRET) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def whatsapp_body(
    *,
    messages: list[dict] | None = None,
    statuses: list[dict] | None = None,
    names: dict[str, str] | None = None,
) -> bytes:
    value: dict = {
        "messaging_product": "whatsapp",
        "metadata": {"display_phone_number": "6281100000000", "phone_number_id": PHONE_NUMBER_ID},
    }
    if names:
        value["contacts"] = [{"profile": {"name": n}, "wa_id": w} for w, n in names.items()]
    if messages:
        value["messages"] = messages
    if statuses:
        value["statuses"] = statuses
    body = {
        "object": "whatsapp_business_account",
        "entry": [{"id": "102290129340398", "changes": [{"value": value, "field": "messages"}]}],
    }
    return json.dumps(body).encode()


def whatsapp_text(sender: str, text: str, message_id: str, timestamp: int | None = None) -> dict:
    return {
        "from": sender,
        "id": message_id,
        "timestamp": str(timestamp or int(time.time())),
        "type": "text",
        "text": {"body": text},
    }


def whatsapp_button(sender: str, payload: str, title: str, message_id: str) -> dict:
    return {
        "from": sender,
        "id": message_id,
        "timestamp": str(int(time.time())),
        "type": "interactive",
        "interactive": {"type": "button_reply", "button_reply": {"id": payload, "title": title}},
    }


def post_whatsapp(client, body: bytes, *, signature: str | None = None):
    return client.post(
        "/tipline/whatsapp/",
        data=body,
        content_type="application/json",
        headers={"X-Hub-Signature-256": signature if signature is not None else sign(body)},
    )


def telegram_update(chat_id: int, text: str, update_id: int, first_name: str = "Pembaca") -> dict:
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id * 10,
            "from": {"id": chat_id, "is_bot": False, "first_name": first_name},
            "chat": {"id": chat_id, "type": "private", "first_name": first_name},
            "date": int(time.time()),
            "text": text,
        },
    }


def post_telegram(client, update: dict, *, secret: str = TELEGRAM_SECRET):
    return client.post(
        "/tipline/telegram/",
        data=json.dumps(update).encode(),
        content_type="application/json",
        headers={"X-Telegram-Bot-Api-Secret-Token": secret},
    )
