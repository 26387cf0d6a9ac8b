"""Portal speed, side by side in one run (bench/README.md, "Portal speed").

    uv run python bench/portal.py [--root DIR] [--duration 10] [--repeat 3] [--publishes 20]
        [--database postgres://…] [--redis redis://…]

Sets up the production profile in a temp folder (demo content, gunicorn with
deploy/gunicorn.conf.py, nginx with deploy/nginx) on SQLite and the app's
in-process cache, or with --database and --redis on PostgreSQL and Redis (the
documented scale-out profile), then measures with wrk on 127.0.0.1:

1. a cached article page through nginx, against nginx serving the same bytes
   as a plain static file (same nginx, same run);
2. gunicorn alone answering a page-cache hit, against a bare Wagtail welcome
   page (`wagtail start`, throwaway) under the same gunicorn settings;
4. publish-to-visible: publish an update, poll the page through nginx until
   the new headline shows; N times, median and max.

--root reuses a prepared folder (the demo load is the slow part).
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.stack import Stack, free_port, wait_for  # noqa: E402

WRK = ["wrk", "-t2", "-c64"]


def wrk(url: str, duration: int) -> dict:
    out = subprocess.run(
        [*WRK, f"-d{duration}s", "--latency", url], capture_output=True, text=True, check=True
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)", out)
    latency = re.search(r"50%\s+([\d.]+\w+)", out)
    return {
        "rps": rate,
        "p50": latency.group(1) if latency else "?",
        "non2xx": int(errors.group(1)) if errors else 0,
        "socket_errors": socket_errors.group(1) if socket_errors else "none",
    }


def fetch(url: str) -> tuple[dict, bytes]:
    with urllib.request.urlopen(url, timeout=10) as response:
        return dict(response.headers), response.read()


def latest_story_path(stack: Stack) -> str:
    return stack.shell(
        "from redaksi.newsroom.api import ArticlePage\n"
        "print(ArticlePage.objects.live().order_by('-first_published_at').first().get_url())"
    )


def static_server_block(folder: Path, port: int) -> str:
    return textwrap.dedent(
        f"""
        server {{
            listen 127.0.0.1:{port};
            root {folder};
            default_type text/html;
            location / {{ try_files $uri =404; }}
        }}
        """
    )


def vanilla_wagtail(root: Path, port: int) -> subprocess.Popen:
    """`wagtail start` in a temp folder, migrated, under the same gunicorn settings."""
    project = root / "vanilla"
    if not (project / "benchsite").exists():
        project.mkdir(parents=True, exist_ok=True)
        wagtail = str(Path(sys.executable).parent / "wagtail")
        subprocess.run([wagtail, "start", "benchsite", str(project)], check=True)
        (project / "benchsite" / "settings" / "bench.py").write_text(
            "from .base import *  # noqa\nDEBUG = False\nALLOWED_HOSTS = ['*']\n"
            "SECRET_KEY = 'bench-only'\n"
        )
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}} | {
        "DJANGO_SETTINGS_MODULE": "benchsite.settings.bench",
        "PYTHONPATH": str(project),
    }
    subprocess.run(
        [sys.executable, str(project / "manage.py"), "migrate", "-v", "0"],
        env=env,
        cwd=project,
        check=True,
    )
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "benchsite.wsgi:application",
            "--workers",
            "2",
            "--bind",
            f"127.0.0.1:{port}",
            "--no-control-socket",
        ],
        env=env,
        cwd=project,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for(f"http://127.0.0.1:{port}/", process)
    return process


PUBLISH_LOOP = """
import json, time, urllib.request
from redaksi.newsroom.api import ArticlePage, publish_article
story = ArticlePage.objects.live().order_by('-first_published_at').first()
base_title = story.title.split(' [')[0]
url = {nginx!r} + story.get_url()
urllib.request.urlopen(url).read(); urllib.request.urlopen(url).read()
results = []
for n in range({count}):
    draft = story.get_latest_revision_as_object()
    marker = f'[pembaruan {{n}} {{time.time_ns()}}]'
    draft.title = f'{{base_title}} {{marker}}'
    draft.save_revision()
    started = time.perf_counter()
    publish_article(draft)
    polls = 0
    while True:
        polls += 1
        body = urllib.request.urlopen(url).read().decode()
        if marker in body:
            break
    results.append((time.perf_counter() - started, polls))
    urllib.request.urlopen(url).read()  # nginx holds the new version again
    time.sleep(0.3)
