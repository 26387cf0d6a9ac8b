"""Words as the checks see them: tokens that keep their place, case and sentence start.

Indonesian news text glues names to affixes and to each other ("ke-Turki",
"Azerbaijan-Armenia", "Jakartanya"), so hyphens split words and a trailing
possessive "-nya" is tried off when a name is looked up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from redaksi.core.stemming import is_root_word, stem_word

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SENTENCE_END = re.compile(r"[.!?:;\n][\s\"'”’)]*$")
CLITICS = ("nya", "lah", "kah", "pun")
SUFFIXES = ("nya", "lah", "kah", "pun", "kan", "an", "i", "s")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    sentence_start: bool

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_capitalized(self) -> bool:
        return self.text[:1].isupper()

    @property
    def is_acronym(self) -> bool:
        letters = [c for c in self.text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)


def normalize(word: str) -> str:
    return word.replace("’", "'").lower()


def tokens(text: str) -> list[Token]:
    """The words of ``text`` in order; each knows whether it opens a sentence."""
    found = []
    previous_end = 0
    for match in _WORD.finditer(text or ""):
        between = text[previous_end : match.start()]
        opens = not found or bool(_SENTENCE_END.search(between)) and "-" not in between
        found.append(Token(match.group(), match.start(), match.end(), opens))
        previous_end = match.end()
    return found


# A closing quote or bracket after the full stop stays with its sentence.
_SENTENCE_BREAK = re.compile(
    r"(?:(?<=[.!?])|(?<=[.!?][\"”’)])|(?<=[.!?][\"”’)]{2}))\s+(?=[\"“‘(]*[A-Z0-9])"
)


def sentences(text: str) -> list[str]:
    """The sentences of ``text``; a full stop inside a figure ("4.500") ends none."""
    return [part.strip() for part in _SENTENCE_BREAK.split(text or "") if part.strip()]


def name_key(name: str) -> tuple[str, ...]:
    """How a name is looked up: its lower-cased words, hyphens and case ignored."""
    return tuple(normalize(token.text) for token in tokens(name))


def strip_clitic(word: str) -> str:
    lower = word.lower()
    for clitic in CLITICS:
        if lower.endswith(clitic) and len(lower) - len(clitic) >= 3:
            return word[: -len(clitic)]
    return word


def is_inflection(a: str, b: str) -> bool:
    """Whether one word is the other with an Indonesian suffix or clitic ("Jakartanya")."""
    short, long = sorted((a.lower(), b.lower()), key=len)
    return long.startswith(short) and long[len(short) :] in SUFFIXES


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Optimal string alignment distance (swaps count once), capped at ``limit``."""
    if abs(len(a) - len(b)) >= limit:
        return limit
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) >= limit:
            return limit
        previous2, previous = previous, current
    return min(previous[-1], limit)


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """The Indonesian root of ``word`` ("meresmikan" → "resmi"), lower-cased."""
    return stem_word(word.lower())


def is_dictionary_word(word: str) -> bool:
    """Whether ``word`` is itself one of the dictionary's root words, no affixes stripped."""
    return is_root_word(word.lower())


@lru_cache(maxsize=4096)
def is_common_word(word: str) -> bool:
    """Whether ``word`` is an ordinary Indonesian word, allowing for affixes ("Dimulai")."""
    lower = word.lower()
    if is_root_word(lower) or is_root_word(strip_clitic(lower)):
        return True
    stem = stem_word(lower)
    return stem != lower and is_root_word(stem)
