"""Authors that are people who wrote the story, not photo credits or organisations.

Portals mark photo credits with the same class as bylines ("Facebook",
"Twitter @club", "Dok. Name" in a ``span.author`` under a picture), put the
web team in ``<meta name="author">`` ("Web Design & Development"), and write
two reporters in one field ("A dan B") or a name with its job ("Name
Jurnalis"). These rules turn what the layers found into the people who wrote.
"""

from __future__ import annotations

import re
from typing import Any

from .text import normalize

_JOINED = re.compile(r"\s*(?:,|;|&|\bdan\b|\band\b)\s*", re.IGNORECASE)
_ROLE = (
    r"(?:jurnalis|wartawan|reporter|kontributor|penulis|editor|redaktur|pewarta|fotografer|"
    r"journalist|writer|staff)"
)
_LEADING_ROLE = re.compile(rf"^{_ROLE}\b\s*", re.IGNORECASE)
_TRAILING_ROLE = re.compile(rf"\s*\b{_ROLE}$", re.IGNORECASE)
# Photo credits and sources: "Dok. Name", "Foto: X", "(ist)", social networks, handles.
_CREDIT = re.compile(
    r"@|/|^(?:dok\b|dokumentasi\b|foto\b|photo\b|ist\b|istimewa\b|sumber\b|ilustrasi\b|"
    r"getty\b|shutterstock\b|©)|^(?:facebook|twitter|instagram|youtube|tiktok|x|linkedin|"
    r"google\+?)(?:\s|$)",
    re.IGNORECASE,
)
# Words that name a team or a company, never a writer.
_ORGANISATION = re.compile(
    r"\b(?:design|development|developer|media|admin|administrator|team|tim|redaksi|cyber|"
    r"digital|online|webmaster|desk|pt|tbk|corporation|group|network)\b",
    re.IGNORECASE,
)


def clean_authors(names: list[str], source_name: str = "") -> list[str]:
    """The people among ``names``: joined names split, credits and organisations dropped."""
    people: list[str] = []
    seen: set[str] = set()
    for raw in names:
        parts = _JOINED.split(normalize(raw))
        for part in parts:
            if len(parts) > 1 and _LEADING_ROLE.match(part):
                continue  # "Kontributor Lhokseumawe, Masriadi": job and place, then the name
            name = _TRAILING_ROLE.sub("", _LEADING_ROLE.sub("", part)).strip(" -–|·•:")
            key = name.casefold()
            if not name or key in seen or key == source_name.casefold():
                continue
            if _CREDIT.search(name) or _ORGANISATION.search(name):
                continue
            seen.add(key)
            people.append(name)
    return people


_EDITOR_LINE = re.compile(r"\b(?:editor|redaktur|penyunting)\s*:\s*([^|/\n]{2,60})", re.IGNORECASE)


def editors_only(names: list[str], tree: Any) -> bool:
    """Every name is printed on the page as the editor ("Editor: X", itemprop="editor")."""
    editors = {normalize(t).casefold() for t in tree.xpath('//*[@itemprop="editor"]//text()')}
    for line in tree.xpath("//body//*[self::p or self::span or self::div or self::td]/text()"):
        for found in _EDITOR_LINE.findall(line):
            editors.add(normalize(found).casefold())
    editors.discard("")
    return bool(names) and all(name.casefold() in editors for name in names)
