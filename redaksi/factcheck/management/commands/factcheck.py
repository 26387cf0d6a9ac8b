import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.models import Site

from redaksi.factcheck.importing import import_files

_STATUS_LABELS = {
    "imported": gettext_lazy("imported"),
    "exists": gettext_lazy("already there"),
    "error": gettext_lazy("error"),
}


class Command(BaseCommand):
    help = (
        "factcheck import FILE… [--as USERNAME] [--json]: load partners' ClaimReview JSON "
        "(one object, a list, or HTML pages with ClaimReview JSON-LD) as published fact-checks "
        "credited to their publisher. The same URL twice imports once; a bad record gets its "
        "own error line and a non-zero exit status, the others are imported."
    )

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        load = sub.add_parser("import", help="import ClaimReview files")
        load.add_argument("files", nargs="+", type=Path)
        load.add_argument("--as", dest="username", default="")
        load.add_argument("--json", action="store_true", dest="as_json")

    def handle(self, *args, action, files=(), username="", as_json=False, **options):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            raise CommandError(_("No default site: run `redaksi demo --no-serve` or create one."))
        actor = None
        if username:
            actor = get_user_model().objects.filter(username=username).first()
            if actor is None:
                raise CommandError(_("No user named %(name)r.") % {"name": username})
        outcomes = import_files(list(files), site=site, actor=actor)
        if as_json:
            self.stdout.write(json.dumps([vars(o) for o in outcomes], ensure_ascii=False, indent=2))
        else:
            for outcome in outcomes:
                label = _STATUS_LABELS.get(outcome.status, outcome.status)
                line = f"{label}: {outcome.source} {outcome.url}".rstrip()
                self.stdout.write(line + (f" ({outcome.detail})" if outcome.detail else ""))
        errors = sum(outcome.status == "error" for outcome in outcomes)
        if errors:
            raise CommandError(_("%(n)d record(s) not imported.") % {"n": errors})
