"""Highlighted fragments of a story for the result list.

Built from the stored text, never from the search engine's own highlighter, so
they look the same on every backend. Every character of the story is escaped;
the only markup in the output is the ``<mark>`` put around words that answer
the query (as typed or by stem), so a story containing ``<script>`` shows it as
text.
"""

from bisect import bisect_left

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .query import Terms
from .stemming import WORD

SNIPPET_WORDS = 36
# Words of context kept before the first highlighted word of a snippet.
LEAD_IN_WORDS = 6
ELLIPSIS = "\u2026"


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
    return [
        (match.start(), match.end(), terms.matches(match.group().lower()))
        for match in WORD.finditer(text)
    ]


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
