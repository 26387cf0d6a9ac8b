"""The webhooks as WhatsApp and Telegram call them: signed, retried, sometimes malformed."""

import json

import pytest
from django.test import override_settings

from redaksi.chat.models import InboundMessage, OutboundMessage

from .fakes import (
    VERIFY_TOKEN,
    post_telegram,
    post_whatsapp,
    sign,
    telegram_update,
    whatsapp_body,
    whatsapp_button,
    whatsapp_text,
)

pytestmark = pytest.mark.django_db


def test_verification_handshake_echoes_the_challenge(client, chat_api):
    response = client.get(
        "/tipline/whatsapp/",
        {"hub.mode": "subscribe", "hub.verify_token": VERIFY_TOKEN, "hub.challenge": "1158201444"},
    )
    assert response.status_code == 200
    assert response.content == b"1158201444"
    wrong = client.get(
        "/tipline/whatsapp/",
        {"hub.mode": "subscribe", "hub.verify_token": "tebakan", "hub.challenge": "1"},
    )
    assert wrong.status_code == 403


def test_handshake_refused_when_no_verify_token_is_configured(client, chat_api):
    with override_settings(WHATSAPP_VERIFY_TOKEN=""):
        response = client.get(
            "/tipline/whatsapp/",
            {"hub.mode": "subscribe", "hub.verify_token": "", "hub.challenge": "1"},
        )
    assert response.status_code == 403


def test_a_signed_text_message_is_answered(client, chat_api, echo_handler, deliver):
    body = whatsapp_body(
        messages=[whatsapp_text("6281234567890", "vaksin", "wamid.A1")],
        names={"6281234567890": "Siti"},
    )
    response = deliver(lambda: post_whatsapp(client, body))
    assert response.status_code == 200
    assert echo_handler[0].sender_name == "Siti"
    assert chat_api.whatsapp_sent == [
        {
            "messaging_product": "whatsapp",
            "recipient_type": "individual",
            "to": "6281234567890",
            "type": "text",
            "text": {"preview_url": True, "body": "Anda menulis: vaksin"},
        }
    ]
    assert OutboundMessage.objects.get().status == "sent"


def test_signature_is_checked_against_the_raw_body(client, chat_api, echo_handler):
    body = whatsapp_body(messages=[whatsapp_text("628111", "halo", "wamid.B1")])
    # Same JSON, different bytes: a signature over re-serialised JSON must not pass.
    reformatted = json.dumps(json.loads(body), indent=2).encode()
    assert post_whatsapp(client, reformatted, signature=sign(body)).status_code == 403
    assert post_whatsapp(client, body, signature="sha256=" + "0" * 64).status_code == 403
    assert post_whatsapp(client, body, signature="").status_code == 403
    assert echo_handler == []
    assert not InboundMessage.objects.exists()


def test_unsigned_messages_refused_when_app_secret_is_unset(client, chat_api, echo_handler):
    body = whatsapp_body(messages=[whatsapp_text("628111", "halo", "wamid.C1")])
    with override_settings(WHATSAPP_APP_SECRET=""):
        assert post_whatsapp(client, body, signature=sign(body, "")).status_code == 403
    assert echo_handler == []


def test_a_retried_webhook_is_answered_once(client, chat_api, echo_handler, deliver):
    body = whatsapp_body(messages=[whatsapp_text("628222", "banjir", "wamid.D1")])
    for _ in range(3):
        assert deliver(lambda: post_whatsapp(client, body)).status_code == 200
    assert len(echo_handler) == 1
    assert len(chat_api.whatsapp_sent) == 1


@pytest.mark.parametrize(
    "raw",
    [
        b"not json",
        b"[]",
        b'{"entry": "nope"}',
        b'{"entry": [{"changes": [{"value": {"messages": [{"type": "text"}]}}]}]}',
        b'{"entry": [{"changes": [{"value": {"messages": [{"from": "1", "id": "x", '
        b'"type": "text"}]}}]}]}',
    ],
)
def test_malformed_payloads_get_400_not_500(client, chat_api, echo_handler, raw, caplog):
    response = post_whatsapp(client, raw)
    assert response.status_code == 400
    assert "isi kiriman rusak" in caplog.text
    assert echo_handler == []


