"""A published story reaches every follower who asked for it, once, on every channel."""

import json

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings

from redaksi.channels import api, fanout, outbox
from redaksi.channels.models import Delivery, Follower
from redaksi.chat.tests.fakes import (
    WHATSAPP_OPTED_OUT,
    WHATSAPP_RATE_LIMITED,
    sign,
    whatsapp_body,
)
from redaksi.newsroom import api as newsroom

from .receivers import PARTNER_SECRET

pytestmark = pytest.mark.django_db


def _whatsapp(address, scope="all", topics=""):
    return Follower.objects.create(channel="whatsapp", address=address, scope=scope, topics=topics)


def _template_targets(chat_api):
    return [body["to"] for body in chat_api.whatsapp_sent if body["type"] == "template"]


def test_a_publish_reaches_whatsapp_telegram_channel_and_partners(chat_api, partner, site):
    _whatsapp("628100000001")
    _whatsapp("628100000002")
    api.follow("webhook", partner.url, scope="all", name="Mitra", secret=PARTNER_SECRET)
    story = site["publish"]("Gempa guncang Cianjur", tags=("gempa",))
    # Nothing goes out inside the publish: the rows wait for the sender.
    assert chat_api.whatsapp_sent == [] and partner.accepted == []
    assert Delivery.objects.filter(status="pending").count() == 4
    outbox.drain()

    assert sorted(_template_targets(chat_api)) == ["628100000001", "628100000002"]
    template = chat_api.whatsapp_sent[0]["template"]
    assert template["name"] == "berita_terkini"
    assert [p["text"] for p in template["components"][0]["parameters"]] == [
        "Gempa guncang Cianjur",
        story.full_url,
    ]
    [post] = chat_api.telegram_sent
    assert post["chat_id"] == "@redaksi_uji"
    assert post["text"].startswith("Gempa guncang Cianjur\n\n") and story.full_url in post["text"]
    [payload] = partner.accepted
    assert partner.rejected == []
    assert payload["id"] == story.pk and payload["url"] == story.full_url
    assert payload["tags"] == ["gempa"] and payload["section"] == "News"
    assert partner.delivery_ids == [
        f"{story.pk}:{Follower.objects.get(channel='webhook').pk}:webhook"
    ]
    assert api.story_status(story.pk)["whatsapp"]["sent"] == 2


def test_a_partner_with_another_secret_rejects_and_we_do_not_retry_forever(chat_api, partner, site):
    api.follow("webhook", partner.url, scope="all", secret="bukan-rahasianya")
    story = site["publish"]()
    outbox.drain()
    assert partner.accepted == [] and len(partner.rejected) == 1
    assert api.story_status(story.pk)["webhook"]["failed"] == 1


def test_followers_get_what_they_chose(chat_api, site):
    _whatsapp("628100000010", "all")
    _whatsapp("628100000011", "breaking")
    _whatsapp("628100000012", "topics", "section:global")
    _whatsapp("628100000013", "topics", "tag:pemilu")
    Follower.objects.create(channel="whatsapp", address="628100000014", active=False)

    site["publish"]("Harga cabai naik", section="news")
    site["publish"]("Debat capres malam ini", section="news", tags=("pemilu",))
    site["publish"]("Topan di Filipina", section="global", tags=("breaking-news",))
    outbox.drain()
    got = {}
    for body in chat_api.whatsapp_sent:
        headline = body["template"]["components"][0]["parameters"][0]["text"]
        got.setdefault(body["to"], []).append(headline)
    assert sorted(got["628100000010"]) == [
        "Debat capres malam ini",
        "Harga cabai naik",
        "Topan di Filipina",
    ]
    assert got["628100000011"] == ["Topan di Filipina"]
    assert got["628100000012"] == ["Topan di Filipina"]
    assert got["628100000013"] == ["Debat capres malam ini"]
    assert "628100000014" not in got


def test_an_update_does_not_go_out_again_and_a_resend_sends_nothing_twice(
    chat_api, site, django_capture_on_commit_callbacks
):
    _whatsapp("628100000020")
    story = site["publish"]()
    outbox.drain()
    story.lede = "Ringkasan yang diperbaiki."
    story.save_revision()
    with django_capture_on_commit_callbacks(execute=True):
        newsroom.publish_article(story, actor=site["editor"])
    outbox.drain()
    assert len(chat_api.whatsapp_sent) == 1
    assert api.send_story(story.pk) == 0
    outbox.drain()
    assert len(chat_api.whatsapp_sent) == 1
    # A new follower gets it on resend; the one who has it does not.
    _whatsapp("628100000021")
    assert api.send_story(story.pk) == 1
    outbox.drain()
    assert _template_targets(chat_api) == ["628100000020", "628100000021"]


@override_settings(REDAKSI_CHANNELS_RETRY_SECONDS=0)
def test_trouble_is_retried_until_it_works_or_the_row_is_dead(chat_api, site):
    _whatsapp("628100000030")
    _whatsapp("628100000031")
    chat_api.fail_next("whatsapp", 500, {"error": {"message": "boom", "code": 1}}, times=2)
    story = site["publish"]()
    outbox.drain()
    assert sorted(_template_targets(chat_api)) == ["628100000030", "628100000031"]
    assert Delivery.objects.get(follower__address="628100000030").attempts == 2

    with override_settings(REDAKSI_CHANNELS_MAX_ATTEMPTS=3):
        _whatsapp("628100000032")
        chat_api.fail_next("whatsapp", 429, WHATSAPP_RATE_LIMITED, times=3)
        api.send_story(story.pk)
        outbox.drain()
    dead = Delivery.objects.get(follower__address="628100000032")
    assert dead.status == "dead" and dead.attempts == 3 and "130429" in dead.last_error
    assert [d.follower.address for d in api.story_failures(story.pk)] == ["628100000032"]
    # The editor's resend puts the dead row back in the queue.
    api.send_story(story.pk)
    outbox.drain()
    assert Delivery.objects.get(follower__address="628100000032").status == "sent"


