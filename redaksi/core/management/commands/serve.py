import os

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from redaksi.core import scheduler
from redaksi.core.management.arguments import port_number


class Command(BaseCommand):
    help = (
        "Serve the portal and the newsroom admin from this process, publishing scheduled "
        "stories on time without cron (embedded profile)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=port_number, default=8000)

    def handle(self, *args, host: str, port: int, **options) -> None:
        # The embedded profile is meant for one newsroom machine; production runs gunicorn.
        os.environ.setdefault("DJANGO_RUNSERVER_HIDE_WARNING", "true")
        scheduler.start_in_background(settings.REDAKSI_SCHEDULER_SECONDS)
        call_command("runserver", f"{host}:{port}", use_reloader=False, use_threading=True)
