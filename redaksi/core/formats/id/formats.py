"""Indonesian formats as the newsroom writes them: "06 Okt 2020, 16:07 WIB".

Django's own Indonesian formats say "6 Okt 2020, 16.07" with no zone; editors read the
same date the portal prints, with the zone they are working in ("T" is the zone's
abbreviation: WIB, WITA, WIT). Anything not set here comes from Django's "id" module.
"""

DATE_FORMAT = "d M Y"
DATETIME_FORMAT = "d M Y, H:i T"
TIME_FORMAT = "H:i"
SHORT_DATETIME_FORMAT = "d-m-Y H:i"
