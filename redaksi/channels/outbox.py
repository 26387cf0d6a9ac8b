"""Sending the delivery rows: claim, send, record, in as many processes as you like.

A worker claims a batch of due rows in one short transaction (``SELECT … FOR
UPDATE SKIP LOCKED`` on PostgreSQL: two workers never claim the same row; on
SQLite, the embedded profile's single sender makes the lock unnecessary), marks
them ``sending`` with a lease, commits, and sends them: WhatsApp and Telegram
messages through the chat transport's ``send_now_many`` (one event loop,
``REDAKSI_CHANNELS_CONCURRENCY`` in flight, answers written in batches, each
before the next messages start), the other channels with a few threads, each
answer written as it arrives. A worker stopped with SIGTERM (or Ctrl-C)
finishes the messages in flight, hands the unsent rest back and loses or
repeats nothing. A worker killed outright leaves at most
``REDAKSI_CHANNELS_CONCURRENCY`` messages sent without their answer written.
WhatsApp says which of them it got, in status webhooks carrying the delivery key
(``confirm_sent``), so those rows wait for that word before going out again; the
other channels' rows are sent again when the lease runs out (partner webhooks
carry the delivery key so a receiver can drop the copy).
"""

import logging
import os
import secrets
import socket
import threading
import time
from collections import defaultdict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

from django.conf import settings
from django.db import close_old_connections, transaction
from django.db.models import Case, F, Value, When
from django.utils import timezone
from django.utils.translation import gettext as _

from redaksi.chat import api as chat

from . import senders
from .fanout import fan_out_missed
from .following import unfollow
from .mail import queue_digest
from .models import WHATSAPP, Delivery
from .senders_seen import SendersSeen

logger = logging.getLogger(__name__)

_BACKOFF_CAP = 3600
_BATCH = 200
_MAX_THREADS = 16
# Names this process's claims, so a claim that ran out and was retaken is recognised.
_WORKER = f"{socket.gethostname()[:40]}:{os.getpid()}:{secrets.token_hex(3)}"


class RateLimiter:
    """A token bucket per channel: this process's share of the channel's rate a second.

    ``senders`` says how many processes share the rates (see ``senders_seen``).
    """

    def __init__(self, rates: dict[str, int], senders: Callable[[], int] = lambda: 1) -> None:
        self.rates = rates
        self.senders = senders
        self.next_free: dict[str, float] = {}
        self.lock = threading.Lock()

    def rate(self, channel: str) -> float:
        rate = self.rates.get(channel, 0)
        return rate / max(self.senders(), 1) if rate > 0 else 0

    def wait(self, channel: str, stop: threading.Event | None = None) -> None:
        rate = self.rate(channel)
        if rate <= 0:
            return
        with self.lock:
            now = time.monotonic()
            slot = max(now, self.next_free.get(channel, now))
            self.next_free[channel] = slot + 1 / rate
        delay = slot - now
        if delay > 0:
            if stop is not None:
                stop.wait(delay)
            else:
                time.sleep(delay)


def _backoff(attempts: int) -> int:
    return min(_BACKOFF_CAP, settings.REDAKSI_CHANNELS_RETRY_SECONDS * 2 ** max(attempts - 1, 0))


def _lease() -> timedelta:
    return timedelta(seconds=settings.REDAKSI_CHANNELS_LEASE_SECONDS)


def claim(limit: int = _BATCH, worker: str = "") -> list[int]:
    """Take up to ``limit`` due rows for ``worker``; nobody else will send them."""
    now = timezone.now()
    worker = worker or _WORKER
    due = Delivery.objects.filter(status=Delivery.Status.PENDING, next_attempt_at__lte=now)
    # A read first: an idle sender must not take SQLite's write lock twice a second.
    if not due.exists():
        return []
    with transaction.atomic():
        ids = list(
            Delivery.objects.select_for_update(skip_locked=True)
            .filter(status=Delivery.Status.PENDING, next_attempt_at__lte=now)
            .order_by("next_attempt_at", "pk")
            .values_list("pk", flat=True)[:limit]
        )
        if ids:
            Delivery.objects.filter(pk__in=ids).update(
                status=Delivery.Status.SENDING, lease_until=now + _lease(), claimed_by=worker
            )
    return ids


def release_expired() -> int:
    """Rows whose worker died mid-send go back to the queue once their lease has run out.

    A WhatsApp message among them may have gone out before the worker died. WhatsApp
    reports it in a status webhook carrying the row's key (``confirm_sent``), so those
    rows wait ``REDAKSI_CHANNELS_UNSURE_SECONDS`` before they are sent again; the other
    channels report nothing of the kind and go back at once.
    """
    now = timezone.now()
    expired = Delivery.objects.filter(status=Delivery.Status.SENDING, lease_until__lt=now)
    back = {"status": Delivery.Status.PENDING, "lease_until": None, "claimed_by": ""}
    unsure = timedelta(seconds=settings.REDAKSI_CHANNELS_UNSURE_SECONDS)
    return expired.filter(channel=WHATSAPP).update(
        next_attempt_at=now + unsure, **back
    ) + expired.exclude(channel=WHATSAPP).update(next_attempt_at=now, **back)


