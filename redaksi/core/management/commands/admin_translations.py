import json
import math

from django.core.management.base import BaseCommand, CommandParser
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from redaksi.core.admin_catalogue import admin_coverage


def _percent(part: int, whole: int) -> str:
    # Rounded down: 2 326 of 2 327 is not yet 100 %.
    return number_format(math.floor(1000 * part / whole) / 10 if whole else 100, decimal_pos=1)


class Command(BaseCommand):
    @property
    def help(self) -> str:  # type: ignore[override]
        # Read when the parser is built, in the language cli.py activated.
        return _(
            "Report how many admin strings of Wagtail and Django have an Indonesian translation "
            "(theirs, or our override catalogue redaksi/locale_admin/) and list those still "
            "English, e.g. after a Wagtail upgrade."
        )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--missing", action="store_true", help=_("List the untranslated strings.")
        )
        parser.add_argument(
            "--json",
            action="store_true",
            dest="as_json",
            help=_("Print the report as JSON."),
        )

    def handle(self, *args, missing: bool, as_json: bool, **options) -> None:
        report = admin_coverage()
        total = sum(item.total for item in report)
        translated = sum(item.translated for item in report)
        if as_json:
            self._write_json(report, total, translated, missing)
            return
        for item in report:
            self.stdout.write(
                _("%(catalogue)-34s %(translated)5d / %(total)5d  (%(percent)s%%)")
                % {
                    "catalogue": f"{item.package} ({item.domain})",
                    "translated": item.translated,
                    "total": item.total,
                    "percent": _percent(item.translated, item.total),
                }
            )
            if missing:
                for context, msgid in item.missing:
                    prefix = f"[{context}] " if context else ""
                    self.stdout.write(f"    {prefix}{msgid!r}")
        self.stdout.write(
            _("Admin strings in Indonesian: %(translated)d of %(total)d (%(percent)s%%).")
            % {"translated": translated, "total": total, "percent": _percent(translated, total)}
        )

    def _write_json(self, report, total: int, translated: int, missing: bool) -> None:
        document = {
            "translated": translated,
            "total": total,
            "catalogues": [
                {
                    "package": item.package,
                    "domain": item.domain,
                    "translated": item.translated,
                    "total": item.total,
                    **(
                        {"missing": [{"context": c, "msgid": m} for c, m in item.missing]}
                        if missing
                        else {}
                    ),
                }
                for item in report
            ],
        }
        self.stdout.write(json.dumps(document, ensure_ascii=False, indent=2))
