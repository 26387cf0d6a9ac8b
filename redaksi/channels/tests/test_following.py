"""Readers follow and unfollow by chat, on the webhook the Cek Fakta tipline shares."""

import pytest

from redaksi.channels.models import Follower
from redaksi.chat import api as chat
from redaksi.chat.tests.fakes import (
    post_telegram,
    post_whatsapp,
    telegram_update,
    whatsapp_body,
    whatsapp_text,
)

pytestmark = pytest.mark.django_db

READER = "6281234500077"


def _say(client, deliver, text, message_id, number=READER):
    body = whatsapp_body(messages=[whatsapp_text(number, text, message_id)])
    assert deliver(lambda: post_whatsapp(client, body)).status_code == 200


@pytest.fixture
def fallback():
    """Stands in for the tipline: answers whatever the channels do not claim."""
    heard = []

    def tipline(message):
        heard.append(message.text)
        return [chat.Reply(text="tipline")]

    chat.register_handler("test.tipline", tipline, priority=-50)
    yield heard
    chat.unregister_handler("test.tipline")


def test_langganan_follows_all_news_and_is_confirmed(client, chat_api, deliver, site, fallback):
    _say(client, deliver, "Langganan", "wamid.F1")
    follower = Follower.objects.get(channel="whatsapp", address=READER)
    assert follower.active and follower.scope == "all"
    assert chat_api.sent_texts()[-1].startswith("Beres: Anda akan menerima semua berita kami")
    assert fallback == []


def test_langganan_with_a_section_or_tag_adds_topics(client, chat_api, deliver, site, fallback):
    site["publish"](tags=("pemilu",))
    _say(client, deliver, "langganan global", "wamid.F2")
    _say(client, deliver, "langganan pemilu", "wamid.F3")
    follower = Follower.objects.get(address=READER)
    assert follower.scope == "topics"
    assert follower.topic_set() == {"section:global", "tag:pemilu"}
    assert "Global" in chat_api.sent_texts()[-2]
    assert "pemilu" in chat_api.sent_texts()[-1]


def test_an_unknown_topic_is_explained_and_nothing_is_saved(
    client, chat_api, deliver, site, fallback
):
    _say(client, deliver, "langganan kuliner", "wamid.F4")
    assert not Follower.objects.exists()
    answer = chat_api.sent_texts()[-1]
    assert '"kuliner"' in answer and "News, Global" in answer


def test_langganan_breaking_asks_for_breaking_news_only(client, chat_api, deliver, site):
    _say(client, deliver, "langganan breaking", "wamid.F5")
    assert Follower.objects.get(address=READER).scope == "breaking"


def test_berhenti_stops_and_langganan_starts_again(client, chat_api, deliver, site, fallback):
    _say(client, deliver, "langganan", "wamid.F6")
    _say(client, deliver, "berhenti", "wamid.F7")
    follower = Follower.objects.get(address=READER)
    assert not follower.active and follower.left_reason == "berhenti"
    assert "tidak akan lagi menerima" in chat_api.sent_texts()[-1]
    _say(client, deliver, "berhenti", "wamid.F8")
    assert "tidak sedang mengikuti" in chat_api.sent_texts()[-1]
    _say(client, deliver, "langganan", "wamid.F9")
    assert Follower.objects.get(address=READER).active


def test_other_messages_go_on_to_the_tipline(client, chat_api, deliver, site, fallback):
    _say(client, deliver, "apakah vaksin mengandung chip", "wamid.F10")
    assert fallback == ["apakah vaksin mengandung chip"]
    assert not Follower.objects.exists()


def test_telegram_readers_follow_the_same_way(client, chat_api, deliver, site):
    response = deliver(lambda: post_telegram(client, telegram_update(5550001, "langganan", 901)))
    assert response.status_code == 200
    assert Follower.objects.get(channel="telegram", address="5550001").scope == "all"
    assert chat_api.telegram_sent[-1]["chat_id"] == "5550001"
