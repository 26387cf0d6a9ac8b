"""A large audience is written a chunk at a time; a fan-out cut short is finished, once."""

from datetime import timedelta

import pytest
from django.utils import timezone

from redaksi.channels import fanout, outbox
from redaksi.channels.models import Delivery, Follower, StoryMessage

pytestmark = pytest.mark.django_db


def _readers(n: int, **fields) -> list[str]:
    numbers = [f"62812{i:06d}" for i in range(n)]
    Follower.objects.bulk_create(
        Follower(channel="whatsapp", address=number, token=f"c{number}", **fields)
        for number in numbers
    )
    return numbers


def _published_quietly(site, monkeypatch, **fields):
    """A live story whose fan-out has not run (the test runs it by hand)."""
    with monkeypatch.context() as patch:
        patch.setattr(fanout, "fan_out", lambda article, **kwargs: 0)
        return site["publish"](**fields)


def _received(chat_api) -> list[str]:
    return sorted(body["to"] for body in chat_api.whatsapp_sent)


def test_rows_are_committed_a_chunk_at_a_time(chat_api, site, monkeypatch):
    numbers = _readers(7)
    story = _published_quietly(site, monkeypatch)
    monkeypatch.setattr(fanout, "_CHUNK", 3)
    seen = []
    added = fanout.fan_out(story, on_chunk=lambda: seen.append(Delivery.objects.count()))
    # Seven readers and the newsroom's Telegram channel, three followers per chunk.
    assert added == 8 and seen == [3, 6, 8]
    assert StoryMessage.objects.get(story_id=story.pk).complete
    outbox.drain()
    assert _received(chat_api) == numbers


def test_followers_who_chose_less_are_matched_in_every_chunk(chat_api, site, monkeypatch):
    everything = _readers(3)
    breaking = [f"62813{i:06d}" for i in range(3)]
    for number in breaking:
        Follower.objects.create(channel="whatsapp", address=number, scope="breaking")
    Follower.objects.create(
        channel="whatsapp", address="628140000001", scope="topics", topics="tag:banjir"
    )
    Follower.objects.create(
        channel="whatsapp", address="628140000002", scope="topics", topics="section:global"
    )
    Follower.objects.create(channel="whatsapp", address="628140000003", active=False)
    monkeypatch.setattr(fanout, "_CHUNK", 2)
    story = _published_quietly(site, monkeypatch, tags=("banjir",))
    fanout.fan_out(story)
    outbox.drain()
    assert _received(chat_api) == sorted([*everything, "628140000001"])


def test_a_fan_out_cut_short_is_finished_by_the_sweep_and_nobody_gets_it_twice(
    chat_api, site, monkeypatch
):
    numbers = _readers(9)
    story = _published_quietly(site, monkeypatch)
    monkeypatch.setattr(fanout, "_CHUNK", 4)

    def die():
        raise SystemExit("the process died after its first chunk")

    with pytest.raises(SystemExit):
        fanout.fan_out(story, on_chunk=die)
    assert Delivery.objects.count() == 4
    assert not StoryMessage.objects.get(story_id=story.pk).complete
    outbox.drain()  # the first chunk's readers get the story meanwhile

    # A fan-out that may still be running elsewhere is left alone …
    assert fanout.fan_out_missed() == 0
    # … one that has not moved for a while is finished.
    later = timezone.now() + timedelta(minutes=10)
    assert fanout.fan_out_missed(now=later) == 1
    assert StoryMessage.objects.get(story_id=story.pk).complete
    assert fanout.fan_out_missed(now=later) == 0
    outbox.drain()
    assert _received(chat_api) == numbers
