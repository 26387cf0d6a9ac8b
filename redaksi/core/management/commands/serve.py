import os

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.core.servers.basehttp import get_internal_wsgi_application
from django.utils.translation import gettext as _
from waitress import serve as waitress_serve

from redaksi.core import scheduler
from redaksi.core.management.arguments import port_number


class Command(BaseCommand):
    @property
    def help(self) -> str:  # type: ignore[override]
        # Read when the parser is built, in the language cli.py activated.
        return _(
            "Serve the portal and the newsroom admin from this process, publishing scheduled "
            "stories on time without cron (embedded profile)."
        )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1", help=_("Address to serve on."))
        parser.add_argument("--port", type=port_number, default=8000, help=_("Port to serve on."))
        parser.add_argument(
            "--threads",
            type=int,
            default=8,
            help=_("Requests served at once; more readers wait in line, none is refused."),
        )
        parser.add_argument(
            "--reload",
            action="store_true",
            help=_("Development: Django's runserver, restarting when the code changes."),
        )

    def handle(self, *args, host: str, port: int, threads: int, reload: bool, **options) -> None:
        if reload:
            # The reloader runs this command twice; the scheduler belongs to the child only.
            if os.environ.get("RUN_MAIN") == "true":
                scheduler.start_in_background(settings.REDAKSI_SCHEDULER_SECONDS)
            os.environ.setdefault("DJANGO_RUNSERVER_HIDE_WARNING", "true")
            call_command("runserver", f"{host}:{port}", use_reloader=True, use_threading=True)
            return
        serve(host, port, max(1, threads), self.stdout.write)


def start_up_line(host: str, port: int) -> str:
    """What the console shows once the server listens, in the active language."""
    shown = f"[{host}]" if ":" in host else host
    return _("Serving on http://%(address)s/ (Ctrl+C stops).") % {"address": f"{shown}:{port}"}


def serve(host: str, port: int, threads: int, say) -> None:
    """A multi-threaded production-grade WSGI server (waitress) in this process.

    Cache hits are answered before Django (WSGI_APPLICATION); a wave of readers is queued
    by the server rather than refused (connection_limit, backlog).
    """
    scheduler.start_in_background(settings.REDAKSI_SCHEDULER_SECONDS)
    say(start_up_line(host, port))
    waitress_serve(
        get_internal_wsgi_application(),
        host=host,
        port=port,
        threads=threads,
        connection_limit=2000,
        backlog=2048,
        channel_timeout=120,
        ident="Redaksi",
        # Which proxies to believe is Redaksi's own decision (REDAKSI_TRUSTED_PROXIES,
        # core.clients); waitress would otherwise drop X-Forwarded-For before the app sees it.
        clear_untrusted_proxy_headers=False,
        _quiet=True,
    )
