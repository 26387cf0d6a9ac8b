"""One name spelled two ways ("Karabakh" and "Karakbakh", "Soekarno" and "Sukarno")."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.utils.translation import gettext

from ..gazetteer import PERSON
from ..offices import offices
from ..spelling import fold
from ..story import Finding
from ..text import (
    Token,
    edit_distance,
    is_common_word,
    is_dictionary_word,
    is_inflection,
    normalize,
    tokens,
)
from . import Context, Place, excerpt, places

# Shortest forms compared at one and two letters' difference; the spelling rules
# (``spelling.fold``) join forms of any length.
MIN_LENGTH = {1: 5, 2: 8}
MIN_FOLDED_LENGTH = 3


@dataclass
class Form:
    text: str
    count: int = 0
    first: tuple[Place, Token] | None = None
    next_words: set[str] = field(default_factory=set)
    in_full_name: bool = False
    """Written beside another capitalised name word ("Tjahjo Wibisono")."""
    listed_with: set[str] = field(default_factory=set)
    """The capitalised words either side of it in a comma list ("Kabir, Swies, Haddad")."""


def spelling_variants(context: Context) -> list[Finding]:
    """One name spelled two ways in one story.

    Only capitalised words are compared. Two known names (Austria and Australia) are
    two names, a suffix ("Jakartanya") is no second spelling, and a person's surname
    one letter from a known place ("Parish", "Paris") is somebody else. Which form is
    suspect is decided by evidence: the newsroom's own names and the gazetteer first,
    then how often the story uses each, then which form introduces the full name;
    without evidence both forms are named and neither is blamed.
    """
    knowledge = context.knowledge
    forms, lower_words = _forms(context.story)
    office_words = offices().heads | set(offices().short) | offices().portfolio
    people = _person_words(knowledge)
    candidates = [
        f
        for f in forms.values()
        if normalize(f.text) not in lower_words and normalize(f.text) not in office_words
    ]
    findings = []
    reported: set[str] = set()
    for i, a in enumerate(candidates):
        for b in candidates[i + 1 :]:
            if a.text in reported or b.text in reported:
                continue
            if a.text.lower() == b.text.lower() or is_inflection(a.text, b.text):
                continue
            if not _variants(a, b):
                continue
            known_a, known_b = knowledge.known_word(a.text), knowledge.known_word(b.text)
            if known_a and known_b:
                continue
            if _place_and_person(a, b, known_a, known_b, people, knowledge):
                continue
            order = _suspect(a, b, known_a, known_b, knowledge)
            if order is False:
                continue
            reported.update((a.text, b.text))
            findings.append(_finding(a, b, order))
    return findings


def _forms(story) -> tuple[dict[str, Form], set[str]]:
    forms: dict[str, Form] = {}
    lower_words: set[str] = set()
    for place in places(story):
        words = tokens(place.text)
        for k, token in enumerate(words):
            if not token.is_capitalized:
                lower_words.add(token.lower)
                continue
            if token.is_acronym or len(token.text) < MIN_FOLDED_LENGTH:
                continue
            form = forms.setdefault(token.text, Form(token.text))
            form.count += 1
            form.first = form.first or (place, token)
            neighbours = [words[n] for n in (k - 1, k + 1) if 0 <= n < len(words)]
            if k + 1 < len(words):
                form.next_words.add(normalize(words[k + 1].text))
            if any(
                n.is_capitalized
                and not n.is_acronym
                and place.text[min(n.end, token.end) : max(n.start, token.start)] == " "
                for n in neighbours
            ):
                form.in_full_name = True
            listed = [n for n in neighbours if _LIST_GAP.fullmatch(_between(place.text, n, token))]
            if len(listed) == 2 and all(n.is_capitalized for n in listed):
                form.listed_with.update(n.text for n in listed)
    return forms, lower_words


_LIST_GAP = re.compile(r",\s+(?:dan\s+)?")


def _between(text: str, a: Token, b: Token) -> str:
    return text[min(a.end, b.end) : max(a.start, b.start)]


def _variants(a: Form, b: Form) -> bool:
    """Whether two forms can be one name: by the Indonesian spelling rules, or a typo."""
    if fold(a.text) == fold(b.text):
        # Only a word as it stands in the dictionary ("Judi") counts as a word here: the
        # stemmer would also make a root out of a name ("Abdulah" → "abdu").
        common_a, common_b = is_dictionary_word(a.text), is_dictionary_word(b.text)
        if common_a or common_b:
            # "Judi" is a word too: only the same surname after both makes it a name.
            return bool(a.next_words & b.next_words - {""}) and not (common_a and common_b)
        return True
    if is_common_word(a.text) or is_common_word(b.text):
        return False
    distance = edit_distance(a.text.lower(), b.text.lower())
    return distance <= 2 and min(len(a.text), len(b.text)) >= MIN_LENGTH.get(distance, 99)


def _person_words(knowledge) -> set[str]:
    words = set()
    for entity in knowledge.entities.values():
        if entity.kind == PERSON:
            for name in entity.names:
                words.update(normalize(t.text) for t in tokens(name))
    return words


def _place_and_person(
    a: Form, b: Form, known_a: bool, known_b: bool, people: set[str], knowledge
) -> bool:
    """A known place and, one letter away, a person's name: two names ("Paris", "Parish").

    A person is a name the newsroom knows as one, a word beside another capitalised name, or
    a word listed between unknown capitalised names (a line-up: "Kabir, Swies, Haddad");
    between known places ("Jerman, Austira, Belanda") it stays a suspect place.
    """
    if known_a == known_b or fold(a.text) == fold(b.text):
        return False
    unknown = b if known_a else a
    listed = bool(unknown.listed_with) and not any(
        knowledge.known_word(word) for word in unknown.listed_with
    )
    return normalize(unknown.text) in people or unknown.in_full_name or listed


def _suspect(a: Form, b: Form, known_a: bool, known_b: bool, knowledge) -> tuple | None | bool:
    """(suspect, usual), None when nothing tells which is right, False for "not one name"."""
    if known_a != known_b:
        return (b, a) if known_a else (a, b)
    ca, cb = a.count, b.count
    if ca != cb:
        if min(ca, cb) > 2 and min(ca, cb) * 3 > max(ca, cb):
            return False  # both used often: two people, not a slip
        return (a, b) if ca < cb else (b, a)
    if a.in_full_name != b.in_full_name:
        return (b, a) if a.in_full_name else (a, b)
    return None


def _finding(a: Form, b: Form, order: tuple | None) -> Finding:
    if order is None:
        first = a if a.first and b.first and _position(a) > _position(b) else b
        place, token = first.first
        message = gettext(
            'The story spells one name two ways: "%(a)s" (%(a_count)s×) and "%(b)s" '
            "(%(b_count)s×), and nothing tells which is right. Check the spelling."
        ) % {"a": a.text, "b": b.text, "a_count": a.count, "b_count": b.count}
    else:
        suspect, usual = order
        place, token = suspect.first
        message = gettext(
            'The story spells one name two ways: "%(suspect)s" (%(suspect_count)s×) '
            'and "%(usual)s" (%(usual_count)s×). Check which spelling is right.'
        ) % {
            "suspect": suspect.text,
            "usual": usual.text,
            "suspect_count": suspect.count,
            "usual_count": usual.count,
        }
    return Finding(
        "spelling_variants",
        "warning",
        place.field,
        message,
        excerpt=excerpt(place.text, token.start, token.end),
        page=place.page,
        block=place.block,
    )


def _position(form: Form) -> tuple:
    place, token = form.first
    return (place.page or 0, place.block or 0, token.start)
