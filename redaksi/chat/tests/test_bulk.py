"""Many messages at once: answers arrive in batches, never more than asked for in flight."""

import threading
import time

import pytest
from django.test import override_settings

from redaksi.chat import api as chat

from .fakes import WHATSAPP_OPTED_OUT, FakeChatApi, chat_settings


class CountingChatApi(FakeChatApi):
    """The fake Cloud API taking a moment per message and counting those it is busy with."""

    def __init__(self, seconds: float = 0.02) -> None:
        super().__init__()
        self.seconds = seconds
        self.busy = 0
        self.most_busy = 0
        self.arrived: list[float] = []
        self._count_lock = threading.Lock()

    def _answer(self, path, headers, body):
        with self._count_lock:
            self.busy += 1
            self.most_busy = max(self.most_busy, self.busy)
            self.arrived.append(time.monotonic())
        time.sleep(self.seconds)
        try:
            return super()._answer(path, headers, body)
        finally:
            with self._count_lock:
                self.busy -= 1


@pytest.fixture
def counting_api():
    api = CountingChatApi().start()
    with override_settings(**chat_settings(api.base_url)):
        yield api
    api.stop()


def _messages(n: int) -> list[tuple[str, chat.Reply]]:
    return [(f"62811{i:06d}", chat.Reply(text=f"Berita nomor {i}")) for i in range(n)]


def _everything(answers) -> dict[int, chat.SendResult | None]:
    got = {}
    for batch in answers:
        for index, result in batch:
            assert index not in got, "each message is answered once"
            got[index] = result
    return got


def test_every_message_goes_out_once_with_no_more_in_flight_than_asked(counting_api):
    got = _everything(
        chat.send_now_many(chat.WHATSAPP, _messages(40), use_template=False, concurrency=5)
    )
    assert sorted(got) == list(range(40))
    assert {result.outcome for result in got.values()} == {"sent"}
    assert len({result.provider_message_id for result in got.values()}) == 40
    assert sorted(body["to"] for body in counting_api.whatsapp_sent) == [
        recipient for recipient, _reply in _messages(40)
    ]
    assert 1 < counting_api.most_busy <= 5


def test_nothing_new_starts_until_the_caller_has_handled_what_it_got(counting_api):
    answers = chat.send_now_many(chat.WHATSAPP, _messages(20), use_template=False, concurrency=4)
    first = next(answers)
    time.sleep(0.3)  # the caller is busy writing the first answers down
    # Those it holds plus those still in flight: never more than four.
    assert len(counting_api.arrived) <= 4
    rest = _everything(answers)
    assert len(first) + len(rest) == 20


def test_answers_are_sorted_as_single_sends_are(counting_api):
    counting_api.fail_next("whatsapp", 400, WHATSAPP_OPTED_OUT)
    counting_api.fail_next("whatsapp", 500, {"error": {"message": "boom", "code": 1}})
    got = _everything(
        chat.send_now_many(chat.WHATSAPP, _messages(3), use_template=False, concurrency=1)
    )
    assert [got[i].outcome for i in range(3)] == ["gone", "retry", "sent"]
    assert "131050" in got[0].error


def test_without_credentials_nothing_is_sent_and_each_answer_says_why(counting_api):
    with override_settings(WHATSAPP_ACCESS_TOKEN=""):
        got = _everything(
            chat.send_now_many(chat.WHATSAPP, _messages(3), use_template=False, concurrency=2)
        )
    assert {result.outcome for result in got.values()} == {"retry"}
    assert "WHATSAPP_ACCESS_TOKEN" in got[0].error
    assert counting_api.requests == []


def test_a_stop_or_an_old_claim_leaves_the_rest_unsent(counting_api):
    stop = threading.Event()
    stop.set()
    got = _everything(
        chat.send_now_many(
            chat.WHATSAPP, _messages(5), use_template=False, concurrency=2, stop=stop
        )
    )
    assert got == dict.fromkeys(range(5))
    got = _everything(
        chat.send_now_many(
            chat.WHATSAPP,
            _messages(5),
            use_template=False,
            concurrency=2,
            deadline=time.monotonic() - 1,
        )
    )
    assert got == dict.fromkeys(range(5))
    assert counting_api.requests == []


def test_a_rate_limit_spaces_the_messages_out(counting_api):
    counting_api.seconds = 0
    _everything(
        chat.send_now_many(
            chat.WHATSAPP, _messages(6), use_template=False, concurrency=6, rate_per_second=20
        )
    )
    arrived = sorted(counting_api.arrived)
    # Six messages at twenty a second: five gaps of at least 50 ms between the first and last.
    assert arrived[-1] - arrived[0] >= 0.2


def test_an_unreachable_api_is_a_retry_not_an_error():
    with override_settings(**chat_settings("http://127.0.0.1:9")):
        got = _everything(
            chat.send_now_many(chat.TELEGRAM, _messages(2), use_template=False, concurrency=2)
        )
    assert {result.outcome for result in got.values()} == {"retry"}
