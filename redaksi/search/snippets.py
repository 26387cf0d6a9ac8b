"""Highlighted fragments of a story for the result list.

Built from the stored text, never from the search engine's own highlighter, so
they look the same on every backend. Every character of the story is escaped;
the only markup in the output is the ``<mark>`` put around words that answer
the query (as typed or by stem), so a story containing ``<script>`` shows it as
text.

The text comes from the story's stored body (:func:`story_text`), read as the
JSON it is saved as rather than through StreamField blocks: building the blocks
and their rich-text values for 20 stories cost more than the search itself.
"""

import json
import re
from bisect import bisect_left
from collections.abc import Iterator
from html import unescape

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from redaksi.core.stemming import WORD

from .query import Terms

SNIPPET_WORDS = 36
# Words of context kept before the first highlighted word of a snippet.
LEAD_IN_WORDS = 6
ELLIPSIS = "\u2026"

# As Wagtail's get_text_for_indexing: a block-level end tag or a line break separates
# words, any other tag does not ("<b>ban</b>jir" is one word).
_BLOCK_END = re.compile(r"</(?:p|h\d|li|blockquote)>|<(?:br|hr)\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
# Stream children are {"type", "value", "id"}; only the value holds text.
_STREAM_KEYS = frozenset(("type", "value"))


def _plain(value: str) -> str:
    if "<" not in value:
        return unescape(value) if "&" in value else value
    return unescape(_TAG.sub("", _BLOCK_END.sub(" ", value))).strip()


def _texts(value: object) -> Iterator[str]:
    """The readable strings of a stored block value, in reading order.

    Block ids, choosers' page/image ids (integers) and links (a video's URL) are
    not text a reader sees, so they are left out, as Wagtail's search does.
    """
    if isinstance(value, str):
        if value and not (value.startswith(("http://", "https://")) and " " not in value):
            yield _plain(value)
    elif isinstance(value, list):
        for item in value:
            is_child = isinstance(item, dict) and _STREAM_KEYS <= item.keys()
            yield from _texts(item["value"] if is_child else item)
    elif isinstance(value, dict):
        for child in value.values():
            yield from _texts(child)


def story_text(lede: str, stored_body: str | None) -> str:
    """The lede and the body's readable words, from the body's JSON text as stored."""
    try:
        body = json.loads(stored_body) if stored_body else []
    except ValueError:
        body = []
    return " ".join([lede, *(text for text in _texts(body) if text)])


def _marked(text: str, spans: list[tuple[int, int, bool]], start: int, end: int) -> str:
    """``text[start:end]`` escaped, with the matched spans inside it wrapped in <mark>."""
    out = []
    cursor = start
    for span_start, span_end, matched in spans:
        if not matched or span_start < start or span_end > end:
            continue
        out.append(escape(text[cursor:span_start]))
        out.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    out.append(escape(text[cursor:end]))
    return "".join(out)


def _spans(text: str, terms: Terms) -> list[tuple[int, int, bool]]:
    # A story repeats its words; each distinct one is stemmed and compared once.
    answers: dict[str, bool] = {}
    spans = []
    for match in WORD.finditer(text):
        word = match.group().lower()
        matched = answers.get(word)
        if matched is None:
            matched = answers[word] = terms.matches(word)
        spans.append((match.start(), match.end(), matched))
    return spans


def highlight(text: str, terms: Terms) -> SafeString:
    """All of ``text`` (a headline), escaped, with matching words marked."""
    return mark_safe(_marked(text, _spans(text, terms), 0, len(text)))  # noqa: S308


def snippet(text: str, terms: Terms, size: int = SNIPPET_WORDS) -> SafeString:
    """About ``size`` words of ``text`` around the densest cluster of matching words."""
    spans = _spans(text, terms)
    if not spans:
        return mark_safe("")  # noqa: S308
    hits = [index for index, span in enumerate(spans) if span[2]]
    first = 0
    if hits:
        best = -1
        for hit in hits:
            candidate = max(hit - LEAD_IN_WORDS, 0)
            count = bisect_left(hits, candidate + size) - bisect_left(hits, candidate)
            if count > best:
                first, best = candidate, count
    last = min(first + size, len(spans)) - 1
    start = spans[first][0] if first > 0 else 0
    end = spans[last][1] if last < len(spans) - 1 else len(text)
    body = _marked(text, spans, start, end).strip()
    prefix = f"{ELLIPSIS} " if first > 0 else ""
    suffix = f" {ELLIPSIS}" if last < len(spans) - 1 else ""
    return mark_safe(f"{prefix}{body}{suffix}")  # noqa: S308
