"""A throwaway production profile on this machine: gunicorn behind nginx, demo content.

A test and benchmark harness, not part of the product: redaksi/delivery/tests/test_nginx.py
and bench/portal.py both run the shipped configuration this
way, so what is measured is what is tested. Nothing here runs in a served
process.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from redaksi.delivery.management.commands.nginx_config import render_site, render_standalone

NGINX = "/usr/sbin/nginx"
BASE_DIR = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited with {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


class Stack:
    """gunicorn (deploy/gunicorn.conf.py) and nginx (deploy/nginx) over a temp data folder."""

    def __init__(
        self,
        root: Path,
        *,
        workers: int = 2,
        redis_url: str = "",
        nginx_workers: int = 1,
        database_url: str = "",
        python: str = sys.executable,
        user: str = "",
        code: Path = BASE_DIR,
    ):
        self.root = root
        # The README runs gunicorn, the worker and `redaksi` commands as nginx's user.
        self.python = python
        self.user = user
        # The project's folder the services run from (the README's /srv/redaksi).
        self.code = code
        self.workers = workers
        self.nginx_workers = nginx_workers
        self.processes: list[subprocess.Popen] = []
        data = root / "data"
        env = {k: v for k, v in os.environ.items() if k not in {"REDIS_URL", "DATABASE_URL"}}
        env.update(
            {
                "DJANGO_SETTINGS_MODULE": "redaksi.settings.production",
                "SECRET_KEY": "redaksi-stack-secret-key-for-local-runs-only",
                "DATABASE_URL": f"sqlite:///{data / 'redaksi.sqlite3'}",
                "ALLOWED_HOSTS": "127.0.0.1,localhost",
                "REDAKSI_DATA_DIR": str(data),
                "STATIC_ROOT": str(root / "static"),
                "REDAKSI_NGINX_CACHE_DIR": str(root / "nginx" / "pages"),
                "REDAKSI_SCHEDULER_SECONDS": "0",
                "REDAKSI_TASK_BACKEND": "immediate",
                "SECURE_COOKIES": "false",
                # Only e-mails and the admin use it; production refuses a loopback address.
                "REDAKSI_BASE_URL": "http://redaksi.example",
                "REDAKSI_METRICS_NETWORKS": "127.0.0.1/32",
                "PYTHONUNBUFFERED": "1",
                "LOG_LEVEL": "WARNING",
            }
        )
        if redis_url:
            env["REDIS_URL"] = redis_url
        if database_url:
            env["DATABASE_URL"] = database_url
        self.env = env
        self.app_port = free_port()
        self.nginx_port = free_port()

    def folder(self, path: Path) -> Path:
        """A folder the services write to, theirs when they run as another user."""
        path.mkdir(parents=True, exist_ok=True)
        if self.user:
            shutil.chown(path, self.user, self.user)
        return path

    def _command(self, *args: str) -> list[str]:
        prefix = ["runuser", "-u", self.user, "--"] if self.user else []
        return [*prefix, self.python, *args]

    @property
    def app_url(self) -> str:
        return f"http://127.0.0.1:{self.app_port}"

    @property
    def nginx_url(self) -> str:
        return f"http://127.0.0.1:{self.nginx_port}"

    def redaksi(self, *args: str, timeout: int = 900, settings: str = "") -> str:
        env = {**self.env, "DJANGO_SETTINGS_MODULE": settings} if settings else self.env
        result = subprocess.run(
            self._command("-m", "redaksi.cli", *args),
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            cwd=self.code,
        )
        if result.returncode != 0:
            raise RuntimeError(f"redaksi {args[0]} failed:\n{result.stdout}\n{result.stderr}")
        return result.stdout

    def shell(self, code: str) -> str:
        return self.redaksi("shell", "-c", code, timeout=120).strip().splitlines()[-1]

    def prepare(self, demo: bool = True) -> None:
        """The demo portal, or (``demo=False``) the test newsroom: two sections, one story."""
        (self.root / "data").mkdir(parents=True, exist_ok=True)
        if demo:
            # `redaksi demo` refuses production settings (public passwords); the content is
            # loaded into the same database with the embedded profile's settings.
            self.redaksi("demo", "--no-serve", settings="redaksi.settings.dev")
        else:
            self.redaksi("migrate", "-v", "0")
            self.shell(
                "from redaksi.newsroom.tests.fixtures import build_site, make_article\n"
                "from django.utils import timezone\n"
                "site = build_site()\n"
                "make_article(site['sections']['news'], site['authors'][:1], title='Harga cabai "
                "naik menjelang Lebaran', tags=('pangan',), publish_at=timezone.now())\n"
                "print('ok')"
            )
        self.redaksi("collectstatic", "--noinput", "-v", "0")

    def start_app(self) -> None:
        env = {**self.env, "GUNICORN_BIND": f"127.0.0.1:{self.app_port}"}
        env["GUNICORN_WORKERS"] = str(self.workers)
        env["PROMETHEUS_MULTIPROC_DIR"] = str(self.folder(self.root / "metrics"))
        process = subprocess.Popen(
            self._command("-m", "gunicorn", "-c", str(self.code / "deploy" / "gunicorn.conf.py")),
            env=env,
            cwd=self.code,
            stdout=subprocess.DEVNULL,
            stderr=open(self.root / "gunicorn.log", "ab"),  # noqa: SIM115 - lives with the process
        )
        self.processes.append(process)
        wait_for(f"{self.app_url}/healthz", process)

    def start_worker(self) -> None:
        """`redaksi worker`: queued tasks (REDAKSI_TASK_BACKEND=database) and scheduled stories."""
        process = subprocess.Popen(
            self._command("-m", "redaksi.cli", "worker"),
            env=self.env,
            cwd=self.code,
            stdout=subprocess.DEVNULL,
            stderr=open(self.root / "worker.log", "ab"),  # noqa: SIM115 - lives with the process
        )
        self.processes.append(process)

    def nginx_conf(self, extra: str = "") -> Path:

        prefix = self.folder(self.root / "nginx")
        for folder in (
            "pages",
            "client_temp",
            "proxy_temp",
            "fastcgi_temp",
            "uwsgi_temp",
            "scgi_temp",
        ):
            self.folder(prefix / folder)
        site = render_site(
            upstream=f"127.0.0.1:{self.app_port}",
            cache_dir=str(prefix / "pages"),
            listen=f"127.0.0.1:{self.nginx_port}",
            static_root=str(self.root / "static"),
            media_root=str(self.root / "data" / "media"),
        )
        conf = prefix / "nginx.conf"
        conf.write_text(render_standalone(site, str(prefix), self.nginx_workers, extra))
        return conf

    def start_nginx(self, extra: str = "") -> None:
        conf = self.nginx_conf(extra)
        process = subprocess.Popen(
            [NGINX, "-p", str(conf.parent), "-c", str(conf), "-g", "daemon off;"],
            stdout=subprocess.DEVNULL,
            stderr=open(self.root / "nginx-stderr.log", "ab"),  # noqa: SIM115
        )
        self.processes.append(process)
        wait_for(f"{self.nginx_url}/healthz", process)

    def stop(self) -> None:
        for process in reversed(self.processes):
            process.terminate()
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()
        self.processes.clear()


def nginx_available() -> bool:
    return os.path.exists(NGINX)
