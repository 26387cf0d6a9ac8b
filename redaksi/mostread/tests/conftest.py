"""Fixtures for the most-read desk: stories in two sections, a clock, readers' beacons."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.utils import timezone

from redaksi.mostread.api import most_read
from redaksi.mostread.buffer import get_buffer
from redaksi.newsroom.tests.conftest import editor, login, make_user, reporter  # noqa: F401
from redaksi.newsroom.tests.fixtures import make_article, utc

READER_UA = (
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36"
)


@pytest.fixture(autouse=True)
def fresh_counters(settings):
    """Every test starts with no buffered reads; flushing happens only when a test asks."""
    settings.REDAKSI_MOST_READ_FLUSH_SECONDS = 0

    def wipe():
        get_buffer().clear()
        if not settings.REDIS_URL:
            cache.clear()

    wipe()
    yield
    wipe()


class Clock:
    def __init__(self, now):
        self.now = now

    def advance(self, **delta) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock(monkeypatch):
    """Time stands still at 10 March 2026, 09:15 UTC until a test moves it."""
    frozen = Clock(utc(2026, 3, 10, 9, 15))
    monkeypatch.setattr(timezone, "now", lambda: frozen.now)
    return frozen


@pytest.fixture
def stories(newsroom, clock):
    """Three live stories: two in News, one in Global, published a day apart."""
    news, world = newsroom["sections"]["news"], newsroom["sections"]["global"]
    authors = newsroom["authors"]
    return {
        "banjir": make_article(
            news, authors, title="Banjir rendam tiga kecamatan", publish_at=utc(2026, 3, 7, 1)
        ),
        "tol": make_article(
            news, authors, title="Tarif tol naik pekan depan", publish_at=utc(2026, 3, 8, 1)
        ),
        "pemilu": make_article(
            world, authors, title="Pemilu di Chile berlangsung damai", publish_at=utc(2026, 3, 9, 1)
        ),
    }


def send_beacon(client, story_or_id, *, user_agent: str = READER_UA, **extra):
    article_id = getattr(story_or_id, "pk", story_or_id)
    headers = {"HTTP_ORIGIN": "http://testserver", "HTTP_SEC_FETCH_SITE": "same-origin"}
    return client.post(f"/_baca/{article_id}", HTTP_USER_AGENT=user_agent, **{**headers, **extra})


def reads_of(story, *, hours: int = 24, section=None) -> int:
    ranking = most_read(hours=hours, section=section, limit=50)
    return next((s.read_count for s in ranking if s.pk == story.pk), 0)
