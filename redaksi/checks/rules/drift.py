"""Drift from the source: what changed between an imported wire item or page and the draft.

Each sentence of the draft is paired with the sentence of the source it most
resembles; in a pair, a changed figure, a changed name or a changed quotation is
reported with both sentences side by side. Rewording, reordering and cutting are
an editor's work and are left alone. The source text is plain data: the ingest
keeps it on every imported draft and the newsroom passes it in
(``StoryText.source_text``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.translation import gettext

from ..numbers import numbers
from ..story import Finding
from ..text import is_common_word, normalize, sentences, tokens
from . import Context, places

_QUOTE = re.compile(r"[\"“]([^\"”]{8,})[\"”]")
# How alike two sentences must be (shared words / all words) to be one sentence rewritten.
MIN_OVERLAP = 0.4


@dataclass
class Pair:
    source: str
    draft: str
    field: str
    page: int | None
    block: int | None


def _sentences(text: str) -> list[str]:
    return [s for s in sentences(text) if len(s) > 10]


def _words(sentence: str) -> set[str]:
    return {normalize(t.text) for t in tokens(sentence)}


def _pairs(story, source: list[str]) -> list[Pair]:
    source_words = [_words(s) for s in source]
    pairs = []
    for place in places(story, headline=False, captions=False):
        for sentence in _sentences(place.text):
            words = _words(sentence)
            best, score = None, 0.0
            for candidate, other in zip(source, source_words, strict=True):
                overlap = len(words & other) / max(len(words | other), 1)
                if overlap > score:
                    best, score = candidate, overlap
            if best is not None and score >= MIN_OVERLAP:
                pairs.append(Pair(best, sentence, place.field, place.page, place.block))
    return pairs


def _figures(sentence: str) -> list[float]:
    return sorted(n.value for n in numbers(sentence))


def _names(sentence: str, places_index) -> set[str]:
    """Words of names: capitalised words that are no ordinary word or are places, and the
    words of a run of two or more capitalised words ("Ratna Dewi", whose words are also
    ordinary words)."""
    found: set[str] = set()
    run: list[str] = []
    for token in [*tokens(sentence), None]:
        if token is not None and token.is_capitalized and not token.is_acronym:
            run.append(token.text)
            if token.sentence_start:
                continue
            low = normalize(token.text)
            if not is_common_word(token.text) or (low,) in places_index:
                found.add(low)
            continue
        if len(run) >= 2:
            found.update(normalize(word) for word in run)
        run = []
    return found


def _changed_names(source: str, draft: str, places_index) -> bool:
    # A name word counts as changed only when the other sentence lacks it altogether, so
    # moving a name to the front of a sentence (where every word is capitalised) is no change.
    return bool(
        _names(source, places_index) - _words(draft) or _names(draft, places_index) - _words(source)
    )


def _quotes(sentence: str) -> list[str]:
    return [" ".join(q.split()).lower() for q in _QUOTE.findall(sentence)]


def source_drift(context: Context) -> list[Finding]:
    story = context.story
    source = _sentences(story.source_text)
    if not source:
        return []
    places_index = context.knowledge.gazetteer.index
    findings = []
    for pair in _pairs(story, source):
        if " ".join(pair.source.split()) == " ".join(pair.draft.split()):
            continue
        changes = []
        if _figures(pair.source) != _figures(pair.draft):
            changes.append(gettext("a figure"))
        if _changed_names(pair.source, pair.draft, places_index):
            changes.append(gettext("a name"))
        quoted_source, quoted_draft = _quotes(pair.source), _quotes(pair.draft)
        if quoted_source and quoted_draft and quoted_source != quoted_draft:
            changes.append(gettext("a quotation"))
        if not changes:
            continue
        findings.append(
            Finding(
                "source_drift",
                "warning",
                pair.field,
                gettext("The draft changed %(what)s from its source.")
                % {"what": ", ".join(changes)},
                excerpt=pair.draft,
                page=pair.page,
                block=pair.block,
                source_excerpt=pair.source,
            )
        )
    return findings