def test_button_replies_reach_handlers_with_their_payload(client, chat_api, echo_handler, deliver):
    body = whatsapp_body(
        messages=[whatsapp_button("628333", "tip:12:not-helpful", "Tidak membantu", "wamid.E1")]
    )
    deliver(lambda: post_whatsapp(client, body))
    assert echo_handler[0].button_payload == "tip:12:not-helpful"


def test_delivery_statuses_are_recorded_on_the_outbox_row(client, chat_api, echo_handler, deliver):
    deliver(
        lambda: post_whatsapp(
            client, whatsapp_body(messages=[whatsapp_text("628444", "x", "wamid.F1")])
        )
    )
    row = OutboundMessage.objects.get()
    wamid = row.provider_message_id
    assert wamid.startswith("wamid.fake")
    for status in ("read", "delivered"):  # out of order: "read" must stay
        body = whatsapp_body(
            statuses=[
                {"id": wamid, "status": status, "timestamp": "1700000000", "recipient_id": "628444"}
            ]
        )
        assert post_whatsapp(client, body).status_code == 200
    row.refresh_from_db()
    assert row.status == "read"


def test_per_sender_rate_limit(client, chat_api, echo_handler, deliver):
    with override_settings(REDAKSI_CHAT_RATE_PER_MINUTE=3):
        for number in range(5):
            body = whatsapp_body(
                messages=[whatsapp_text("628555", f"pesan {number}", f"wamid.G{number}")]
            )
            deliver(lambda body=body: post_whatsapp(client, body))
        other = whatsapp_body(messages=[whatsapp_text("628556", "halo", "wamid.H1")])
        deliver(lambda: post_whatsapp(client, other))
    assert [m.text for m in echo_handler] == ["pesan 0", "pesan 1", "pesan 2", "halo"]


def test_telegram_update_is_answered(client, chat_api, echo_handler, deliver):
    response = deliver(lambda: post_telegram(client, telegram_update(555001, "hoaks vaksin", 9001)))
    assert response.status_code == 200
    assert chat_api.telegram_sent == [{"chat_id": "555001", "text": "Anda menulis: hoaks vaksin"}]
    deliver(lambda: post_telegram(client, telegram_update(555001, "hoaks vaksin", 9001)))
    assert len(chat_api.telegram_sent) == 1


def test_telegram_secret_token_is_required(client, chat_api, echo_handler):
    update = telegram_update(555002, "halo", 9002)
    assert post_telegram(client, update, secret="salah").status_code == 403
    with override_settings(TELEGRAM_WEBHOOK_SECRET=""):
        assert post_telegram(client, update, secret="").status_code == 403
    assert echo_handler == []


def test_telegram_malformed_update_gets_400(client, chat_api):
    response = client.post(
        "/tipline/telegram/",
        data=b'{"message": {}}',
        content_type="application/json",
        headers={"X-Telegram-Bot-Api-Secret-Token": "test-telegram-secret"},
    )
    assert response.status_code == 400


def test_a_failing_handler_keeps_nothing_so_the_retry_can_succeed(client, chat_api, deliver):
    from redaksi.chat import api

    calls = []

    def flaky(message):
        calls.append(message)
        if len(calls) == 1:
            raise RuntimeError("database hiccup")
        return [api.Reply(text="oke")]

    api.register_handler("test.flaky", flaky, priority=1000)
    try:
        body = whatsapp_body(messages=[whatsapp_text("628666", "tolong cek", "wamid.I1")])
        assert deliver(lambda: post_whatsapp(client, body)).status_code == 503
        assert not InboundMessage.objects.exists()
        assert deliver(lambda: post_whatsapp(client, body)).status_code == 200
    finally:
        api.unregister_handler("test.flaky")
    assert chat_api.sent_texts() == ["oke"]
