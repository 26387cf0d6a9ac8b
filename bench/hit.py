"""What one page-cache hit costs inside the WSGI function, per cache profile (bench/README.md).

    uv run python bench/hit.py [--redis redis://127.0.0.1:6379/N] [--calls 20000]

Runs itself once per profile in a fresh process: the embedded one (process memory), Redis
with the in-process tier, and Redis read on every hit (the tier switched off, as before it
existed). Each process stores one 22 kB page under its surrogate keys, then times
`redaksi.delivery.wsgi.application` answering it, five rounds of --calls hits, and prints
the median microseconds per hit. No HTTP server and no wrk: this is the app's share of a
hit, which a loaded machine disturbs less than a whole-server benchmark.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def measure(calls: int, tier: bool) -> float:
    import django

    django.setup()
    from redaksi.delivery import neartier, pagecache, wsgi

    if not tier:
        neartier.tier.get = lambda *args: None
        neartier.tier.put = lambda *args: None
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": "/news/read/61/peringatan-dini",
        "QUERY_STRING": "",
        "HTTP_HOST": "bench.example",
        "wsgi.url_scheme": "http",
    }
    ident = pagecache.identity(environ)
    body = ("<p>Peringatan dini cuaca ekstrem di pesisir utara Jawa.</p>" * 380).encode()
    headers = [("Content-Type", "text/html; charset=utf-8"), ("X-Accel-Expires", "600")]
    entry = (200, headers, body, ("latest", "story-61"), time.time())
    pagecache.clear()
    assert pagecache.store(ident, entry, {"latest", "story-61"}, 600, time.time() + 1)

    def start_response(status, headers):
        return None

    rounds = []
    for _ in range(5):
        started = time.perf_counter()
        for _ in range(calls):
            wsgi.application(environ, start_response)
        rounds.append((time.perf_counter() - started) / calls * 1e6)
    pagecache.clear()
    return statistics.median(rounds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/15")
    parser.add_argument("--calls", type=int, default=20000)
    parser.add_argument("--child", choices=["tier", "no-tier"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(args.calls, args.child == "tier")))
        return
    skip = {"REDIS_URL", "DATABASE_URL", "PROMETHEUS_MULTIPROC_DIR"}
    base = {k: v for k, v in os.environ.items() if k not in skip}
    base.update(
        DJANGO_SETTINGS_MODULE="redaksi.settings.dev",
        REDAKSI_DATA_DIR=str(ROOT / "var" / "bench-hit"),
    )
    profiles = {
        "embedded (process memory)": ({}, "tier"),
        "Redis with the in-process tier": ({"REDIS_URL": args.redis}, "tier"),
        "Redis on every hit (no tier)": ({"REDIS_URL": args.redis}, "no-tier"),
    }
    for name, (extra, child) in profiles.items():
        out = subprocess.run(
            [sys.executable, __file__, "--child", child, "--calls", str(args.calls)],
            env={**base, **extra},
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        print(f"{name:34} {json.loads(out.strip().splitlines()[-1]):8.1f} µs per hit")


if __name__ == "__main__":
    main()
