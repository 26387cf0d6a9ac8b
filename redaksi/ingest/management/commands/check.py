"""`redaksi check`: Django's system checks, or the newsroom checks on outside stories.

With files or web addresses, ``redaksi check FILE|URL… [--json]`` extracts
each story exactly as an import would, writes nothing, and prints what the
newsroom checks find (Pemeriksaan redaksi); the exit status is non-zero when
a blocking finding or an unreadable source is met. With no arguments, or with
app labels, it is Django's own ``check`` (CI runs ``redaksi check --fail-level
WARNING``).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from django.core.management.base import CommandError, CommandParser
from django.core.management.commands.check import Command as SystemCheckCommand
from django.utils.translation import gettext as _

from redaksi.ingest.checking import source_text, story_text
from redaksi.ingest.extract import ExtractionError
from redaksi.ingest.fetch import FetchError, is_url
from redaksi.ingest.importing import ImportRefused, validate
from redaksi.ingest.sources import SourceError, expand, extract_story, read
from redaksi.newsroom import api as newsroom


def is_story_source(value: str) -> bool:
    """A file, folder or address; app labels never hold a slash or a dot."""
    return is_url(value) or Path(value).exists() or "/" in value or "." in value


class Command(SystemCheckCommand):
    @property
    def help(self) -> str:  # type: ignore[override]
        # Read when the parser is built, in the language cli.py activated.
        return _(
            "Check the project for problems; given story files or addresses, extract them "
            "without writing and print the newsroom checks' findings."
        )

    def add_arguments(self, parser: CommandParser) -> None:
        super().add_arguments(parser)
        parser.add_argument(
            "--json",
            action="store_true",
            help=_("Print story findings as JSON (story sources)."),
        )
        parser.add_argument(
            "--source",
            metavar="SOURCE",
            help="The wire item or page the stories were written from: show what drifted from it.",
        )

    def handle(self, *labels: str, **options) -> None:
        if labels and any(is_story_source(label) for label in labels):
            return self.check_stories(
                list(labels), as_json=options["json"], source=options.get("source")
            )
        return super().handle(*labels, **options)

    def check_stories(self, labels: list[str], *, as_json: bool, source: str | None = None) -> None:
        original = ""
        if source:
            try:
                original = source_text(extract_story(read(source)).to_json())
            except (SourceError, FetchError, ExtractionError) as exc:
                raise CommandError(
                    _("%(source)s: error: %(message)s") % {"source": source, "message": exc}
                ) from exc
        report, failed, blocking = [], 0, 0
        for source in expand(labels):
            entry: dict = {"source": source}
            try:
                material = read(source)
                if material.is_feed:
                    raise SourceError(_("This is a feed, not a story; import it instead."))
                story = extract_story(material)
                validate(story)
            except (SourceError, FetchError, ExtractionError, ImportRefused) as exc:
                failed += 1
                entry["error"] = str(exc)
                report.append(entry)
                if not as_json:
                    self.stderr.write(
                        _("%(source)s: error: %(message)s")
                        % {"source": source, "message": entry["error"]}
                    )
                continue
            text = story_text(story)
            text.source_text = original
            findings = newsroom.review_story(text)
            blocking += sum(1 for finding in findings if finding.severity == "blocking")
            entry.update(headline=story.headline, findings=[asdict(f) for f in findings])
            report.append(entry)
            if not as_json:
                self._print_findings(source, story.headline, findings)
        if as_json:
            self.stdout.write(json.dumps(report, ensure_ascii=False, indent=2, default=str))
        if failed or blocking:
            raise CommandError(
                _("%(blocking)d blocking finding(s), %(failed)d unreadable source(s).")
                % {"blocking": blocking, "failed": failed},
                returncode=1,
            )

    def _print_findings(self, source: str, headline: str, findings: list) -> None:
        self.stdout.write(f"{source}: “{headline}”")
        if not findings:
            self.stdout.write("    " + _("No findings."))
            return
        labels = {"blocking": _("BLOCKING"), "warning": _("warning")}
        for finding in findings:
            where = finding.field
            if finding.page is not None:
                where += " " + _("page %(number)d") % {"number": finding.page + 1}
            line = (
                f"    [{labels.get(finding.severity, finding.severity)}] {where}: {finding.message}"
            )
            self.stdout.write(line)
            if finding.source_excerpt:
                # Drift from the source: both wordings, one above the other.
                self.stdout.write("        " + _("source: “%s”") % finding.source_excerpt)
                self.stdout.write("        " + _("draft:  “%s”") % finding.excerpt)
            elif finding.excerpt:
                self.stdout.write(f"        “{finding.excerpt}”")
