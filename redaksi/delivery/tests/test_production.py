"""The README's "Production" steps, followed on this machine, checked over HTTP at the end.

PostgreSQL, Redis, gunicorn with deploy/gunicorn.conf.py, `redaksi worker` and nginx with
the site `redaksi nginx_config` writes, inside an `http {}` that includes mime.types (as
Debian's nginx.conf does). Needs PostgreSQL and Redis on 127.0.0.1 (REDAKSI_TEST_POSTGRES_URL,
REDAKSI_TEST_PRODUCTION_REDIS_URL; that Redis database is emptied) and Debian's nginx: skipped
where one is missing, unless REDAKSI_REQUIRE_NGINX=1.

Run as root (as CI runs it), the services run as the README says: gunicorn, the worker and
every `redaksi` command as www-data (through `runuser`, as the `deploy/redaksi` wrapper does),
nginx's workers as www-data too, over folders owned by www-data; and a test checks that nginx's
cache files are www-data's, mode 0600, and that a publish deletes them. Their Python is Debian's
/usr/bin/python3 with the locked dependencies in a virtualenv of their own (the test's own
Python lives in root's home, which www-data cannot enter). Run as another user, or without
Debian's Python or a www-data account, everything runs as the user running the tests.
"""

import os
import pwd
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.stack import BASE_DIR, NGINX, Stack, nginx_available, wait_for

ADMIN_URL = os.environ.get(
    "REDAKSI_TEST_POSTGRES_URL", "postgres://postgres@127.0.0.1:5432/postgres"
)
REDIS_URL = os.environ.get("REDAKSI_TEST_PRODUCTION_REDIS_URL", "redis://127.0.0.1:6379/15")
DATABASE = f"redaksi_production_{os.getpid()}"


def _unavailable(reason: str):
    if os.environ.get("REDAKSI_REQUIRE_NGINX") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def _services() -> None:
    import psycopg
    import redis

    if not nginx_available():
        _unavailable("nginx is not installed (apt-get install nginx)")
    try:
        psycopg.connect(ADMIN_URL, autocommit=True, connect_timeout=3).close()
    except psycopg.Error as exc:
        _unavailable(f"PostgreSQL is not reachable at {ADMIN_URL}: {exc}")
    try:
        redis.Redis.from_url(REDIS_URL, socket_timeout=3).flushdb()
    except redis.RedisError as exc:
        _unavailable(f"Redis is not reachable at {REDIS_URL}: {exc}")


def _database(action: str, options: str = "") -> str:
    import psycopg

    with psycopg.connect(ADMIN_URL, autocommit=True) as connection:
        connection.execute(f'{action} "{DATABASE}" {options}')
    return ADMIN_URL.rsplit("/", 1)[0] + "/" + DATABASE


SERVICE_USER = "www-data"
DEBIAN_PYTHON = "/usr/bin/python3"


def _service_user() -> str:
    """www-data when this run can act as the README does (root, Debian's Python, uv)."""
    if os.geteuid() != 0 or not os.path.exists(DEBIAN_PYTHON) or not _uv():
        return ""
    try:
        pwd.getpwnam(SERVICE_USER)
    except KeyError:
        return ""
    return SERVICE_USER


def _uv() -> str:
    return os.environ.get("UV") or shutil.which("uv") or ""


# Not part of a deployment: environments, caches and local data of this checkout.
_NOT_DEPLOYED = shutil.ignore_patterns(
    ".git", ".venv", "var", "__pycache__", "*.pyc", ".*_cache", "test-results", "node_modules"
)


def _deploy_code(root: Path) -> Path:
    """The README's `git clone … /srv/redaksi`: the project in a folder the service user owns
    (this checkout may sit where only root can enter, such as a `mktemp -d` folder)."""
    code = root / "srv"
    shutil.copytree(BASE_DIR, code, ignore=_NOT_DEPLOYED)
    return code


def _services_python(root: Path) -> str:
    """The README's `uv sync --locked --no-dev`, into a virtualenv www-data can run."""
    venv = root / "venv"
    subprocess.run([_uv(), "venv", "-q", "--python", DEBIAN_PYTHON, str(venv)], check=True)
    subprocess.run(
        [_uv(), "sync", "-q", "--locked", "--no-dev", "--no-install-project"],
        env={**os.environ, "UV_PROJECT_ENVIRONMENT": str(venv)},
        cwd=BASE_DIR,
        check=True,
    )
    return str(venv / "bin" / "python")


