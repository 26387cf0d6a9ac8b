import os
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

DEPLOY = Path(__file__).resolve().parents[4] / "deploy" / "nginx"


def render_site(
    *,
    upstream: str,
    cache_dir: str,
    listen: str = "80",
    server_name: str = "_",
    static_root: str = "",
    media_root: str = "",
    cache_size: str = "1g",
) -> str:
    """deploy/nginx/redaksi.conf with its placeholders filled in."""
    values = {
        "@UPSTREAM@": upstream,
        "@CACHE_DIR@": cache_dir,
        "@CACHE_SIZE@": cache_size,
        "@LISTEN@": listen,
        "@SERVER_NAME@": server_name,
        "@STATIC_ROOT@": static_root.rstrip("/"),
        "@MEDIA_ROOT@": media_root.rstrip("/"),
    }
    text = (DEPLOY / "redaksi.conf").read_text()
    for placeholder, value in values.items():
        text = text.replace(placeholder, value)
    return text


def render_standalone(site: str, prefix: str, workers: int = 1, extra: str = "") -> str:
    """A complete nginx.conf for `nginx -p prefix`, as tests and bench/ run it."""
    values = {
        "@USER@": "user root;" if os.geteuid() == 0 else "",
        "@WORKERS@": str(workers),
        "@PREFIX@": prefix,
        "@SITE@": site,
        "@EXTRA@": extra,
    }
    text = (DEPLOY / "standalone.conf").read_text()
    for placeholder, value in values.items():
        text = text.replace(placeholder, value)
    return text


class Command(BaseCommand):
    @property
    def help(self) -> str:  # type: ignore[override]
        # Read when the parser is built, in the language cli.py activated.
        return _(
            "Write the nginx configuration for this deployment "
            "(deploy/nginx/redaksi.conf filled in); "
            "set REDAKSI_NGINX_CACHE_DIR to the same --cache-dir."
        )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--upstream", default="127.0.0.1:8000", help=_("gunicorn's address."))
        parser.add_argument(
            "--cache-dir",
            default=settings.REDAKSI_NGINX_CACHE_DIR or "/var/cache/nginx/redaksi",
            help=_("nginx's page cache folder (proxy_cache_path)."),
        )
        parser.add_argument("--listen", default="80")
        parser.add_argument("--server-name", default="_")
        parser.add_argument("--static-root", default="")
        parser.add_argument("--media-root", default="")
        parser.add_argument(
            "--standalone",
            metavar="PREFIX",
            default="",
            help=_("Write a whole nginx.conf for `nginx -p PREFIX` (tests, benchmarks)."),
        )

    def handle(self, *args, **options) -> None:
        if not options["static_root"] and not settings.STATIC_ROOT:
            raise CommandError(
                "Pass --static-root: this profile serves static files from the app folders."
            )
        site = render_site(
            upstream=options["upstream"],
            cache_dir=options["cache_dir"],
            listen=options["listen"],
            server_name=options["server_name"],
            static_root=options["static_root"] or str(settings.STATIC_ROOT),
            media_root=options["media_root"] or str(settings.MEDIA_ROOT),
        )
        if options["standalone"]:
            site = render_standalone(site, options["standalone"])
        self.stdout.write(site)