def confirm_sent(key: str, provider_message_id: str) -> bool:
    """The platform says the delivery ``key`` reached it: record it as sent, whoever holds it."""
    return bool(
        Delivery.objects.filter(idempotency_key=key)
        .exclude(status=Delivery.Status.SENT)
        .update(
            status=Delivery.Status.SENT,
            sent_at=timezone.now(),
            provider_message_id=provider_message_id,
            last_error="",
            lease_until=None,
            claimed_by="",
            next_attempt_at=None,
        )
    )


def _still_mine(delivery: Delivery) -> bool:
    """Renew the claim just before sending; a claim that ran out and was retaken is not ours."""
    return bool(
        Delivery.objects.filter(
            pk=delivery.pk, status=Delivery.Status.SENDING, claimed_by=delivery.claimed_by
        ).update(lease_until=timezone.now() + _lease())
    )


def _changes(delivery: Delivery, result: senders.SendResult, now) -> dict:
    attempts = delivery.attempts + 1
    changes: dict = {
        "attempts": attempts,
        "last_error": result.error,
        "lease_until": None,
        "claimed_by": "",
    }
    if result.outcome == "sent":
        return changes | {
            "status": Delivery.Status.SENT,
            "sent_at": now,
            "provider_message_id": result.provider_message_id,
            "next_attempt_at": None,
        }
    if result.outcome == "retry":
        if attempts >= settings.REDAKSI_CHANNELS_MAX_ATTEMPTS:
            return changes | {"status": Delivery.Status.DEAD, "next_attempt_at": None}
        delay = result.retry_after or _backoff(attempts)
        return changes | {
            "status": Delivery.Status.PENDING,
            "next_attempt_at": now + timedelta(seconds=delay),
        }
    return changes | {"status": Delivery.Status.FAILED, "next_attempt_at": None}


def _after(delivery: Delivery, result: senders.SendResult) -> None:
    if result.outcome == "gone":
        unfollow(delivery.follower.channel, delivery.follower.address, result.error)
    if result.outcome != "sent":
        logger.warning(
            _("Delivery %(key)s: %(outcome)s (%(error)s)"),
            {"key": delivery.idempotency_key, "outcome": result.outcome, "error": result.error},
        )


def record(delivery: Delivery, result: senders.SendResult) -> str:
    changes = _changes(delivery, result, timezone.now())
    Delivery.objects.filter(
        pk=delivery.pk, status=Delivery.Status.SENDING, claimed_by=delivery.claimed_by
    ).update(**changes)
    _after(delivery, result)
    return changes["status"]


def record_many(answered: list[tuple[Delivery, senders.SendResult]]) -> None:
    """Write many answers; a row whose claim is no longer ours is left alone.

    Messages that went out (nearly all of them) are written in one statement per claim;
    the rest, which need backoff, dead-lettering or unfollowing, one by one.
    """
    sent = [(d, r) for d, r in answered if r.outcome == "sent"]
    for claimed_by in {d.claimed_by for d, _r in sent}:
        mine = [(d, r) for d, r in sent if d.claimed_by == claimed_by]
        Delivery.objects.filter(
            pk__in=[d.pk for d, _ in mine], status=Delivery.Status.SENDING, claimed_by=claimed_by
        ).update(
            status=Delivery.Status.SENT,
            sent_at=timezone.now(),
            attempts=F("attempts") + 1,
            last_error="",
            lease_until=None,
            claimed_by="",
            next_attempt_at=None,
            provider_message_id=Case(
                *(When(pk=d.pk, then=Value(r.provider_message_id)) for d, r in mine),
                default=Value(""),
            ),
        )
    for delivery, result in answered:
        if result.outcome != "sent":
            record(delivery, result)


def _hand_back(deliveries: list[Delivery]) -> None:
    """Rows claimed but not sent (stopping, or the claim getting old) go back to the queue."""
    for claimed_by in {d.claimed_by for d in deliveries}:
        Delivery.objects.filter(
            pk__in=[d.pk for d in deliveries if d.claimed_by == claimed_by],
            status=Delivery.Status.SENDING,
            claimed_by=claimed_by,
        ).update(
            status=Delivery.Status.PENDING,
            next_attempt_at=timezone.now(),
            lease_until=None,
            claimed_by="",
        )


def _record_now(answered: list[tuple[Delivery, senders.SendResult]]) -> None:
    try:
        record_many(answered)
    except Exception:  # the messages went out: their rows' leases run out and they are retried
        logger.exception("recording %s channel answers failed", len(answered))


