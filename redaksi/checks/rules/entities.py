"""Names: a headline about somewhere the story is not, and one name spelled two ways."""

from __future__ import annotations

from collections import Counter

from django.utils.translation import gettext

from ..gazetteer import PLACE
from ..knowledge import group_of
from ..story import Finding
from ..text import edit_distance, is_common_word, is_inflection, name_key, normalize, tokens
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
    return findings


def _mentioned(entity_id: str, mentions, words: list[str], knowledge) -> bool:
    if any(knowledge.related(entity_id, m.entity_id) for m in mentions):
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


# --- One name, two spellings

MIN_LENGTH = {1: 5, 2: 8}


def spelling_variants(context: Context) -> list[Finding]:
    """One name spelled two ways ("Karabakh" and "Karakbakh").

    Only capitalised words that are not ordinary Indonesian words are compared;
    two names that are both known (Austria and Australia) are different names,
    and a suffix ("Jakartanya") is no second spelling.
    """
    story = context.story
    knowledge = context.knowledge
    counts: Counter[str] = Counter()
    first_seen: dict[str, tuple] = {}
    lower_words: set[str] = set()
    for place in places(story):
        for token in tokens(place.text):
            if not token.is_capitalized:
                lower_words.add(token.lower)
                continue
            if token.is_acronym or len(token.text) < MIN_LENGTH[1]:
                continue
            counts[token.text] += 1
            first_seen.setdefault(token.text, (place, token))
    forms = [
        form for form in counts if form.lower() not in lower_words and not is_common_word(form)
    ]
    findings = []
    reported: set[str] = set()
    for i, a in enumerate(forms):
        for b in forms[i + 1 :]:
            if a in reported or b in reported:
                continue
            if a.lower() == b.lower() or is_inflection(a, b):
                continue
            distance = edit_distance(a.lower(), b.lower())
            if distance > 2 or min(len(a), len(b)) < MIN_LENGTH[distance]:
                continue
            known_a, known_b = knowledge.known_word(a), knowledge.known_word(b)
            if known_a and known_b:
                continue
            ca, cb = counts[a], counts[b]
            if known_a != known_b:
                suspect, usual = (b, a) if known_a else (a, b)
            elif min(ca, cb) <= 2 or min(ca, cb) * 3 <= max(ca, cb):
                suspect, usual = (a, b) if ca <= cb else (b, a)
            else:
                continue
            reported.update((a, b))
            place, token = first_seen[suspect]
            findings.append(
                Finding(
                    "spelling_variants",
                    "warning",
                    place.field,
                    gettext(
                        'The story spells one name two ways: "%(suspect)s" (%(suspect_count)s×) '
                        'and "%(usual)s" (%(usual_count)s×). Check which spelling is right.'
                    )
                    % {
                        "suspect": suspect,
                        "usual": usual,
                        "suspect_count": counts[suspect],
                        "usual_count": counts[usual],
                    },
                    excerpt=excerpt(place.text, token.start, token.end),
                    page=place.page,
                    block=place.block,
                )
            )
    return findings
