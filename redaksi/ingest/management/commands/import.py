"""`redaksi import SOURCE…`: outside stories in as drafts, wire feeds into the inbox.

Each source is handled on its own, inside its own transaction: a broken file,
an unknown encoding or an empty page gets a clear line of its own and the
rest of the batch goes on; the exit status says whether anything failed.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection, transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from redaksi.ingest.extract import ExtractionError
from redaksi.ingest.feeds import FeedError, ingest_feed_document, parse_feed
from redaksi.ingest.fetch import FetchError
from redaksi.ingest.importing import (
    ALREADY,
    FAILED,
    IMPORTED,
    ImportRefused,
    ImportResult,
    already_imported,
    import_story,
    validate,
)
from redaksi.ingest.models import ImportedStory
from redaksi.ingest.sources import Material, SourceError, expand, extract_story, read

logger = logging.getLogger(__name__)
FEED = "feed"
PREVIEW = "dry_run"
EXPECTED_ERRORS = (SourceError, FetchError, ExtractionError, ImportRefused, FeedError)
NOT_MIGRATED = _lazy(
    "The database has no tables yet: run `redaksi migrate` first (a --dry-run needs none)."
)


def tables_ready() -> bool:
    """The importer's tables exist (``redaksi migrate`` has been run on this database)."""
    return ImportedStory._meta.db_table in connection.introspection.table_names()