def _send_through_chat(
    channel: str,
    batch: list[tuple[Delivery, tuple]],
    limiter: RateLimiter,
    stop: threading.Event | None,
    concurrency: int,
    deadline: float,
) -> None:
    answers = chat.send_now_many(
        senders.CHAT_PLATFORMS[channel],
        [message for _, message in batch],
        use_template=channel == WHATSAPP,
        concurrency=concurrency,
        rate_per_second=limiter.rate(channel),
        stop=stop,
        deadline=deadline,
    )
    unsent: list[Delivery] = []
    # A batch is written before the next messages start: a worker killed outright leaves
    # at most `concurrency` messages sent without their answer written down.
    for batch_answers in answers:
        answered = []
        for index, result in batch_answers:
            delivery = batch[index][0]
            if result is None:
                unsent.append(delivery)
            else:
                answered.append((delivery, senders.chat_answer(result)))
        _record_now(answered)
    _hand_back(unsent)


def _send_one(delivery: Delivery, limiter: RateLimiter, stop: threading.Event | None) -> None:
    try:
        if stop is not None and stop.is_set():
            # Stopping: hand the row back untouched rather than send it half-way through shutdown.
            Delivery.objects.filter(
                pk=delivery.pk, status=Delivery.Status.SENDING, claimed_by=delivery.claimed_by
            ).update(status=Delivery.Status.PENDING, lease_until=None, claimed_by="")
            return
        limiter.wait(delivery.channel, stop)
        if not _still_mine(delivery):
            return
        try:
            result = senders.send(delivery)
        except Exception as exc:  # a bug in one sender must not strand the row in "sending"
            logger.exception("delivery %s raised", delivery.idempotency_key)
            result = senders.SendResult("retry", error=f"{type(exc).__name__}: {exc}")
        record(delivery, result)
    finally:
        if threading.current_thread() is not threading.main_thread():
            close_old_connections()


def process(
    ids: list[int],
    *,
    limiter: RateLimiter,
    stop: threading.Event | None = None,
    pool: ThreadPoolExecutor | None = None,
    concurrency: int = 1,
) -> None:
    # Past half the lease a claim is too old to send from: another worker may take it soon.
    deadline = time.monotonic() + settings.REDAKSI_CHANNELS_LEASE_SECONDS / 2
    deliveries = Delivery.objects.filter(pk__in=ids).select_related("story", "follower")
    through_chat: dict[str, list] = defaultdict(list)
    others: list[Delivery] = []
    for delivery in deliveries:
        message = senders.chat_message(delivery)
        if message is None:
            others.append(delivery)
        else:
            through_chat[delivery.follower.channel].append((delivery, message))
    for channel, batch in through_chat.items():
        _send_through_chat(channel, batch, limiter, stop, concurrency, deadline)
    if pool is None:
        for delivery in others:
            _send_one(delivery, limiter, stop)
        return
    list(pool.map(lambda d: _send_one(d, limiter, stop), others))


def work(
    stop: threading.Event | None = None,
    *,
    until_idle: bool = False,
    concurrency: int | None = None,
) -> int:
    """Send due deliveries until ``stop`` is set (or, ``until_idle``, until none is due)."""
    stop = stop or threading.Event()
    concurrency = concurrency or settings.REDAKSI_CHANNELS_CONCURRENCY
    seen = SendersSeen(_WORKER)
    limiter = RateLimiter(settings.REDAKSI_CHANNELS_RATE_PER_SECOND, seen)
    # Chat messages go out `concurrency` at a time on one event loop; the other channels'
    # blocking senders get a thread each, up to a point.
    threads = min(concurrency, _MAX_THREADS)
    pool = ThreadPoolExecutor(threads, "redaksi-channels") if threads > 1 else None
    handled = 0
    try:
        while not stop.is_set():
            ids = claim(max(concurrency * 4, _BATCH))
            if not ids:
                if until_idle:
                    break
                _wake.wait(settings.REDAKSI_CHANNELS_POLL_MS / 1000)
                _wake.clear()
                release_expired()
                continue
            process(ids, limiter=limiter, stop=stop, pool=pool, concurrency=concurrency)
            handled += len(ids)
    finally:
        if pool is not None:
            pool.shutdown(wait=True)
        seen.leave()
    return handled


def drain() -> int:
    """Send everything that is due now, in this thread (commands, tests)."""
    return work(until_idle=True, concurrency=1)


# --- The in-process sender: `redaksi serve` and `redaksi worker` run it from the scheduler loop.

_wake = threading.Event()
_sender_started = threading.Event()


def wake() -> None:
    """A fan-out just committed: an idle sender in this process starts at once, not at its poll."""
    _wake.set()


def _sender_loop() -> None:
    while True:
        close_old_connections()
        try:
            work()
        except Exception:  # the sender must survive a dropped database connection
            logger.exception("channel sender failed; restarting in 5 s")
            time.sleep(5)


def tick() -> None:
    """Scheduler job: recover stale claims, fan out missed stories, keep a sender running."""
    release_expired()
    fan_out_missed()
    if queue_digest():
        wake()
    if settings.REDAKSI_CHANNELS_POLL_MS > 0 and not _sender_started.is_set():
        _sender_started.set()
        threading.Thread(target=_sender_loop, name="redaksi-channels", daemon=True).start()
        logger.info(_("The channel sender runs in this process"))
