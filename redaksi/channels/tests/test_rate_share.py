"""A channel's rate is the newsroom's: sender processes split it between them."""

import pytest
from django.conf import settings

from redaksi.channels.outbox import RateLimiter
from redaksi.channels.senders_seen import SendersSeen

needs_redis = pytest.mark.skipif(
    not settings.REDIS_URL, reason="senders are counted in Redis (the scale-out profile)"
)


@pytest.fixture
def no_senders():
    from django_redis import get_redis_connection

    redis = get_redis_connection("default")
    redis.delete("redaksi:channels:senders")
    yield
    redis.delete("redaksi:channels:senders")


def test_one_sender_takes_the_whole_rate():
    limiter = RateLimiter({"whatsapp": 80, "email": 0}, SendersSeen("solo"))
    if not settings.REDIS_URL:
        assert limiter.rate("whatsapp") == 80
    assert limiter.rate("email") == 0  # no limit stays no limit
    assert limiter.rate("telegram") == 0


@needs_redis
def test_senders_split_the_rate_and_a_sender_that_stops_hands_its_share_back(no_senders):
    first, second = SendersSeen("worker-a"), SendersSeen("worker-b")
    assert first() == 1
    assert second() == 2
    first.renewed = 0  # its next look goes to Redis rather than its last count
    assert RateLimiter({"whatsapp": 80}, first).rate("whatsapp") == 40
    second.leave()
    first.renewed = 0
    assert RateLimiter({"whatsapp": 80}, first).rate("whatsapp") == 80


@needs_redis
def test_a_sender_that_died_stops_counting(no_senders, monkeypatch):
    from redaksi.channels import senders_seen

    SendersSeen("died")()
    alive = SendersSeen("alive")
    assert alive() == 2
    monkeypatch.setattr(senders_seen.time, "time", lambda: 10**10)
    alive.renewed = 0
    assert alive() == 1
