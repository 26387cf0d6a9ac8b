import threading

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser

from redaksi.core import scheduler


class Command(BaseCommand):
    help = (
        "Run background tasks from the database queue and publish scheduled stories "
        "(production profile: REDAKSI_TASK_BACKEND=database)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--scheduler-only",
            action="store_true",
            help="Only publish scheduled stories; do not take tasks from the queue.",
        )

    def handle(self, *args, scheduler_only: bool, **options) -> None:
        interval = max(settings.REDAKSI_SCHEDULER_SECONDS, 1)
        if scheduler_only or settings.TASK_BACKEND != "database":
            self.stdout.write(f"Publishing scheduled stories every {interval} s.")
            scheduler.run_forever(interval)
            return
        stop = threading.Event()
        threading.Thread(target=scheduler.run_forever, args=(interval, stop), daemon=True).start()
        self.stdout.write(f"Taking tasks from the queue; scheduled stories every {interval} s.")
        try:
            call_command("db_worker")
        finally:
            stop.set()
