"""Many messages at once: one event loop, many requests in flight, answers as they come.

A news story goes to every follower; blocking calls one per thread spend their time
waiting. Here one event loop in a thread of its own keeps ``concurrency`` requests in
flight over pooled keep-alive connections. The loop only talks HTTP: Django's
database must not be used inside an event loop, so the caller's thread receives each
answer from a queue and writes it down itself.
"""

import asyncio
import atexit
import os
import queue
import threading
import time
from collections.abc import Callable, Iterator, Sequence

import aiohttp
from django.conf import settings

from . import providers
from .messages import Reply
from .providers import Request, SendResult

_loop: asyncio.AbstractEventLoop | None = None
_loop_pid = 0
_loop_lock = threading.Lock()
_session_now: aiohttp.ClientSession | None = None
_DONE = object()


def _event_loop() -> asyncio.AbstractEventLoop:
    """The process's sending loop, started on first use (and again in a forked child)."""
    global _loop, _loop_pid, _session_now
    with _loop_lock:
        if _loop is None or _loop_pid != os.getpid():
            loop = asyncio.new_event_loop()
            threading.Thread(target=loop.run_forever, name="redaksi-chat-bulk", daemon=True).start()
            _loop, _loop_pid, _session_now = loop, os.getpid(), None
        return _loop


async def _close_session() -> None:
    if _session_now is not None:
        await _session_now.close()


@atexit.register
def _close() -> None:
    """Close the pooled connections on the way out (aiohttp warns about open ones)."""
    if _loop is not None and _loop_pid == os.getpid() and _loop.is_running():
        try:
            asyncio.run_coroutine_threadsafe(_close_session(), _loop).result(timeout=2)
        except Exception:  # exiting anyway; the operating system closes the sockets
            pass


def _session() -> aiohttp.ClientSession:
    # Made on the sending loop, in it: aiohttp binds a session to the loop that made it.
    global _session_now
    if _session_now is None or _session_now.closed:
        _session_now = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=0, ttl_dns_cache=300),
            timeout=aiohttp.ClientTimeout(total=settings.REDAKSI_CHAT_TIMEOUT_SECONDS),
        )
    return _session_now


async def _post(platform: str, call: Request) -> SendResult:
    try:
        async with _session().post(call.url, json=call.payload, headers=call.headers) as response:
            body = await response.read()
            return providers.answer(platform, response.status, body)
    except (TimeoutError, aiohttp.ClientError, OSError) as exc:
        return SendResult("retry", error=f"{type(exc).__name__}: {exc}")


async def _send_all(
    platform: str,
    calls: Sequence[Request | SendResult],
    answers: queue.SimpleQueue,
    gate: asyncio.Semaphore,
    rate_per_second: float,
    halt: Callable[[], bool],
) -> None:
    next_free = [time.monotonic()]

    async def one(index: int, call: Request | SendResult) -> None:
        # The permit is given back by the caller once it has handled the answer.
        await gate.acquire()
        if halt():
            answers.put((index, None))
            return
        if isinstance(call, SendResult):
            answers.put((index, call))
            return
        if rate_per_second > 0:
            now = time.monotonic()
            slot = max(now, next_free[0])
            next_free[0] = slot + 1 / rate_per_second
            if slot > now:
                await asyncio.sleep(slot - now)
        try:
            result = await _post(platform, call)
        except Exception as exc:  # a bug must not strand the caller waiting for an answer
            result = SendResult("retry", error=f"{type(exc).__name__}: {exc}")
        answers.put((index, result))

    try:
        await asyncio.gather(*(one(i, call) for i, call in enumerate(calls)))
    finally:
        answers.put(_DONE)


def _release(gate: asyncio.Semaphore, permits: int) -> None:
    for _ in range(permits):
        gate.release()


def send_many(
    platform: str,
    messages: Sequence[tuple[str, Reply]],
    *,
    use_template: bool,
    concurrency: int,
    rate_per_second: float = 0,
    stop: threading.Event | None = None,
    deadline: float | None = None,
) -> Iterator[list[tuple[int, SendResult | None]]]:
    """Send ``messages`` (recipient, reply), yielding the answers in batches as they arrive.

    Each batch is a list of ``(index, answer)``. A new message starts only when one
    the caller has been given is handled (the caller asks for the next batch), so at
    most ``concurrency`` messages are ever in flight or answered but not yet handled.
    At most ``rate_per_second`` start each second. A message not yet started when
    ``stop`` is set or the monotonic ``deadline`` has passed is not sent: its answer
    is None, for the caller to hand back.
    """
    if not messages:
        return
    calls = [
        providers.request(platform, recipient, reply, use_template=use_template)
        for recipient, reply in messages
    ]
    loop = _event_loop()
    answers: queue.SimpleQueue = queue.SimpleQueue()
    gate = asyncio.Semaphore(max(concurrency, 1))
    abandoned = threading.Event()

    def halt() -> bool:
        return (
            abandoned.is_set()
            or (stop is not None and stop.is_set())
            or (deadline is not None and time.monotonic() > deadline)
        )

    future = asyncio.run_coroutine_threadsafe(
        _send_all(platform, calls, answers, gate, rate_per_second, halt), loop
    )
    finished = False
    try:
        while not finished:
            batch = []
            item = answers.get()
            while item is not _DONE:
                batch.append(item)
                try:
                    item = answers.get_nowait()
                except queue.Empty:
                    break
            finished = item is _DONE
            if batch:
                yield batch
                loop.call_soon_threadsafe(_release, gate, len(batch))
        future.result()
    finally:
        if not finished:  # the caller gave up: start nothing more and let the rest end
            abandoned.set()
            loop.call_soon_threadsafe(_release, gate, len(calls))
