"""Sending: written with the caller's transaction, retried with backoff, never lost."""

from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone

from redaksi.chat import api
from redaksi.chat.models import Contact, OutboundMessage

from .fakes import (
    TELEGRAM_BLOCKED,
    TELEGRAM_TOO_MANY,
    WHATSAPP_OPTED_OUT,
    WHATSAPP_RATE_LIMITED,
    WHATSAPP_UNDELIVERABLE,
    WHATSAPP_WINDOW_CLOSED,
)

pytestmark = pytest.mark.django_db

UPDATE = api.Reply(
    text="Hasil cek fakta baru: Foto hiu di jalan tol — HOAKS",
    template=api.Template("cek_fakta_update", "id", ("Foto hiu di jalan tol", "HOAKS")),
)


def _reader_wrote(number: str, hours_ago: float) -> None:
    Contact.objects.update_or_create(
        platform="whatsapp",
        address=number,
        defaults={"last_inbound_at": timezone.now() - timedelta(hours=hours_ago)},
    )


def _make_due() -> None:
    OutboundMessage.objects.filter(status="pending").update(next_attempt_at=timezone.now())


def test_same_idempotency_key_queues_once(chat_api, deliver):
    _reader_wrote("6281", 1)
    first = deliver(lambda: api.send("whatsapp", "6281", UPDATE, idempotency_key="fc:1:6281"))
    second = deliver(lambda: api.send("whatsapp", "6281", UPDATE, idempotency_key="fc:1:6281"))
    assert first == second
    assert len(chat_api.whatsapp_sent) == 1
    assert api.delivery_state("fc:1:6281") == "sent"


def test_nothing_is_sent_when_the_callers_transaction_rolls_back(
    chat_api, django_capture_on_commit_callbacks
):
    from django.db import transaction

    with django_capture_on_commit_callbacks(execute=True):
        try:
            with transaction.atomic():
                api.send("telegram", "42", UPDATE, idempotency_key="rolled-back")
                raise RuntimeError("publish failed")
        except RuntimeError:
            pass
    assert not OutboundMessage.objects.exists()
    assert chat_api.telegram_sent == []


def test_failed_send_is_retried_with_backoff_until_it_goes_out(chat_api, deliver):
    _reader_wrote("6282", 1)
    chat_api.fail_next("whatsapp", 500, {"error": {"message": "oops", "code": 1}})
    chat_api.fail_next("whatsapp", 400, WHATSAPP_RATE_LIMITED)
    deliver(lambda: api.send("whatsapp", "6282", UPDATE, idempotency_key="k2"))
    row = OutboundMessage.objects.get()
    assert (row.status, row.attempts) == ("pending", 1)
    wait = (row.next_attempt_at - timezone.now()).total_seconds()
    assert 25 < wait <= 30
    assert api.send_due() == 0  # not yet due
    _make_due()
    api.send_due()
    row.refresh_from_db()
    assert (row.status, row.attempts) == ("pending", 2)
    assert 55 < (row.next_attempt_at - timezone.now()).total_seconds() <= 60  # doubled
    _make_due()
    api.send_due()
    row.refresh_from_db()
    assert (row.status, row.attempts) == ("sent", 3)
    assert len(chat_api.whatsapp_sent) == 1


def test_an_unreachable_api_is_retried_too(chat_api, deliver):
    with override_settings(TELEGRAM_API_BASE_URL="http://127.0.0.1:9"):
        deliver(lambda: api.send("telegram", "42", UPDATE, idempotency_key="k3"))
    row = OutboundMessage.objects.get()
    assert row.status == "pending" and "ConnectError" in row.last_error
    _make_due()
    api.send_due()
    assert OutboundMessage.objects.get().status == "sent"


