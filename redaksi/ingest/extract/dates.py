"""Publication times as portals print them, turned into aware UTC.

Portals write ISO 8601 in their structured data and Indonesian in the page:
"Selasa, 06 Okt 2020 16:07 WIB", "06/10/2020, 16:07 WIB",
"6 Oktober 2020 | 16.07 WIB". We keep the zone they printed (WIB, WITA, WIT)
so the newsroom can show the time the way the source did.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from redaksi.core.dates import MONTH_NUMBERS, ZONES

ZONE_NAMES = {abbreviation: name for name, abbreviation in ZONES.items()}
_OFFSET_ZONES = {7: "WIB", 8: "WITA", 9: "WIT"}

_MONTH_RE = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_LOCAL = re.compile(
    r"(?P<day>\d{1,2})\s*(?:[/.-]\s*(?P<mnum>\d{1,2})\s*[/.-]|\s+(?P<mname>"
    + _MONTH_RE
    + r")\.?,?\s+)"
    r"\s*(?P<year>\d{4})"
    r"(?:[^\d]{0,6}?(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?:[:.](?P<second>\d{2}))?)?"
    r"\s*(?P<zone>WITA|WIB|WIT|GMT|UTC)?(?:\s*(?P<sign>[+-])\s*(?P<off>\d{1,2}))?",
    re.IGNORECASE,
)
_ISO = re.compile(
    r"(?P<date>\d{4}-\d{2}-\d{2})(?:[T ](?P<time>\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)


def parse_datetime(text: str, *, default_zone: str = "WIB") -> tuple[datetime | None, str]:
    """(aware UTC datetime, zone abbreviation as printed) or (None, "").

    A time without a zone is read in ``default_zone``: Indonesian portals write
    local time and rarely say which. The zone is "" when the source gave an
    offset that is not one of Indonesia's.
    """
    if not text:
        return None, ""
    text = str(text).strip()
    iso = _ISO.search(text)
    if iso:
        return _from_iso(iso, default_zone)
    match = _LOCAL.search(text)
    if not match:
        return None, ""
    month = int(match["mnum"]) if match["mnum"] else MONTH_NUMBERS[match["mname"].lower()]
    try:
        naive = datetime(
            int(match["year"]),
            month,
            int(match["day"]),
            int(match["hour"] or 0),
            int(match["minute"] or 0),
            int(match["second"] or 0),
        )
    except ValueError:
        return None, ""
    zone = (match["zone"] or "").upper()
    if zone in ("GMT", "UTC"):
        offset = int(match["off"] or 0) * (-1 if match["sign"] == "-" else 1)
        value = naive.replace(tzinfo=UTC) - timedelta(hours=offset)
        return value.astimezone(UTC), _OFFSET_ZONES.get(offset, "")
    zone = zone or default_zone
    return naive.replace(tzinfo=ZoneInfo(ZONE_NAMES[zone])).astimezone(UTC), zone


def _from_iso(match: re.Match, default_zone: str) -> tuple[datetime | None, str]:
    stamp = match["date"] + "T" + (match["time"] or "00:00")
    tz = match["tz"] or ""
    if tz == "Z":
        tz = "+00:00"
    elif tz and ":" not in tz:
        tz = tz[:3] + ":" + tz[3:]
    try:
        value = datetime.fromisoformat(stamp + tz)
    except ValueError:
        return None, ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=ZoneInfo(ZONE_NAMES[default_zone]))
        return value.astimezone(UTC).replace(microsecond=0), default_zone
    offset = value.utcoffset()
    hours = int(offset.total_seconds() // 3600) if offset is not None else 0
    return value.astimezone(UTC).replace(microsecond=0), _OFFSET_ZONES.get(hours, "")
