"""A number in the headline, lede or a caption that the body contradicts.

"Gempa Tewaskan 12 Orang" over a body that counts 21 dead: the same thing counted
(the word after the number: "orang", "kios", "persen"), a different figure, and
no figure in the body that agrees (or adds up to it).
"""

from __future__ import annotations

from django.utils.translation import gettext

from ..numbers import Number, numbers
from ..story import Finding
from ..text import normalize, tokens
from . import Context, places

_TOLERANCE = 0.005


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= _TOLERANCE * max(abs(a), abs(b), 1)


def number_mismatch(context: Context) -> list[Finding]:
    story = context.story
    body = [
        (place, number)
        for place in places(story, headline=False, captions=False)
        if place.field == "body"
        for number in numbers(place.text)
        if number.unit
    ]
    if not body:
        return []
    claims: list[tuple[str, str, Number, set[str]]] = []
    headline_words = {normalize(t.text) for t in tokens(story.headline)}
    # Figures in words ("tiga poin") in a headline or lede are too often another count.
    for number in [n for n in numbers(story.headline) if n.text[:1].isdigit()]:
        # "Wisatawan ke Bali Capai 6 Juta": the headline's own nouns say what is counted.
        units = {number.unit} if number.unit else headline_words
        claims.append(("title", story.headline, number, units))
    for place in places(story, headline=False):
        if place.kind in ("lede", "caption"):
            for number in numbers(place.text):
                if number.unit and number.text[:1].isdigit():
                    claims.append((place.field, place.text, number, {number.unit}))
    findings = []
    for field, text, number, units in claims:
        same = [(p, n) for p, n in body if n.unit in units]
        if not same:
            continue
        values = [n.value for _, n in same]
        if any(_close(number.value, v) for v in values) or _close(number.value, sum(values)):
            continue
        place, other = same[0]
        findings.append(
            Finding(
                "number_mismatch",
                "warning",
                field,
                gettext('"%(claim)s" here, but the body says "%(body)s": "%(evidence)s".')
                % {
                    "claim": number.text,
                    "body": other.text,
                    "evidence": _sentence(place.text, other),
                },
                excerpt=text,
                page=place.page if field == "body" else None,
            )
        )
    return findings


def _sentence(text: str, number: Number) -> str:
    start = max(text.rfind(". ", 0, number.start) + 2, 0) if ". " in text[: number.start] else 0
    end = text.find(". ", number.end)
    return text[start : end + 1 if end != -1 else len(text)].strip()