class Command(BaseCommand):
    @property
    def help(self) -> str:  # type: ignore[override]
        # Read when the parser is built, in the language cli.py activated.
        return _(
            "Import saved HTML pages, text captures, article addresses or whole folders as drafts "
            "(never published), and RSS/Atom feeds into the ingest inbox."
        )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("sources", nargs="+", metavar="SOURCE", help=_("File, folder or URL."))
        parser.add_argument("--json", action="store_true", help=_("Print the results as JSON."))
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=_("Extract and show the fields; write nothing."),
        )
        parser.add_argument("--section", default="", help=_("Section slug or name for the drafts."))
        parser.add_argument(
            "--as",
            dest="as_user",
            default="",
            metavar="USERNAME",
            help=_("Import as this user."),
        )
        parser.add_argument(
            "--with-images",
            action="store_true",
            help=_("Download the photos of stories imported from web addresses."),
        )

    def handle(self, *args, sources: list[str], **options) -> None:
        # A dry run reads and extracts only; everything else writes and needs the tables.
        if not options["dry_run"] and not tables_ready():
            raise CommandError(NOT_MIGRATED)
        actor = None
        if options["as_user"]:
            actor = get_user_model().objects.filter(username=options["as_user"]).first()
            if actor is None:
                raise CommandError(
                    _("There is no user called %(name)s.") % {"name": options["as_user"]}
                )
        items = expand(sources)
        if not items:
            raise CommandError(_("Nothing to import: no .html, .htm, .txt or feed files found."))
        as_json, dry_run = options["json"], options["dry_run"]
        outputs: list[dict[str, Any]] = []
        counts: Counter[str] = Counter()
        for number, source in enumerate(items, 1):
            self._progress(number - 1, len(items))
            status, output, lines = self._one(source, options, actor, dry_run)
            counts[status] += 1
            if isinstance(output, dict) and output.get("near_duplicate_of"):
                counts["near_duplicate"] += 1
            outputs.append(output)
            if not as_json:
                self._clear_progress()
                prefix = f"[{number}/{len(items)}] {source}: "
                write = self.stderr.write if status == FAILED else self.stdout.write
                write(prefix + lines[0])
                for line in lines[1:]:
                    self.stdout.write("    " + line)
        self._progress(len(items), len(items))
        self._clear_progress()
        if as_json:
            document = outputs[0] if len(outputs) == 1 else outputs
            self.stdout.write(json.dumps(document, ensure_ascii=False, indent=2, default=str))
        summary = self._summary(counts, dry_run)
        (self.stderr if as_json else self.stdout).write(summary)
        if counts[FAILED]:
            raise CommandError(
                _("%(count)d of %(total)d sources could not be imported.")
                % {"count": counts[FAILED], "total": len(items)},
                returncode=1,
            )

    def _one(self, source: str, options: dict, actor, dry_run: bool):
        """(status, JSON output, text lines) for one source; nothing is kept if it fails."""
        try:
            with transaction.atomic():
                material = read(source)
                if material.is_feed:
                    return self._feed(material, dry_run)
                story = extract_story(material)
                if dry_run:
                    validate(story)
                    return self._preview(story)
                result = import_story(
                    story,
                    source=source,
                    actor=actor,
                    section=options["section"],
                    with_images=options["with_images"],
                )
        except EXPECTED_ERRORS as exc:
            return self._failed(source, str(exc))
        except Exception as exc:  # an unforeseen fault costs one item, not the batch
            logger.exception(_("Importing %(source)s failed"), {"source": source})
            return self._failed(source, _("unexpected error: %(reason)s") % {"reason": exc})
        return result.status, result.to_json(), self._result_lines(result)

    def _failed(self, source: str, message: str):
        text = _("error: %(message)s") % {"message": message}
        return FAILED, {"source": source, "status": FAILED, "message": message}, [text]

    def _result_lines(self, result: ImportResult) -> list[str]:
        lines = [result.message]
        near = result.near_duplicate
        if near is not None:
            lines.append(
                _("near-duplicate of “%(title)s” (similarity %(score).2f), story %(id)d")
                % {"title": near.article.title, "score": near.similarity, "id": near.article.pk}
            )
        return lines + result.notes

    def _preview(self, story):
        earlier = already_imported(story) if tables_ready() else None
        lines = [
            _("would import “%(headline)s”: %(pages)d page(s), %(paragraphs)d paragraph(s)")
            % {
                "headline": story.headline,
                "pages": len(story.pages),
                "paragraphs": len(story.paragraphs),
            }
        ]
        if earlier is not None:
            lines.append(_("already imported as story %(id)d") % {"id": earlier.draft_id})
        return PREVIEW, story.to_json(), lines

    def _feed(self, material: Material, dry_run: bool):
        address = material.url or str(Path(material.source).resolve())
        if dry_run:
            entries = parse_feed(material.data, material.url)
            text = _("feed with %(count)d item(s); nothing written") % {"count": len(entries)}
            return FEED, {"source": material.source, "feed_items": entries}, [text]
        name = Path(material.source).stem if not material.url else material.url
        result = ingest_feed_document(material.data, address=address, name=name)
        text = _("%(count)d new wire item(s) in the ingest inbox (feed “%(feed)s”)") % {
            "count": result.new_items,
            "feed": result.feed.name,
        }
        data = {"source": material.source, "status": FEED, "new_items": result.new_items}
        return FEED, data, [text]

    def _summary(self, counts: Counter, dry_run: bool) -> str:
        if dry_run:
            return _("Dry run: %(count)d source(s) read, %(failed)d failed; nothing written.") % {
                "count": sum(counts[k] for k in (PREVIEW, FEED, FAILED)),
                "failed": counts[FAILED],
            }
        return _(
            "Done: %(imported)d imported, %(already)d already imported, "
            "%(near)d near-duplicate(s), %(feeds)d feed(s), %(failed)d failed."
        ) % {
            "imported": counts[IMPORTED],
            "already": counts[ALREADY],
            "near": counts["near_duplicate"],
            "feeds": counts[FEED],
            "failed": counts[FAILED],
        }

    # A bar only on a terminal: redirected output and tests get clean lines.
    def _progress(self, done: int, total: int) -> None:
        if total > 1 and self.stderr.isatty():
            filled = round(30 * done / total)
            bar = "#" * filled + "-" * (30 - filled)
            self.stderr.write(f"\r[{bar}] {done}/{total}", ending="")
            self.stderr.flush()

    def _clear_progress(self) -> None:
        if self.stderr.isatty():
            self.stderr.write("\r\033[K", ending="")