print(json.dumps(results))
"""


def publish_to_visible(stack: Stack, count: int) -> list[tuple[float, int]]:
    code = PUBLISH_LOOP.format(nginx=stack.nginx_url, count=count)
    return json.loads(stack.shell(code))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, help="prepared folder to reuse")
    parser.add_argument("--duration", type=int, default=10)
    parser.add_argument("--publishes", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3, help="wrk runs per target (median)")
    parser.add_argument("--redis", default="", help="REDIS_URL for the app's cache")
    parser.add_argument("--database", default="", help="DATABASE_URL (an empty database)")
    args = parser.parse_args()

    root = args.root or Path(tempfile.mkdtemp(prefix="redaksi-bench-"))
    stack = Stack(
        root, workers=2, redis_url=args.redis, nginx_workers=2, database_url=args.database
    )
    profile = "PostgreSQL" if args.database else "SQLite"
    profile += " + Redis" if args.redis else " + in-process cache"
    print(f"profile: {profile}", flush=True)
    if not (root / "prepared").exists():
        print(f"preparing {root} (demo content)…", flush=True)
        stack.prepare(demo=True)
        (root / "prepared").touch()
    shutil.rmtree(root / "nginx" / "pages", ignore_errors=True)
    static_dir = root / "static-copy"
    static_dir.mkdir(exist_ok=True)
    static_port = free_port()
    vanilla_port = free_port()
    processes = []
    try:
        stack.start_app()
        stack.start_nginx(extra=static_server_block(static_dir, static_port))
        path = latest_story_path(stack)
        for _ in range(3):
            headers, body = fetch(stack.nginx_url + path)
        (static_dir / "article.html").write_bytes(body)
        for _ in range(6):  # every gunicorn worker holds the page
            fetch(stack.app_url + path)
        print(f"article {path}: {len(body)} bytes, nginx says X-Cache {headers.get('X-Cache')}")
        print(f"app says X-Cache {fetch(stack.app_url + path)[0].get('X-Cache')}", flush=True)

        processes.append(vanilla_wagtail(root, vanilla_port))
        vanilla_body = fetch(f"http://127.0.0.1:{vanilla_port}/")[1]

        targets = {
            "1 nginx cached article": stack.nginx_url + path,
            "1 nginx static file": f"http://127.0.0.1:{static_port}/article.html",
            "2 gunicorn page-cache hit": stack.app_url + path,
            "2 vanilla Wagtail welcome": f"http://127.0.0.1:{vanilla_port}/",
        }
        # Each pair runs back to back, --repeat times, and the median run counts: a single
        # run on a shared machine swings by a third (the first one after a start is slowest).
        runs: dict[str, list[dict]] = {name: [] for name in targets}
        for _ in range(args.repeat):
            for name, url in targets.items():
                runs[name].append(wrk(url, args.duration))
        figures = {
            name: sorted(found, key=lambda figure: figure["rps"])[len(found) // 2]
            for name, found in runs.items()
        }
        for name, found in runs.items():
            print(f"{name:32} runs: " + ", ".join(f"{figure['rps']:.0f}" for figure in found))
        for name, figure in figures.items():
            print(
                f"{name:32} {figure['rps']:>10.0f} req/s  p50 {figure['p50']:>8}"
                f"  non-2xx {figure['non2xx']}  socket errors {figure['socket_errors']}"
            )
        one = figures["1 nginx cached article"]["rps"] / figures["1 nginx static file"]["rps"]
        two = (
            figures["2 gunicorn page-cache hit"]["rps"]
            / figures["2 vanilla Wagtail welcome"]["rps"]
        )
        print(f"bench 1: {one:.0%} of nginx static (target >= 70 %)")
        print(
            f"bench 2: {two:.1f}x vanilla Wagtail (target >= 10x); "
            f"vanilla page {len(vanilla_body)} bytes"
        )

        results = publish_to_visible(stack, args.publishes)
        seconds = [r[0] for r in results]
        print(
            f"bench 4: publish-to-visible through nginx, n={len(seconds)}: "
            f"median {statistics.median(seconds) * 1000:.0f} ms, max {max(seconds) * 1000:.0f} ms, "
            f"polls per publish max {max(r[1] for r in results)} (target <= 1 s)"
        )
        # Straight to gunicorn: /metrics is open to 127.0.0.1 only without X-Forwarded-For.
        metrics = fetch(stack.app_url + "/metrics")[1].decode()
        count = re.search(r'redaksi_page_cache_requests_total\{result="hit"\} ([\d.e+]+)', metrics)
        print(f"/metrics: page-cache hits counted by gunicorn: {count.group(1) if count else '?'}")
    finally:
        for process in processes:
            process.terminate()
            process.wait(timeout=15)
        stack.stop()
    print(f"data kept in {root}")


if __name__ == "__main__":
    main()
