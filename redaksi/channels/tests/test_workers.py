"""Several `redaksi channels work` processes, one of them killed mid fan-out.

Needs PostgreSQL (the workers are separate processes that share the database and
claim with SKIP LOCKED); on the in-memory SQLite test database it is skipped.
"""

import collections
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connection

from redaksi.channels import fanout
from redaksi.channels.models import Delivery, Follower
from redaksi.chat.tests.fakes import ACCESS_TOKEN, APP_SECRET, PHONE_NUMBER_ID, FakeChatApi

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="worker processes need PostgreSQL"
    ),
]

ROOT = Path(__file__).resolve().parents[3]
FOLLOWERS = 600
CONCURRENCY = 4


class SlowChatApi(FakeChatApi):
    """The fake Cloud API taking 10 ms a message, so a kill lands in the middle of the fan-out."""

    def _answer(self, path, headers, body):
        time.sleep(0.01)
        return super()._answer(path, headers, body)


@pytest.fixture
def slow_api():
    api = SlowChatApi().start()
    yield api
    api.stop()


def _worker(api: FakeChatApi) -> subprocess.Popen:
    settings = connection.settings_dict
    url = (
        f"postgres://{settings['USER']}@{settings['HOST'] or '127.0.0.1'}:"
        f"{settings['PORT'] or 5432}/{settings['NAME']}"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "redaksi.settings.test",
        "DATABASE_URL": url,
        "WHATSAPP_API_BASE_URL": api.base_url,
        "WHATSAPP_ACCESS_TOKEN": ACCESS_TOKEN,
        "WHATSAPP_PHONE_NUMBER_ID": PHONE_NUMBER_ID,
        "TELEGRAM_CHANNEL": "",
        "REDAKSI_CHANNELS_LEASE_SECONDS": "2",
        "REDAKSI_CHANNELS_UNSURE_SECONDS": "3",
        "REDAKSI_CHANNELS_POLL_MS": "100",
        "REDAKSI_CHANNELS_RATE_WHATSAPP": "0",
    }
    return subprocess.Popen(
        [sys.executable, "manage.py", "channels", "work", "--concurrency", str(CONCURRENCY)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _started(api: FakeChatApi) -> subprocess.Popen:
    """A worker that has begun sending: a signal sent to it now finds its handlers in place
    (on a loaded machine a worker can take seconds to start)."""
    worker = _worker(api)
    mine = f":{worker.pid}:"
    if not _wait(lambda: Delivery.objects.filter(claimed_by__contains=mine).exists()):
        worker.kill()
        pytest.fail("the worker claimed nothing within a minute")
    return worker


def _wait(condition, seconds=60.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return False


def _fan_out(site) -> set[str]:
    numbers = {f"62899{n:06d}" for n in range(FOLLOWERS)}
    Follower.objects.bulk_create(
        Follower(channel="whatsapp", address=number, token=f"t{number}") for number in numbers
    )
    with pytest.MonkeyPatch.context() as patch:
        # The fan-out runs below, by hand, once the workers are about to start.
        patch.setattr(fanout, "fan_out", lambda article, **kwargs: 0)
        story = site["publish"]()
    fanout.fan_out(story)
    assert Delivery.objects.count() == FOLLOWERS
    return numbers


def _stop(*workers):
    for worker in workers:
        if worker.poll() is None:
            worker.send_signal(signal.SIGTERM)
    for worker in workers:
        worker.wait(timeout=30)


def _received(api) -> collections.Counter:
    return collections.Counter(body["to"] for body in api.whatsapp_sent)


def test_killing_a_worker_mid_fan_out_loses_nothing_and_sends_nothing_twice(
    site, slow_api, live_server, settings
):
    # As Meta does, the fake API reports each message it took in a status webhook to us.
    settings.WHATSAPP_APP_SECRET = APP_SECRET
    slow_api.status_webhook_url = f"{live_server.url}/tipline/whatsapp/"
    numbers = _fan_out(site)
    first, second = _started(slow_api), _worker(slow_api)
    try:
        assert _wait(lambda: len(slow_api.whatsapp_sent) >= FOLLOWERS // 4)
        first.kill()  # SIGKILL: no chance to finish or hand anything back
        first.wait()
        third = _worker(slow_api)
        assert _wait(lambda: Delivery.objects.filter(status="sent").count() == FOLLOWERS)
    finally:
        _stop(first, second, locals().get("third", first))
    received = _received(slow_api)
    assert set(received) == numbers  # nobody lost
    # What the killed worker had sent without writing the answer down was settled by
    # WhatsApp's status webhooks, not sent again.
    assert max(received.values()) == 1


def test_stopping_workers_with_sigterm_sends_each_story_exactly_once(site, slow_api):
    numbers = _fan_out(site)
    first, second = _started(slow_api), _worker(slow_api)
    try:
        assert _wait(lambda: len(slow_api.whatsapp_sent) >= FOLLOWERS // 4)
        _stop(first)
        assert first.returncode == 0
        third = _worker(slow_api)
        assert _wait(lambda: Delivery.objects.filter(status="sent").count() == FOLLOWERS)
    finally:
        _stop(first, second, locals().get("third", first))
    received = _received(slow_api)
    assert set(received) == numbers
    assert max(received.values()) == 1
