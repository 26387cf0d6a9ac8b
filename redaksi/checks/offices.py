"""People by the office before their name: "Gubernur Sulsel Andi Sudirman", "Kapolri Jenderal
Pol Agus Setiadi", "Menteri Pemuda dan Olahraga Dimas Prasetyo".

Indonesian news introduces almost everyone this way, so a name needs no list to be
recognised: an office word, its qualifiers (a ministry, a province, an agency), ranks
and honorifics, then capitalised words that are not ordinary words. Each office is
reduced to a key (short forms expanded, places to their gazetteer id), so "Kapolda
Jatim" and "Kepala Kepolisian Daerah Jawa Timur" are one office. The words are data
(``gazetteer/offices.json``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .gazetteer import PLACE, Gazetteer
from .text import Token, is_common_word, normalize, tokens

_DATA = Path(__file__).parent / "gazetteer" / "offices.json"
MAX_OFFICE_WORDS = 9
MAX_NAME_WORDS = 4


@dataclass(frozen=True)
class Offices:
    heads: frozenset[str]
    short: dict[str, str]
    phrases: dict[str, str]
    portfolio: frozenset[str]
    filler: frozenset[str]
    given_names: frozenset[str]


@lru_cache(maxsize=1)
def offices() -> Offices:
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    return Offices(
        frozenset(data["heads"]) | {key.split()[0] for key in data["short"]},
        data["short"],
        data["phrases"],
        frozenset(data["portfolio"]),
        frozenset(data["filler"]),
        frozenset(data["given_names"]),
    )


@dataclass(frozen=True)
class Holder:
    """Someone named with their office in one piece of text."""

    office: tuple[str, ...]
    office_text: str
    name: str
    name_words: tuple[str, ...]
    start: int
    end: int

    def distinctive(self) -> set[str]:
        """The words of the name that tell people apart (not "Andi", "Muhammad")."""
        given = offices().given_names
        return {w for w in self.name_words if w not in given and len(w) >= 3}


def office_key(words: list[str], places: Gazetteer) -> tuple[str, ...]:
    """ "Kapolda Jatim" and "Kepala Kepolisian Daerah Jawa Timur" are one office key."""
    data = offices()
    expanded = " ".join(data.short.get(w, w) for w in words)
    for long, short in data.phrases.items():
        expanded = f" {expanded} ".replace(f" {long} ", f" {short} ").strip()
    plain = [w for w in expanded.split() if w not in data.filler]
    key: list[str] = []
    i = 0
    while i < len(plain):
        for n in range(min(4, len(plain) - i), 0, -1):
            entity_id = places.index.get(tuple(plain[i : i + n]))
            entity = places.entities.get(entity_id) if entity_id else None
            if entity is not None and entity.kind == PLACE:
                key.append(entity.id)
                i += n
                break
        else:
            key.append(plain[i])
            i += 1
    return tuple(key)


def holders(text: str, places: Gazetteer, *, headline: bool = False) -> list[Holder]:
    """Every "office + name" in ``text``.

    In a headline every word is capitalised, so the name ends at the first ordinary
    word (the verb: "Tinjau", "Resmikan"); elsewhere it ends at a lower-case word.
    """
    data = offices()
    words = tokens(text)
    found = []
    i = 0
    while i < len(words):
        if not (words[i].is_capitalized and normalize(words[i].text) in data.heads):
            i += 1
            continue
        j, _ = _office_end(text, words, i, places)
        name = _name(text, words, j, headline, places) if j < len(words) else []
        if not name:
            i += 1
            continue
        office = [normalize(w.text) for w in words[i:j]]
        holder = Holder(
            office_key(office, places),
            text[words[i].start : words[j - 1].end],
            text[name[0].start : name[-1].end],
            tuple(normalize(w.text) for w in name),
            words[i].start,
            name[-1].end,
        )
        single_word = len(name) == 1 and is_common_word(name[0].text)  # "Kapolres Malang, Selasa"
        if holder.distinctive() and not single_word:
            found.append(holder)
        i = j + len(name)
    return found


def _gap(text: str, words: list[Token], j: int) -> str:
    return text[words[j - 1].end : words[j].start] if j > 0 else ""


def _office_end(text: str, words: list[Token], i: int, places: Gazetteer) -> tuple[int, bool]:
    """Where the office starting at ``words[i]`` ends, and whether a comma ends it."""
    data = offices()
    j = i + 1
    while j < len(words) and j - i < MAX_OFFICE_WORDS:
        gap = _gap(text, words, j)
        if gap.strip() == ",":
            return j, True
        if gap not in (" ", "-"):
            break
        word = words[j]
        low = normalize(word.text)
        if not word.is_capitalized and low != "dan":
            break
        span = _place_span(words, j, places)
        if span:
            j += span
            continue
        if low in data.given_names and low not in data.heads and low not in data.filler:
            break
        qualifier = low in data.heads or low in data.short or low in data.filler
        if qualifier or low in data.portfolio or word.is_acronym:
            j += 1
            continue
        break
    return j, False


def _place_span(words: list[Token], j: int, places: Gazetteer) -> int:
    """How many words from ``words[j]`` form a known place ("Sulawesi Selatan": 2)."""
    for n in range(min(places.longest, len(words) - j), 0, -1):
        if tuple(normalize(w.text) for w in words[j : j + n]) in places.index:
            return n
    return 0


def _name(text: str, words: list[Token], j: int, headline: bool, places: Gazetteer) -> list[Token]:
    data = offices()
    name: list[Token] = []
    k = j
    while k < len(words) and len(name) < MAX_NAME_WORDS:
        word = words[k]
        if not word.is_capitalized or word.is_acronym:
            break
        if name and _gap(text, words, k) != " ":
            break
        low = normalize(word.text)
        if (headline and low in data.heads) or (name and (low,) in places.index):
            break
        if headline and name and low not in data.given_names and is_common_word(word.text):
            break
        name.append(word)
        k += 1
    return name
