"""With REDIS_URL set, every process shares the counters and no flush loses or repeats reads.

These run in the scale-out CI profile (REDIS_URL set); the rest of the suite
then goes through Redis as well.
"""

import time

import pytest
from django.conf import settings

from redaksi.mostread.buffer import RedisBuffer, get_buffer
from redaksi.mostread.counting import flush_reads
from redaksi.mostread.models import HourlyReads
from redaksi.newsroom.tests.fixtures import utc

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(not settings.REDIS_URL, reason="needs Redis (set REDIS_URL)"),
]

HOUR = utc(2026, 3, 10, 9)


def test_the_buffer_is_redis_and_shared_between_processes(stories):
    assert isinstance(get_buffer(), RedisBuffer)
    elsewhere = RedisBuffer()  # another gunicorn worker
    elsewhere.add(HOUR, stories["banjir"].pk, 2)
    get_buffer().add(HOUR, stories["banjir"].pk, 1)
    assert get_buffer().pending() == {(HOUR, stories["banjir"].pk): 3}
    assert elsewhere.first_sighting("pembaca-1", 60)
    assert not get_buffer().first_sighting("pembaca-1", 60)


def test_two_flushes_never_take_the_same_reads(stories):
    buffer = get_buffer()
    buffer.add(HOUR, stories["tol"].pk, 4)
    first, second = buffer.take(), RedisBuffer().take()
    assert first.counts == {(HOUR, stories["tol"].pk): 4}
    assert not second.counts
    buffer.restore(first)
    assert flush_reads() == 4
    assert HourlyReads.objects.get(article_id=stories["tol"].pk).reads == 4


def test_a_batch_left_by_a_flush_that_died_is_written_later_once(stories):
    buffer = get_buffer()
    buffer.add(HOUR, stories["pemilu"].pk, 3)
    abandoned = buffer.take()  # the process died before writing
    assert flush_reads() == 0, "a batch still being written is left alone"
    stale = f"{buffer.flushing_prefix}{int(time.time()) - 3600}:mati"
    buffer.redis.rename(abandoned.keys[0], stale)  # as if taken an hour ago
    buffer.redis.srem(buffer.batches_key, abandoned.keys[0])
    buffer.redis.sadd(buffer.batches_key, stale)
    assert flush_reads() == 3
    assert flush_reads() == 0
    assert HourlyReads.objects.get(article_id=stories["pemilu"].pk).reads == 3
    assert not buffer.redis.smembers(buffer.batches_key), "no batch left behind"
