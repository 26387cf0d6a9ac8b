import threading

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandParser
from django.utils.translation import gettext as _

from redaksi.core import scheduler


class Command(BaseCommand):
    @property
    def help(self) -> str:  # type: ignore[override]
        # Read when the parser is built, in the language cli.py activated.
        return _(
            "Run queued background tasks and publish scheduled stories "
            "(production profile: REDAKSI_TASK_BACKEND=database)."
        )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--scheduler-only",
            action="store_true",
            help=_("Only publish scheduled stories; take no tasks from the queue."),
        )
        parser.add_argument(
            "--once",
            action="store_true",
            help=_("Publish what is due and run what is queued, then exit (for cron or checks)."),
        )

    def handle(self, *args, scheduler_only: bool, once: bool, **options) -> None:
        takes_tasks = settings.TASK_BACKEND == "database" and not scheduler_only
        if once:
            scheduler.publish_due()
            scheduler.run_jobs()
            if takes_tasks:
                call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
            return

        interval = max(settings.REDAKSI_SCHEDULER_SECONDS, 1)
        if not takes_tasks:
            self.stdout.write(
                _("Publishing scheduled stories every %(seconds)d s.") % {"seconds": interval}
            )
            scheduler.run_forever(interval)
            return
        stop = threading.Event()
        threading.Thread(target=scheduler.run_forever, args=(interval, stop), daemon=True).start()
        self.stdout.write(
            _("Taking tasks from the queue; scheduled stories every %(seconds)d s.")
            % {"seconds": interval}
        )
        try:
            call_command("db_worker")
        finally:
            stop.set()