def test_a_reader_who_opted_out_on_whatsapp_is_unfollowed(chat_api, site):
    _whatsapp("628100000040")
    chat_api.fail_next("whatsapp", 400, WHATSAPP_OPTED_OUT)
    story = site["publish"]()
    outbox.drain()
    follower = Follower.objects.get(address="628100000040")
    assert not follower.active and "131050" in follower.left_reason
    assert api.story_status(story.pk)["whatsapp"]["failed"] == 1
    site["publish"]("Berita berikutnya")
    outbox.drain()
    assert chat_api.whatsapp_sent == []


def test_a_partner_that_answers_410_is_unfollowed(chat_api, partner, site):
    api.follow("webhook", partner.url, scope="all", secret=PARTNER_SECRET)
    partner.answers = [410]
    site["publish"]()
    outbox.drain()
    assert not Follower.objects.get(channel="webhook").active


def test_two_claims_never_share_a_row(chat_api, site):
    for n in range(9):
        _whatsapp(f"62810000005{n}")
    site["publish"]()  # nine readers and the Telegram channel
    first, second = outbox.claim(6), outbox.claim(6)
    assert len(first) == 6 and len(second) == 4 and not set(first) & set(second)
    assert outbox.claim(6) == []


def test_a_dead_worker_s_claims_come_back_after_the_lease(chat_api, site):
    _whatsapp("628100000060")
    site["publish"]()
    assert len(outbox.claim()) == 2  # the reader and the Telegram channel
    assert outbox.drain() == 0  # still claimed by the "dead" worker
    Delivery.objects.update(lease_until="2000-01-01T00:00:00Z")
    assert outbox.release_expired() == 2
    outbox.drain()
    # Telegram goes again at once. The WhatsApp message may have left before the worker
    # died: it waits for WhatsApp's status webhook before it is sent again.
    assert len(chat_api.telegram_sent) == 1 and _template_targets(chat_api) == []
    Delivery.objects.filter(channel="whatsapp").update(next_attempt_at="2000-01-01T00:00:00Z")
    outbox.drain()
    assert _template_targets(chat_api) == ["628100000060"]


def test_whatsapp_s_status_webhook_settles_a_message_whose_answer_was_lost(
    chat_api, site, client, django_capture_on_commit_callbacks
):
    _whatsapp("628100000065")
    story = site["publish"]()
    [row] = Delivery.objects.filter(channel="whatsapp")
    outbox.claim()  # a worker claims it, sends it, and dies before writing the answer
    Delivery.objects.update(lease_until="2000-01-01T00:00:00Z")
    outbox.release_expired()
    status = {
        "id": "wamid.terkirim1",
        "status": "sent",
        "timestamp": "1733390000",
        "recipient_id": "628100000065",
        "biz_opaque_callback_data": row.idempotency_key,
    }
    body = whatsapp_body(statuses=[status])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/tipline/whatsapp/",
            body,
            content_type="application/json",
            headers={"X-Hub-Signature-256": sign(body)},
        )
    assert response.status_code == 200
    row.refresh_from_db()
    assert row.status == "sent" and row.provider_message_id == "wamid.terkirim1"
    Delivery.objects.filter(channel="whatsapp").update(next_attempt_at="2000-01-01T00:00:00Z")
    outbox.drain()
    assert _template_targets(chat_api) == []  # never sent twice
    assert api.story_status(story.pk)["whatsapp"]["sent"] == 1


def test_every_whatsapp_story_carries_its_delivery_key_for_status_webhooks(chat_api, site):
    _whatsapp("628100000066")
    site["publish"]()
    outbox.drain()
    [sent] = chat_api.whatsapp_sent
    key = Delivery.objects.get(channel="whatsapp").idempotency_key
    assert sent["biz_opaque_callback_data"] == key


def test_status_and_send_commands(chat_api, site, capsys):
    _whatsapp("628100000070")
    story = site["publish"]()
    call_command("channels", "status", str(story.pk), "--json")
    report = json.loads(capsys.readouterr().out)
    assert report["channels"]["whatsapp"]["pending"] == 1
    assert report["channels"]["telegram"]["pending"] == 1
    _whatsapp("628100000071")
    call_command("channels", "send", str(story.pk), "--wait")
    capsys.readouterr()
    call_command("channels", "status", str(story.pk), "--json")
    report = json.loads(capsys.readouterr().out)
    assert report["channels"]["whatsapp"] == {
        "pending": 0,
        "sending": 0,
        "sent": 2,
        "failed": 0,
        "dead": 0,
    }
    assert report["channels"]["telegram"]["sent"] == 1


def test_send_refuses_an_unknown_story(chat_api, site):
    with pytest.raises(CommandError, match="Tidak ada berita terbit dengan id 999999"):
        call_command("channels", "send", "999999")


def test_a_story_whose_fan_out_never_ran_is_caught_by_the_sweep(chat_api, site, monkeypatch):
    _whatsapp("628100000080")

    def crash(article):
        raise RuntimeError("process died between the publish and the fan-out")

    monkeypatch.setattr("redaksi.channels.fanout.fan_out", crash)
    story = site["publish"]()  # the publish itself still succeeds
    monkeypatch.undo()
    assert not Delivery.objects.exists()
    assert fanout.fan_out_missed() == 1
    assert fanout.fan_out_missed() == 0
    outbox.drain()
    assert _template_targets(chat_api) == ["628100000080"]
    assert api.story_status(story.pk)["whatsapp"]["sent"] == 1
