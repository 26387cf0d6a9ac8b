from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from redaksi.mostread.counting import flush_reads


class Command(BaseCommand):
    @property
    def help(self) -> str:  # type: ignore[override]
        # Read when the parser is built, in the language cli.py activated.
        return _(
            "Write buffered Populer reads to the database now and prune old hours. "
            "With REDIS_URL set this flushes every process's reads; without it, only this "
            "process's (the server flushes its own)."
        )

    def handle(self, *args, **options) -> None:
        written = flush_reads()
        self.stdout.write(_("%(reads)d reads written.") % {"reads": written})
