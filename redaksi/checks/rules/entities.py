"""Names: a headline about somewhere the story is not, and one name spelled two ways."""

from __future__ import annotations

from collections import Counter

from django.utils.translation import gettext

from ..gazetteer import PLACE
from ..knowledge import group_of
from ..offices import holders
from ..spelling import fold
from ..story import Finding
from ..text import name_key, normalize, tokens
from . import Context, excerpt, places

# The story's other entity must be named at least this often to say what it is about.
DOMINANT_MENTIONS = 2


def headline_entity_missing(context: Context) -> list[Finding]:
    """The headline names a place, person or organisation the story never mentions.

    Fires only when the story clearly is about another one of the same kind, so a
    headline naming somewhere the story merely does not repeat is left alone.
    """
    story = context.story
    knowledge = context.knowledge
    body_text = [story.dateline] + [place.text for place in places(story, headline=False)]
    body_mentions = [m for text in body_text if text for m in knowledge.scan(text)]
    body_words = [normalize(t.text) for text in body_text if text for t in tokens(text)]
    findings = []
    reported = set()
    for mention in knowledge.scan(story.headline, title_case=True):
        if mention.entity_id in reported:
            continue
        if _mentioned(mention.entity_id, body_mentions, body_words, knowledge):
            continue
        group = group_of(mention.kind)
        others = Counter(
            m.entity_id
            for m in body_mentions
            if group_of(m.kind) == group and not knowledge.related(m.entity_id, mention.entity_id)
        )
        if not others:
            continue
        top, count = others.most_common(1)[0]
        if count < DOMINANT_MENTIONS:
            continue
        reported.add(mention.entity_id)
        other = knowledge.entity(top)
        message = (
            gettext(
                "The headline names %(name)s, but the story never mentions it; "
                "the story is about %(other)s."
            )
            if group == PLACE
            else gettext(
                "The headline names %(name)s, but the story never mentions them; "
                "the story is about %(other)s."
            )
        )
        findings.append(
            Finding(
                "headline_entity_missing",
                "blocking",
                "title",
                message % {"name": mention.text, "other": other.label if other else top},
                excerpt=story.headline,
            )
        )
    return findings + _office_holder_elsewhere(story, knowledge, body_text)


def _office_holder_elsewhere(story, knowledge, body_text: list[str]) -> list[Finding]:
    """ "Gubernur Sulsel Andi Mappanyukki" in the headline while the body gives the
    governorship of South Sulawesi to someone else and never names Mappanyukki."""
    places = knowledge.gazetteer
    body_words = {fold(t.text) for text in body_text if text for t in tokens(text)}
    findings = []
    for holder in holders(story.headline, places, headline=True):
        own = {fold(word) for word in holder.distinctive()}
        if own & body_words:
            continue
        for text in body_text:
            others = [
                other
                for other in holders(text or "", places)
                if other.office == holder.office
                and not {fold(w) for w in other.distinctive()} & own
            ]
            if not others:
                continue
            other = others[0]
            findings.append(
                Finding(
                    "headline_entity_missing",
                    "blocking",
                    "title",
                    gettext(
                        'The headline names %(name)s as "%(office)s", but the story gives that '
                        'office to %(other)s: "%(evidence)s".'
                    )
                    % {
                        "name": holder.name,
                        "office": holder.office_text,
                        "other": other.name,
                        "evidence": excerpt(text, other.start, other.end, margin=20),
                    },
                    excerpt=story.headline,
                )
            )
            break
    return findings


def _mentioned(entity_id: str, mentions, words: list[str], knowledge) -> bool:
    if any(knowledge.within(m.entity_id, entity_id) for m in mentions):
        return True
    entity = knowledge.entity(entity_id)
    for name in entity.names if entity else ():
        key = name_key(name)
        if key and _contains(words, key):
            return True
    return False


def _contains(words: list[str], key: tuple[str, ...]) -> bool:
    n = len(key)
    return any(tuple(words[i : i + n]) == key for i in range(len(words) - n + 1))
