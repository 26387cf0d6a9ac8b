import time

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db.utils import OperationalError
from django.utils.translation import gettext as _

from redaksi.core.management.arguments import port_number
from redaksi.demo.content import ACCOUNTS, DEMO_PASSWORD
from redaksi.demo.loader import load_demo, point_site_at


def _shown_host(host: str) -> str:
    """The address a browser on this machine can open, even when serving on every interface."""
    return "127.0.0.1" if host in {"", "0.0.0.0", "::"} else host


def _base_url(host: str, port: int) -> str:
    shown = _shown_host(host)
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    return f"http://{shown}:{port}/"


class Command(BaseCommand):
    @property
    def help(self) -> str:  # type: ignore[override]
        # Read when the parser is built, in the language cli.py activated.
        return _(
            "Try Redaksi: migrate the database, load two weeks of demo stories and one account "
            "per newsroom role, then serve the portal. Safe to run again: existing content is kept."
        )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1", help=_("Address to serve on."))
        parser.add_argument("--port", type=port_number, default=8000, help=_("Port to serve on."))
        parser.add_argument(
            "--no-serve",
            action="store_true",
            help=_("Prepare the database and demo content, then exit without serving."),
        )

    def handle(self, *args, host: str, port: int, no_serve: bool, **options) -> None:
        if settings.REDAKSI_PRODUCTION:
            # The demo accounts' password is printed in the README; a public site would
            # get a superuser anyone can log in as.
            raise CommandError(
                _(
                    "redaksi demo is not for production settings: its accounts share a public "
                    "password. Follow the README's Production steps instead."
                )
            )
        self.stdout.write(_("Preparing the database…"))
        try:
            call_command("migrate", interactive=False, verbosity=0)
        except OperationalError as exc:
            raise CommandError(
                _("The database cannot be reached (%(error)s). Check DATABASE_URL.")
                % {"error": str(exc).strip()}
            ) from exc

        self.stdout.write(_("Loading demo content…"))
        started = time.monotonic()
        result = load_demo()
        seconds = time.monotonic() - started
        if result.created_articles:
            self.stdout.write(
                _("Added %(count)d demo stories in %(seconds).1f s.")
                % {"count": result.created_articles, "seconds": seconds}
            )
        else:
            self.stdout.write(_("Demo content is already in place; nothing was changed."))

        point_site_at(_shown_host(host), port)
        url = _base_url(host, port)
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS(_("Portal: %(url)s") % {"url": url}))
        self.stdout.write(
            self.style.SUCCESS(_("Newsroom (admin) login: %(url)s") % {"url": f"{url}admin/"})
        )
        self.stdout.write(_("Demo accounts, one per role:"))
        for account in ACCOUNTS:
            self.stdout.write(
                "  "
                + _("%(role)-16s username: %(username)-10s password: %(password)s")
                % {"role": account.role, "username": account.username, "password": DEMO_PASSWORD}
            )
        for username in result.changed_passwords:
            self.stdout.write(
                self.style.WARNING(
                    _("The account %(username)s already existed; its password was left unchanged.")
                    % {"username": username}
                )
            )
        self.stdout.write("")

        if no_serve:
            self.stdout.write(
                _("To serve it, run: redaksi serve --host %(host)s --port %(port)d")
                % {"host": host, "port": port}
            )
            return
        call_command("serve", host=host, port=port)