def _own(root: Path, user: str) -> None:
    entry = pwd.getpwnam(user)
    for folder, folders, files in os.walk(root):
        for name in (folder, *(os.path.join(folder, f) for f in folders + files)):
            os.lchown(name, entry.pw_uid, entry.pw_gid)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    _services()
    _database("DROP DATABASE IF EXISTS")  # left by a run killed midway
    database_url = _database("CREATE DATABASE")
    user = _service_user()
    if user:
        # Outside pytest's folder, which only root may enter.
        root = Path(tempfile.mkdtemp(prefix="redaksi-production-", dir="/var/tmp"))
        root.chmod(0o755)
        python = _services_python(root)
        code = _deploy_code(root)
        (root / "data").mkdir()
        _own(root, user)
    else:
        root, python = tmp_path_factory.mktemp("redaksi-production"), sys.executable
        code = BASE_DIR
    stack = Stack(
        root, redis_url=REDIS_URL, database_url=database_url, python=python, user=user, code=code
    )
    stack.env.update(
        {
            # What the README's /etc/redaksi/redaksi.env sets that the stack does not already.
            "REDAKSI_TASK_BACKEND": "database",
            "REDAKSI_SCHEDULER_SECONDS": "1",
            "REDAKSI_SERVE_MEDIA": "false",
            "REDAKSI_METRICS_TOKEN": "rahasia-prometheus",
            "DJANGO_SUPERUSER_PASSWORD": "kata-sandi-admin-yang-panjang",
        }
    )
    try:
        # Step "Database and files": migrate, collectstatic, the first account.
        stack.redaksi("migrate", "-v", "0")
        stack.redaksi("collectstatic", "--noinput", "-v", "0")
        stack.redaksi(
            "createsuperuser", "--noinput", "--username", "admin", "--email", "a@redaksi.example"
        )
        stack.shell(
            "from redaksi.newsroom.tests.fixtures import build_site, make_article\n"
            "from django.utils import timezone\n"
            "site = build_site()\n"
            "make_article(site['sections']['news'], site['authors'][:1], title='Harga cabai "
            "naik menjelang Lebaran', tags=('pangan',), publish_at=timezone.now())\n"
            "print('ok')"
        )
        # Step "Services": gunicorn, the worker, nginx with the generated site.
        stack.start_app()
        stack.start_worker()
        site_conf = stack.redaksi(
            "nginx_config",
            "--upstream",
            f"127.0.0.1:{stack.app_port}",
            "--cache-dir",
            stack.env["REDAKSI_NGINX_CACHE_DIR"],
            "--listen",
            f"127.0.0.1:{stack.nginx_port}",
            "--server-name",
            "redaksi.example",
            "--static-root",
            stack.env["STATIC_ROOT"],
            "--standalone",
            str(root / "nginx"),
        )
        stack.nginx_conf()  # the temp folders nginx needs under its prefix
        conf = root / "nginx" / "nginx.conf"
        if user:
            # Debian's nginx.conf says `user www-data;`: its workers write the cache files.
            site_conf = f"user {user};\n" + site_conf
            _own(root / "nginx", user)
        conf.write_text(site_conf)
        subprocess.run([NGINX, "-t", "-p", str(conf.parent), "-c", str(conf)], check=True)
        process = subprocess.Popen(
            [NGINX, "-p", str(conf.parent), "-c", str(conf), "-g", "daemon off;"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        stack.processes.append(process)
        wait_for(f"{stack.nginx_url}/healthz", process)
        yield stack
    finally:
        stack.stop()
        _database("DROP DATABASE IF EXISTS", "WITH (FORCE)")
        if user:
            shutil.rmtree(root, ignore_errors=True)


def fetch(url: str, **headers: str) -> tuple[int, dict, str]:
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode()


def until(url: str, text: str, seconds: float = 15) -> str:
    deadline = time.monotonic() + seconds
    while True:
        body = fetch(url)[2]
        if text in body or time.monotonic() > deadline:
            return body
        time.sleep(0.1)


def story_path(site: Stack, title: str) -> str:
    return site.shell(
        "from redaksi.newsroom.api import ArticlePage\n"
        f"print(ArticlePage.objects.get(title__startswith={title!r}).get_url())"
    )


def test_readers_get_pages_from_nginx_with_security_headers(site):
    status, headers, body = fetch(site.nginx_url + "/")
    assert status == 200 and "Harga cabai naik menjelang Lebaran" in body
    assert fetch(site.nginx_url + "/")[1]["X-Cache"] == "HIT-nginx"
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_static_files_come_from_nginx_with_their_type(site):
    status, _, body = fetch(site.nginx_url + "/")
    css = body.split('rel="stylesheet" href="', 1)[1].split('"', 1)[0]
    status, headers, _ = fetch(site.nginx_url + css)
    assert status == 200
    assert headers["Content-Type"].startswith("text/css")  # mime.types is included


def test_publish_from_a_shell_without_the_nginx_setting_is_visible_through_nginx(site):
    path = story_path(site, "Harga cabai")
    urls = [site.nginx_url + path, site.nginx_url + "/", site.nginx_url + "/tag/pangan/"]
    for url in urls:
        fetch(url)
        assert fetch(url)[1]["X-Cache"] == "HIT-nginx", url
    env = dict(site.env)
    del env["REDAKSI_NGINX_CACHE_DIR"]  # an operator's `redaksi shell` that forgot it
    site.env, saved = env, site.env
    try:
        site.shell(
            "from redaksi.newsroom.api import ArticlePage, publish_article\n"
            "story = ArticlePage.objects.get(title__startswith='Harga cabai')\n"
            "draft = story.get_latest_revision_as_object()\n"
            "draft.title = 'Harga cabai turun setelah operasi pasar'\n"
            "draft.save_revision()\n"
            "publish_article(draft)\n"
            "print('ok')"
        )
    finally:
        site.env = saved
    for url in urls:
        body = until(url, "Harga cabai turun setelah operasi pasar")
        assert "Harga cabai turun setelah operasi pasar" in body, url
        assert "Harga cabai naik menjelang Lebaran" not in body, url


def test_the_worker_publishes_a_scheduled_story(site):
    site.shell(
        "from datetime import timedelta\n"
        "from django.utils import timezone\n"
        "from redaksi.newsroom.api import ArticlePage\n"
        "from redaksi.newsroom.tests.fixtures import make_article\n"
        "story = ArticlePage.objects.get(title__startswith='Harga cabai')\n"
        "authors = [link.author for link in story.story_authors.all()]\n"
        "draft = make_article(story.get_parent().specific, authors, "
        "title='Pasar murah dibuka besok pagi')\n"
        "draft.go_live_at = timezone.now() + timedelta(seconds=2)\n"
        "draft.save_revision().publish()\n"
        "print(ArticlePage.objects.get(pk=draft.pk).live)"
    )
    assert "Pasar murah dibuka besok pagi" in until(
        site.nginx_url + "/terkini/", "Pasar murah dibuka besok pagi", seconds=30
    )


def test_admin_and_metrics_through_nginx(site):
    status, headers, body = fetch(site.nginx_url + "/admin/login/")
    assert status == 200 and "csrfmiddlewaretoken" in body
    assert "private" in headers["Cache-Control"] or "no-cache" in headers["Cache-Control"]
    assert fetch(site.nginx_url + "/metrics")[0] == 401
    token = {"Authorization": "Bearer rahasia-prometheus"}
    status, _, body = fetch(site.nginx_url + "/metrics", **token)
    assert status == 200 and "redaksi_page_cache_requests_total" in body


def _cache_key(copy: Path) -> str:
    found = re.search(rb"\nKEY: ([^\n]*)\n", copy.read_bytes()[:4096])
    return found.group(1).decode(errors="replace") if found else ""


def test_nginx_cache_files_are_the_app_users_and_a_publish_deletes_them(site):
    if not site.user:
        pytest.skip("runs as the README's www-data only when the tests run as root")
    path = story_path(site, "Harga cabai")
    url = site.nginx_url + path
    fetch(url)
    assert fetch(url)[1]["X-Cache"] == "HIT-nginx"
    pages = Path(site.env["REDAKSI_NGINX_CACHE_DIR"])
    copies = [p for p in pages.rglob("*") if p.is_file() and path in _cache_key(p)]
    assert copies, "nginx kept no copy of the story"
    for copy in copies:
        info = copy.stat()
        assert pwd.getpwuid(info.st_uid).pw_name == site.user
        assert info.st_mode & 0o077 == 0  # nginx's own mode: nobody else may even read it
    assert site.shell("import getpass; print(getpass.getuser())") == site.user
    site.shell(
        "from redaksi.newsroom.api import ArticlePage, publish_article\n"
        "story = ArticlePage.objects.get(title__startswith='Harga cabai')\n"
        "draft = story.get_latest_revision_as_object()\n"
        "draft.lede = 'Operasi pasar digelar di tiga kecamatan.'\n"
        "draft.save_revision()\n"
        "publish_article(draft)\n"
        "print('ok')"
    )
    assert not [p for p in copies if p.exists()], "a publish left nginx's copies in place"
    assert "Operasi pasar digelar di tiga kecamatan." in until(url, "Operasi pasar digelar")