def test_after_the_last_attempt_the_message_is_dead_not_deleted(chat_api, deliver):
    with override_settings(REDAKSI_CHAT_MAX_ATTEMPTS=2):
        chat_api.fail_next("telegram", 429, TELEGRAM_TOO_MANY, times=2)
        deliver(lambda: api.send("telegram", "43", UPDATE, idempotency_key="k4"))
        row = OutboundMessage.objects.get()
        assert 0 < (row.next_attempt_at - timezone.now()).total_seconds() <= 1  # retry_after
        _make_due()
        api.send_due()
    row.refresh_from_db()
    assert (row.status, row.attempts) == ("dead", 2)
    assert "Too Many Requests" in row.last_error


@pytest.mark.parametrize(
    ("platform", "failure", "status"),
    [
        ("whatsapp", WHATSAPP_OPTED_OUT, 400),
        ("whatsapp", WHATSAPP_UNDELIVERABLE, 400),
        ("telegram", TELEGRAM_BLOCKED, 403),
    ],
)
def test_gone_recipients_are_reported_by_signal(chat_api, deliver, platform, failure, status):
    _reader_wrote("6283", 1)
    heard = []

    def listener(sender, platform, recipient, reason, **kwargs):
        heard.append((platform, recipient))

    api.recipient_gone.connect(listener)
    try:
        recipient = "6283" if platform == "whatsapp" else "777"
        chat_api.fail_next(platform, status, failure)
        deliver(lambda: api.send(platform, recipient, UPDATE, idempotency_key="k5"))
    finally:
        api.recipient_gone.disconnect(listener)
    assert heard == [(platform, recipient)]
    assert OutboundMessage.objects.get().status == "failed"


def test_whatsapp_outside_24_hours_sends_the_template(chat_api, deliver):
    _reader_wrote("6284", 30)
    deliver(lambda: api.send("whatsapp", "6284", UPDATE, idempotency_key="k6"))
    sent = chat_api.whatsapp_sent[0]
    assert sent["type"] == "template"
    assert sent["template"] == {
        "name": "cek_fakta_update",
        "language": {"code": "id"},
        "components": [
            {
                "type": "body",
                "parameters": [
                    {"type": "text", "text": "Foto hiu di jalan tol"},
                    {"type": "text", "text": "HOAKS"},
                ],
            }
        ],
    }


def test_whatsapp_inside_24_hours_sends_text(chat_api, deliver):
    _reader_wrote("6285", 23)
    deliver(lambda: api.send("whatsapp", "6285", UPDATE, idempotency_key="k7"))
    assert chat_api.whatsapp_sent[0]["type"] == "text"


def test_window_closed_error_falls_back_to_the_template(chat_api, deliver):
    _reader_wrote("6286", 1)  # our clock says open; WhatsApp's says closed
    chat_api.fail_next("whatsapp", 400, WHATSAPP_WINDOW_CLOSED)
    deliver(lambda: api.send("whatsapp", "6286", UPDATE, idempotency_key="k8"))
    assert chat_api.whatsapp_sent[0]["type"] == "template"
    assert OutboundMessage.objects.get().status == "sent"


def test_buttons_become_reply_buttons_and_inline_keyboards(chat_api, deliver):
    _reader_wrote("6287", 1)
    reply = api.Reply(
        text="Apakah jawaban ini membantu?",
        buttons=(api.Button("yes", "Membantu"), api.Button("no", "Tidak membantu")),
    )
    deliver(lambda: api.send("whatsapp", "6287", reply, idempotency_key="k9"))
    deliver(lambda: api.send("telegram", "44", reply, idempotency_key="k10"))
    interactive = chat_api.whatsapp_sent[0]["interactive"]
    assert interactive["action"]["buttons"][1] == {
        "type": "reply",
        "reply": {"id": "no", "title": "Tidak membantu"},
    }
    assert chat_api.telegram_sent[0]["reply_markup"] == {
        "inline_keyboard": [
            [{"text": "Membantu", "callback_data": "yes"}],
            [{"text": "Tidak membantu", "callback_data": "no"}],
        ]
    }
