"""gunicorn for the production profile: `gunicorn -c deploy/gunicorn.conf.py`.

Cache hits are answered by redaksi.delivery.wsgi before Django runs. Every
knob can be set from the environment (GUNICORN_*); metrics from all workers
are added up through PROMETHEUS_MULTIPROC_DIR.
"""

import os
import tempfile
from pathlib import Path

wsgi_app = "redaksi.delivery.wsgi:application"
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("GUNICORN_WORKERS", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "1"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "0"))
max_requests_jitter = max_requests // 10
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
# No shared control socket in $HOME: several instances (staging, tests) may run side by side.
control_socket_disable = True
_settings = os.environ.get("DJANGO_SETTINGS_MODULE", "redaksi.settings.production")
raw_env = [f"DJANGO_SETTINGS_MODULE={_settings}"]

# One folder of metric files per server start, shared by its workers.
if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = tempfile.mkdtemp(prefix="redaksi-metrics-")
Path(os.environ["PROMETHEUS_MULTIPROC_DIR"]).mkdir(parents=True, exist_ok=True)


def on_starting(server) -> None:
    for stale in Path(os.environ["PROMETHEUS_MULTIPROC_DIR"]).glob("*.db"):
        stale.unlink()
    if workers > 1 and not os.environ.get("REDIS_URL"):
        server.log.info(
            "No REDIS_URL: each worker keeps its own page cache; purges reach the others "
            "through the purge log (REDAKSI_PURGE_LOG) within REDAKSI_PURGE_LOG_POLL_MS."
        )


def child_exit(server, worker) -> None:
    from prometheus_client import multiprocess

    multiprocess.mark_process_dead(worker.pid)
