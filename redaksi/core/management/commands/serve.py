import os
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.core.management.commands import runserver
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from redaksi.core import scheduler
from redaksi.core.management.arguments import port_number


class _Server(runserver.Command):
    """Django's development server, announcing itself in the site's language.

    Django prints its start-up lines in English only (they are not in its catalogue),
    and a newsroom reads the embedded server's console.
    """

    def on_bind(self, server_port: int) -> None:
        quit_keys = "CTRL-BREAK" if sys.platform == "win32" else "CONTROL-C"
        address = f"[{self.addr}]" if self._raw_ipv6 else self.addr
        self.stdout.write(date_format(timezone.localtime(), "DATETIME_FORMAT"))
        self.stdout.write(
            _("Serving the portal and the admin at %(url)s; stop with %(keys)s.")
            % {"url": f"{self.protocol}://{address}:{server_port}/", "keys": quit_keys}
        )


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

    def handle(self, *args, host: str, port: int, **options) -> None:
        # The embedded profile is meant for one newsroom machine; production runs gunicorn.
        os.environ.setdefault("DJANGO_RUNSERVER_HIDE_WARNING", "true")
        scheduler.start_in_background(settings.REDAKSI_SCHEDULER_SECONDS)
        call_command(
            _Server(stdout=self.stdout, stderr=self.stderr),
            f"{host}:{port}",
            use_reloader=False,
            use_threading=True,
        )
