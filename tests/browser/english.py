"""A small English detector for the admin walk (tests/browser/test_admin_language.py).

No language model and nothing downloaded: a list of common English words that are not
also Indonesian words or technical terms an Indonesian newsroom uses as they are
("status", "menu", "tag", "slug", "URL", "admin", "editor", "video", "email", "format"…).
A line counts as English when one of these words appears in it as a whole word.
"""

import re

ENGLISH_WORDS = frozenset(
    """
    the and of with for from your you this that these those are was were been has have had
    not yes all more less new add edit delete save publish unpublish live page pages search sort
    help reports report profile notifications notification collapse expand actions action items
    item created updated owner title privacy private public settings setting history revisions
    revision compare preview submit approve reject request changes comment comments workflow
    workflows task tasks step choose select upload image images document documents user users
    group groups role roles account password first last username dashboard explorer recent
    recently edited latest view views show hide filters apply clear none other back next previous
    close cancel confirm remove lock locked unlock locking copy move parent child children
    collection collections date time scheduled schedule expiry expire expired before after today
    yesterday ago minute minutes hour hours day days week weeks month months year years into
    content promote promotion description text caption credit body heading paragraph quote embed
    required optional field fields error errors warning warnings success saved deleted published
    unpublished submitted approved rejected moderation awaiting progress cancelled needs current
    newer older language languages zone theme dark light density snug preferences upload
    uploaded uploading size width height focal point original rendition renditions usage used
    count found results result matches match there what which who when where how why please
    must should can could would will may might only also just each every some many via about
    above below between without within across
    pending sending sent failed dead attempts follower followers queue claim claims verdict
    verdicts askers asked assigned answered open closed waiting
    """.split()
)

# Shown as they are, on purpose (see the README's "Languages"):
ALLOWED_LINES = (
    # Time-zone choices in account settings: IANA names, with the browser's own labels
    # (Chromium's Indonesian has no name for Greenwich Mean Time).
    re.compile(r"^[A-Z][A-Za-z]+/[A-Za-z_/+-]+: "),
    re.compile(r": GMT[+-]\d+ \(Greenwich Mean Time\)$"),
    # Demo content: the title of a film a story mentions.
    re.compile(r"Tears of Steel"),
    # Wagtail 8.0.1's page search counts its results without naming them ("… None") in
    # every language; the count is translated.
    re.compile(r"\d+-\d+ dari \d+ None\b"),
)

_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")


def english_words(line: str) -> list[str]:
    """The English words of one line of visible text, unless the line is allowed as it is."""
    if any(pattern.search(line) for pattern in ALLOWED_LINES):
        return []
    return [word for word in _WORD.findall(line) if word.lower() in ENGLISH_WORDS]


def english_lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if english_words(line)]
