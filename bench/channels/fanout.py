"""Fan-out of one story to N WhatsApp followers with W worker processes, on PostgreSQL.

    createdb -h 127.0.0.1 -U postgres redaksi_bench_channels
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/redaksi_bench_channels \\
        uv run python bench/channels/fanout.py [--followers 100000] [--workers 2]

Measures, against a local fake Cloud API in its own process: the time from the
publish call to the first follower's message, the time the publish itself took
(it writes the delivery rows), and messages per second over the whole fan-out.
The reference beside it, in the same run: the same fake API driven by W plain
processes keeping the same number of requests in flight (aiohttp, one event loop
each) and doing nothing but the same HTTP calls, i.e. what this machine allows with
no outbox at all.
Use a fresh database: the script builds a small site in it.
"""

import argparse
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "redaksi.settings.dev")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def stats(base: str) -> dict:
    import httpx

    return httpx.get(base + "/stats").json()


REFERENCE = """
import asyncio, sys, aiohttp
url, n, w, c = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
async def main():
    gate = asyncio.Semaphore(c)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
        async def one(i):
            async with gate:
                body = {"messaging_product": "whatsapp", "to": f"ref{w}-{i}", "type": "template",
                        "template": {"name": "berita", "language": {"code": "id"}}}
                async with session.post(url + "/v21.0/1/messages", json=body,
                                        headers={"Authorization": "Bearer bench"}) as response:
                    await response.read()
        await asyncio.gather(*(one(i) for i in range(n)))
asyncio.run(main())
"""


def reference(base: str, workers: int, concurrency: int, per_worker: int) -> float:
    """The same calls from the same number of processes, each keeping the same number of
    requests in flight on one event loop, with no database at all."""
    start = time.perf_counter()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", REFERENCE, base, str(per_worker), str(w), str(concurrency)]
        )
        for w in range(workers)
    ]
    for proc in procs:
        proc.wait()
    return workers * per_worker / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--followers", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--concurrency", type=int, default=64)
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to a PostgreSQL database of its own (it is emptied).")

    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from redaksi.channels.models import Delivery, Follower, StoryMessage
    from redaksi.newsroom import api as newsroom
    from redaksi.newsroom.tests.fixtures import build_site, make_article

    Delivery.objects.all().delete()
    StoryMessage.objects.all().delete()
    Follower.objects.all().delete()
    site = build_site()
    Follower.objects.bulk_create(
        (
            Follower(channel="whatsapp", address=f"62899{n:07d}", token=f"bench{n}")
            for n in range(args.followers)
        ),
        batch_size=5000,
    )

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    api = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("fake_api.py")), str(port)]
    )
    time.sleep(1)
    env = {
        **os.environ,
        "WHATSAPP_ACCESS_TOKEN": "bench",
        "WHATSAPP_PHONE_NUMBER_ID": "1",
        "WHATSAPP_API_BASE_URL": base + "/v21.0",
        "TELEGRAM_CHANNEL": "",
        "REDAKSI_CHANNELS_RATE_WHATSAPP": "0",
        "REDAKSI_CHANNELS_POLL_MS": "100",
        "LOG_LEVEL": "WARNING",
    }
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "channels",
                "work",
                "--concurrency",
                str(args.concurrency),
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
        )
        for _ in range(args.workers)
    ]
    time.sleep(4)  # let the workers start and go idle
    try:
        draft = make_article(site["sections"]["news"], site["authors"][:1], title="Uji fan-out")
        published_at = time.time()
        newsroom.publish_article(draft)
        publish_seconds = time.time() - published_at
        rows = Delivery.objects.count()
        while True:
            now = stats(base)
            if now["messages"] >= args.followers or time.time() - published_at > 3600:
                break
            time.sleep(1)
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            worker.wait()
    result = stats(base)
    rate = result["messages"] / (result["last"] - result["first"])
    ref = reference(base, args.workers, args.concurrency, 5000)
    api.terminate()
    print(
        json.dumps(
            {
                "followers": args.followers,
                "workers": args.workers,
                "concurrency": args.concurrency,
                "delivery_rows": rows,
                "publish_call_seconds": round(publish_seconds, 2),
                "publish_to_first_message_seconds": round(result["first"] - published_at, 2),
                "fan_out_seconds": round(result["last"] - result["first"], 1),
                "messages_per_second": round(rate),
                "repeated_messages": result["repeated"],
                "reference_plain_http_per_second": round(ref),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
