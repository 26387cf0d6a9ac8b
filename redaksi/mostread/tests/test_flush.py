"""Buffered reads reach the database exactly once, per story and hour."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.test import Client

from redaksi.core import scheduler
from redaksi.mostread import counting
from redaksi.mostread.buffer import MemoryBuffer, get_buffer
from redaksi.mostread.counting import flush_if_due, flush_reads
from redaksi.mostread.models import HourlyReads
from redaksi.newsroom.tests.fixtures import utc

from .conftest import reads_of, send_beacon

pytestmark = pytest.mark.django_db


def read_by(n_readers: int, story, *, first: int = 0) -> None:
    for number in range(first, first + n_readers):
        send_beacon(Client(), story, REMOTE_ADDR=f"10.0.{number // 250}.{number % 250 + 1}")


def stored(story) -> dict:
    rows = HourlyReads.objects.filter(article_id=story.pk).order_by("hour")
    return {row.hour: (row.reads, row.section_id) for row in rows}


def test_flush_moves_every_buffered_read_to_the_database_once(stories, clock, newsroom):
    read_by(3, stories["banjir"])
    read_by(1, stories["pemilu"])
    clock.advance(hours=1)  # 10:15
    read_by(2, stories["banjir"], first=10)
    assert not HourlyReads.objects.exists(), "counting alone never writes to the database"
    assert reads_of(stories["banjir"]) == 5, "buffered reads already count in the ranking"

    assert flush_reads() == 6
    news, world = newsroom["sections"]["news"], newsroom["sections"]["global"]
    assert stored(stories["banjir"]) == {
        utc(2026, 3, 10, 9): (3, news.pk),
        utc(2026, 3, 10, 10): (2, news.pk),
    }
    assert stored(stories["pemilu"]) == {utc(2026, 3, 10, 9): (1, world.pk)}
    assert get_buffer().pending() == {}

    assert flush_reads() == 0, "a second flush has nothing left to write"
    assert reads_of(stories["banjir"]) == 5

    read_by(4, stories["banjir"], first=20)
    flush_reads()
    assert stored(stories["banjir"])[utc(2026, 3, 10, 10)] == (6, news.pk), "added, not replaced"
    assert reads_of(stories["banjir"]) == 9


def test_a_failed_write_keeps_the_reads_for_the_next_flush(stories, monkeypatch):
    read_by(3, stories["tol"])

    def broken(counts):
        raise RuntimeError("database went away")

    with monkeypatch.context() as patch:
        patch.setattr(counting, "_upsert", broken)
        with pytest.raises(RuntimeError):
            flush_reads()
    assert not HourlyReads.objects.exists()
    assert reads_of(stories["tol"]) == 3

    assert flush_reads() == 3
    assert sum(reads for reads, _ in stored(stories["tol"]).values()) == 3


def test_reads_of_a_deleted_story_are_dropped_without_losing_the_others(stories):
    read_by(2, stories["tol"])
    read_by(1, stories["banjir"])
    stories["tol"].delete()
    assert flush_reads() == 1
    assert stored(stories["banjir"]) == {
        utc(2026, 3, 10, 9): (1, stories["banjir"].get_parent().pk)
    }


def test_hours_older_than_the_keeping_period_are_pruned(stories, clock, settings):
    settings.REDAKSI_MOST_READ_KEEP_DAYS = 30
    story = stories["banjir"]
    for days_ago in (31, 29):
        HourlyReads.objects.create(
            article=story,
            section_id=story.get_parent().pk,
            hour=utc(2026, 3, 10, 9) - timedelta(days=days_ago),
            reads=5,
        )
    flush_reads()
    assert list(stored(story)) == [utc(2026, 2, 9, 9)]


def test_flush_runs_at_most_once_per_interval(stories, settings):
    settings.REDAKSI_MOST_READ_FLUSH_SECONDS = 3600
    read_by(1, stories["banjir"])  # the first beacon after start-up finds the flush due
    assert HourlyReads.objects.count() == 1
    read_by(2, stories["tol"])
    assert flush_if_due() == 0, "not due again within the interval"
    assert not HourlyReads.objects.filter(article_id=stories["tol"].pk).exists()
    assert flush_reads() == 2, "an explicit flush is never refused"


def test_the_scheduler_loop_flushes_when_due(stories, settings):
    settings.REDAKSI_MOST_READ_FLUSH_SECONDS = 60
    get_buffer().add(utc(2026, 3, 10, 9), stories["banjir"].pk, 4)
    scheduler.run_jobs()
    assert stored(stories["banjir"]) == {
        utc(2026, 3, 10, 9): (4, stories["banjir"].get_parent().pk)
    }


def test_flush_reads_command_reports_what_it_wrote(stories):
    from io import StringIO

    read_by(2, stories["banjir"])
    out = StringIO()
    call_command("flush_reads", stdout=out)
    assert "2" in out.getvalue()
    assert HourlyReads.objects.get(article_id=stories["banjir"].pk).reads == 2


def test_reads_counted_while_a_flush_is_writing_wait_for_the_next_one(stories):
    buffer = get_buffer()
    hour = utc(2026, 3, 10, 9)
    buffer.add(hour, stories["banjir"].pk, 2)
    batch = buffer.take()
    buffer.add(hour, stories["banjir"].pk, 1)  # a beacon arrives mid-flush
    assert buffer.take().counts == {(hour, stories["banjir"].pk): 1}
    assert batch.counts == {(hour, stories["banjir"].pk): 2}


def test_a_sighting_is_forgotten_after_its_time():
    buffer = MemoryBuffer()
    assert buffer.first_sighting("x", ttl=0)
    assert buffer.first_sighting("x", ttl=3600), "a zero-second sighting has already expired"
    assert not buffer.first_sighting("x", ttl=3600)
