"""Indonesian date formatting in the site's time zone.

Times are stored in UTC; readers see them in the zone the site is set to, with
the zone's Indonesian abbreviation: "06 Okt 2020, 16:07 WIB". The month and day
names are fixed here rather than taken from the process locale, so the output
never depends on what locales the server happens to have installed.
"""

from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo

from django.utils import timezone

MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
MONTHS_LONG = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)  # fmt: skip
DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")

# Reading dates others wrote: every spelling of a month seen in Indonesian copy (old
# spellings such as "Pebruari", abbreviations with and without the dot) and in English
# wires, mapped to its number; lower case.
MONTH_NUMBERS = {
    "jan": 1, "januari": 1, "january": 1,
    "feb": 2, "februari": 2, "pebruari": 2, "february": 2,
    "mar": 3, "maret": 3, "march": 3,
    "apr": 4, "april": 4,
    "mei": 5, "may": 5,
    "jun": 6, "juni": 6, "june": 6,
    "jul": 7, "juli": 7, "july": 7,
    "agu": 8, "agt": 8, "ags": 8, "agus": 8, "agustus": 8, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9,
    "okt": 10, "oktober": 10, "oct": 10, "october": 10,
    "nov": 11, "nop": 11, "november": 11, "nopember": 11,
    "des": 12, "desember": 12, "dec": 12, "december": 12,
}  # fmt: skip
# Weekday names (Monday = 0, as datetime.weekday()), including "Jum'at" and "Ahad".
WEEKDAY_NUMBERS = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3,
    "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6, "ahad": 6,
}  # fmt: skip

# Indonesia's three civil zones and what readers call them.
ZONES = {
    "Asia/Jakarta": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Jayapura": "WIT",
}
DEFAULT_ZONE = "Asia/Jakarta"

# The first and last days whose midnights, in any of our zones and a day either side,
# are instants Python can hold: midnight on 1 January of year 1 in WIB is still year 0
# in UTC, and 31 December 9999 ends in year 10000.
FIRST_DAY = date(1, 1, 2)
LAST_DAY = date(9999, 12, 30)


def is_reachable_day(day: date) -> bool:
    """Whether a day asked for in an address or a form can be looked up at all."""
    return FIRST_DAY <= day <= LAST_DAY


def zone_abbreviation(zone_name: str) -> str:
    """The Indonesian abbreviation of a zone, or the zone's own for zones abroad."""
    if zone_name in ZONES:
        return ZONES[zone_name]
    return datetime.now(ZoneInfo(zone_name)).strftime("%Z")


def to_zone(value: datetime, zone_name: str = DEFAULT_ZONE) -> datetime:
    zone: tzinfo = ZoneInfo(zone_name)
    if timezone.is_naive(value):
        value = timezone.make_aware(value, UTC)
    return value.astimezone(zone)


def format_datetime(value: datetime | None, zone_name: str = DEFAULT_ZONE) -> str:
    """'06 Okt 2020, 16:07 WIB'."""
    if value is None:
        return ""
    local = to_zone(value, zone_name)
    month = MONTHS_SHORT[local.month - 1]
    return f"{local.day:02d} {month} {local.year}, {local:%H:%M} {zone_abbreviation(zone_name)}"


def format_long_date(value: datetime | None, zone_name: str = DEFAULT_ZONE) -> str:
    """'Selasa, 6 Oktober 2020'."""
    if value is None:
        return ""
    local = to_zone(value, zone_name)
    return f"{DAYS[local.weekday()]}, {local.day} {MONTHS_LONG[local.month - 1]} {local.year}"


def iso_datetime(value: datetime | None, zone_name: str = DEFAULT_ZONE) -> str:
    """ISO 8601 with the site's offset, '2020-10-06T16:07:00+07:00', as structured data wants."""
    if value is None:
        return ""
    return to_zone(value, zone_name).replace(microsecond=0).isoformat()
