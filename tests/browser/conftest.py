"""Browser tests run the portal as a newcomer would: `redaksi demo`, then `redaksi serve`.

The server is a real subprocess on 127.0.0.1 with its own data folder; with
DATABASE_URL set it gets its own PostgreSQL database next to the test one.
Chromium is Debian's, driven by Playwright through ``executable_path``.
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}


def _chromium() -> str | None:
    for candidate in (os.environ.get("REDAKSI_CHROMIUM"), "chromium", "chromium-browser"):
        if candidate and (path := shutil.which(candidate)):
            return path
    return None


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = _chromium()
    if path is None:
        message = "Debian chromium is not installed (apt-get install chromium)"
        if os.environ.get("REDAKSI_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return path


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _browser_database_url() -> tuple[str | None, str | None]:
    """A database of its own for the demo server when the suite runs on PostgreSQL."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return None, None
    parts = urlsplit(url)
    name = f"{parts.path.lstrip('/') or 'redaksi'}_browser"
    return urlunsplit(parts._replace(path=f"/{name}")), name


def _postgres_admin(sql: str) -> None:
    import psycopg

    with psycopg.connect(os.environ["DATABASE_URL"], autocommit=True) as conn:
        conn.execute(sql)


def _run(args: list[str], env: dict, timeout: int = 600) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "redaksi.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode != 0:
        raise AssertionError(f"redaksi {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


@pytest.fixture(scope="session")
def demo_env(tmp_path_factory, chromium_path) -> Iterator[dict]:
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "redaksi.settings.dev",
        "REDAKSI_DATA_DIR": str(tmp_path_factory.mktemp("redaksi-data")),
        "REDAKSI_SCHEDULER_SECONDS": "2",
        "PYTHONUNBUFFERED": "1",
    }
    env.pop("REDIS_URL", None)  # each demo server keeps its own cache
    env["REDAKSI_TASK_BACKEND"] = "immediate"
    database_url, database_name = _browser_database_url()
    if database_url:
        _postgres_admin(f'DROP DATABASE IF EXISTS "{database_name}" WITH (FORCE)')
        _postgres_admin(f'CREATE DATABASE "{database_name}"')
        env["DATABASE_URL"] = database_url
    else:
        env.pop("DATABASE_URL", None)
    _run(["demo", "--no-serve"], env)
    yield env
    if database_name:
        _postgres_admin(f'DROP DATABASE IF EXISTS "{database_name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def portal_url(demo_env) -> Iterator[str]:
    port = _free_port()
    # The server logs every request: into a file, since an unread pipe fills up and
    # blocks the server mid-suite.
    log_path = Path(demo_env["REDAKSI_DATA_DIR"]) / "serve.log"
    log = log_path.open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "redaksi.cli", "serve", "--port", str(port)],
        env=demo_env,
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"redaksi serve exited:\n{log_path.read_text()[-5000:]}")
        try:
            with urllib.request.urlopen(f"{base}/", timeout=2):
                break
        except OSError:
            time.sleep(0.3)
    else:
        server.kill()
        raise AssertionError("redaksi serve did not answer within 90 s")
    yield base
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
    log.close()


# One Django process answers every question of the session: starting `redaksi shell -c`
# anew costs seconds each time. Each question runs as a fresh `shell -c` would: its own
# globals, an empty local cache, fresh database connections.
_SHELL_LOOP = """
import contextlib, io, json, sys, traceback
import django
django.setup()
from django.conf import settings
from django.core.cache import cache
from django.utils import translation
translation.activate(settings.LANGUAGE_CODE)
from django.db import close_old_connections, connections
for line in sys.stdin:
    cache.clear()
    close_old_connections()
    out, ok = io.StringIO(), True
    try:
        with contextlib.redirect_stdout(out):
            exec(json.loads(line), {"__name__": "__main__"})
    except BaseException:
        ok = False
        out.write(traceback.format_exc())
    finally:
        connections.close_all()
    sys.stdout.write(json.dumps({"ok": ok, "out": out.getvalue()}) + "\\n")
    sys.stdout.flush()
"""


@pytest.fixture(scope="session")
def redaksi_shell(demo_env) -> Iterator:
    """Ask the demo database a question in Python, as `redaksi shell -c` would; the last
    line printed is the answer."""
    shell = subprocess.Popen(
        [sys.executable, "-c", _SHELL_LOOP],
        env=demo_env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )

    def ask(code: str) -> str:
        shell.stdin.write(json.dumps(code) + "\n")
        shell.stdin.flush()
        line = shell.stdout.readline()
        if not line:
            raise AssertionError(f"the shell process ended (exit code {shell.wait()})")
        answer = json.loads(line)
        if not answer["ok"]:
            raise AssertionError(f"the shell could not run:\n{code}\n{answer['out']}")
        return answer["out"].strip().splitlines()[-1]

    yield ask
    shell.stdin.close()
    try:
        shell.wait(timeout=10)
    except subprocess.TimeoutExpired:
        shell.kill()


# Per module: Playwright runs an event loop in this thread while it is started, and Django
# refuses database work inside one, so it must be stopped before other tests run here.
@pytest.fixture(scope="module")
def browser(chromium_path) -> Iterator:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(
            executable_path=chromium_path, headless=True, args=CHROMIUM_FLAGS
        )
        yield instance
        instance.close()


@pytest.fixture(params=[DESKTOP, PHONE], ids=["desktop", "phone"])
def page(request, browser) -> Iterator:
    context = browser.new_context(viewport=request.param, locale="id-ID")
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def desktop_page(browser) -> Iterator:
    context = browser.new_context(viewport=DESKTOP, locale="id-ID")
    tab = context.new_page()
    yield tab
    context.close()


@pytest.fixture
def screenshot_dir() -> Path:
    path = Path(os.environ.get("REDAKSI_SCREENSHOTS", "test-results"))
    path.mkdir(parents=True, exist_ok=True)
    return path
