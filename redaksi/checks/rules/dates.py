"""Weekdays that do not match their dates: "Selasa (6/10)" must fall on a Tuesday."""

from __future__ import annotations

import re
from datetime import date

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext

from redaksi.core.dates import MONTH_NUMBERS, WEEKDAY_NUMBERS

from ..story import Finding
from . import Context, excerpt, places

_PATTERN = re.compile(
    r"\b(?P<weekday>Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad)\b[\s,]*"
    r"(?:\(\s*(?P<d1>\d{1,2})\s*/\s*(?P<m1>\d{1,2})(?:\s*/\s*(?P<y1>\d{2}|\d{4}))?\s*\)"
    r"|(?:(?:tanggal|tgl\.?)\s+)?(?P<d2>\d{1,2})\s+(?P<m2>[A-Za-z]+)\.?(?:\s+(?P<y2>\d{4}))?\b)",
    re.IGNORECASE,
)


def _year(year: str | None) -> int | None:
    if not year:
        return None
    value = int(year)
    return value + 2000 if value < 100 else value


def _resolve(day: int, month: int, year: int | None, reference: date) -> date | None:
    """The date meant; without a year, the one nearest the story's publication."""
    if year is not None:
        try:
            return date(year, month, day)
        except ValueError:
            return None
    candidates = []
    for offset in (-1, 0, 1):
        try:
            candidates.append(date(reference.year + offset, month, day))
        except ValueError:
            continue
    return min(candidates, key=lambda d: abs(d - reference), default=None)


def weekday_date_mismatch(context: Context) -> list[Finding]:
    story = context.story
    moment = story.published_at or context.now
    if timezone.is_aware(moment):
        moment = timezone.localtime(moment)
    reference = moment.date()
    findings = []
    for place in places(story):
        for match in _PATTERN.finditer(place.text):
            day = int(match["d1"] or match["d2"])
            month_word = (match["m2"] or "").lower()
            month = int(match["m1"]) if match["m1"] else MONTH_NUMBERS.get(month_word)
            if not month or not 1 <= month <= 12:
                continue
            when = _resolve(day, month, _year(match["y1"] or match["y2"]), reference)
            stated = WEEKDAY_NUMBERS[match["weekday"].lower().replace("’", "'")]
            if when is None or when.weekday() == stated:
                continue
            findings.append(
                Finding(
                    "weekday_date_mismatch",
                    "warning",
                    place.field,
                    gettext('"%(text)s": %(date)s is a %(actual)s, not a %(stated)s.')
                    % {
                        "text": match.group().strip(),
                        "date": date_format(when, "j F Y"),
                        "actual": date_format(when, "l"),
                        "stated": match["weekday"],
                    },
                    excerpt=excerpt(place.text, match.start(), match.end()),
                    page=place.page,
                    block=place.block,
                )
            )
    return findings
