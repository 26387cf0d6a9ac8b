"""From a reader's message to at most three fact-checks, or to none.

Three signals, combined: a link the reader pasted that a fact-check lists as an
appearance (decisive); keyword coverage (BM25 ranks, the idf-weighted share of
the question's words found decides), with a fuzzy retry for typos; and, when
the sentence encoder is loaded, the cosine between the message and each
fact-check's headline and claim, which carries paraphrases, forwarded messages
and English. A fact-check is offered only when the combined score clears a
threshold, so "resep telur balado" does not get the fake-eggs fact-check.
The thresholds were set on bench/factcheck/queries.json only.
"""

import re
from dataclasses import dataclass, field

import numpy as np

from .keyword import KeywordIndex
from .links import links_in, without_links
from .text import content_stems

GREETINGS = re.compile(
    r"^\W*(/?start|/?help|halo+|hall?o+|hai+|hi+|hey|hello|menu|bantuan|tolong|info|p|ping|"
    r"assalamu.?alaikum|selamat (pagi|siang|sore|malam)|pagi|siang|sore|malam|min|admin|mimin)"
    r"(\s+(min|admin|mimin|kak|bang|redaksi|cek fakta))*\W*$",
    re.IGNORECASE,
)
THANKS = re.compile(
    r"^\W*(terima ?kasih|trims|makasi+h?|maacih|thanks?|thank you|thx|ok+e?|oke+|siap|sip+|"
    r"baik|mantap|noted|👍)(\s+\w+){0,3}\W*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Entry:
    """What the matcher knows of one published fact-check."""

    page_id: int
    url: str
    headline: str
    verdict: str
    claim: str
    lede: str = ""
    tags: tuple[str, ...] = ()
    links: tuple[str, ...] = ()

    def keyword_text(self) -> str:
        return " ".join([self.headline, self.headline, self.claim, self.lede, *self.tags])

    def meaning_text(self) -> str:
        return f"{self.headline}. {self.claim}"


@dataclass(frozen=True)
class Tuning:
    meaning_weight: float = 0.5
    accept: float = 0.40  # combined score
    accept_keywords: float = 0.75  # coverage alone (no encoder, or short keyword queries)
    accept_meaning: float = 0.40  # cosine alone, for the closest fact-check only …
    meaning_gap: float = 0.08  # … when it stands this far ahead of the next one
    second_ratio: float = 0.8  # further results must score at least this share of the first
    limit: int = 3


# multilingual-e5 puts every pair of texts above 0.8, so its cosines need their own scale.
E5_TUNING = Tuning(accept=0.66, accept_meaning=0.86, meaning_gap=0.03)


@dataclass(frozen=True)
class Match:
    entry: Entry
    score: float
    reason: str  # "link" | "keywords" | "meaning"


@dataclass(frozen=True)
class Answer:
    kind: str  # "help" | "thanks" | "matches" | "no_match"
    matches: list[Match] = field(default_factory=list)


class Matcher:
    def __init__(
        self,
        entries: list[Entry],
        vectors: np.ndarray | None = None,
        encoder=None,
        tuning: Tuning | None = None,
    ) -> None:
        self.entries = entries
        self.keywords = KeywordIndex([content_stems(e.keyword_text()) for e in entries])
        self.vectors = vectors
        self.encoder = encoder
        self.tuning = tuning or getattr(encoder, "tuning", None) or Tuning()
        self.by_link: dict[str, list[int]] = {}
        for number, entry in enumerate(entries):
            for link in entry.links:
                self.by_link.setdefault(link, []).append(number)

    def answer(self, text: str, *, use_meaning: bool = True) -> Answer:
        text = (text or "").strip()
        link_docs = [doc for link in links_in(text) for doc in self.by_link.get(link, ())]
        plain = without_links(text)
        stems = content_stems(plain)
        if not link_docs:
            if not text or GREETINGS.match(plain) or (not stems and not THANKS.match(plain)):
                return Answer("help")
            if THANKS.match(plain):
                return Answer("thanks")
        scores: dict[int, tuple[float, str]] = {}
        for doc in link_docs:
            scores[doc] = (2.0, "link")
        if stems:
            self._rank(plain, stems, scores, use_meaning)
        ranked = sorted(scores.items(), key=lambda item: (-item[1][0], item[0]))
        if not ranked:
            return Answer("no_match")
        best = ranked[0][1][0]
        matches = [
            Match(self.entries[doc], round(score, 4), reason)
            for doc, (score, reason) in ranked[: self.tuning.limit]
            if score >= best * self.tuning.second_ratio
        ]
        return Answer("matches", matches)

    def _rank(self, plain: str, stems: list[str], scores: dict, use_meaning: bool) -> None:
        tuning = self.tuning
        hits = self.keywords.search(stems, limit=20)
        if not hits or hits[0].coverage < tuning.accept_keywords:
            corrected = self.keywords.correct(stems)
            if corrected != stems:
                retry = self.keywords.search(corrected, limit=20)
                if retry and (not hits or retry[0].coverage > hits[0].coverage):
                    hits = retry
        coverage = {hit.doc: hit.coverage for hit in hits}
        cosine: dict[int, float] = {}
        closest, gap = -1, 0.0
        if use_meaning and self.encoder is not None and self.vectors is not None and self.entries:
            query = self.encoder.queries([plain])[0]
            similarity = self.vectors @ query
            top = np.argsort(-similarity)[:20]
            cosine = {int(doc): float(similarity[doc]) for doc in top}
            for doc in coverage:
                cosine.setdefault(doc, float(similarity[doc]))
            closest = int(top[0])
            gap = float(similarity[top[0]] - similarity[top[1]]) if len(top) > 1 else 1.0
        for doc in set(coverage) | set(cosine):
            cov, cos = coverage.get(doc, 0.0), cosine.get(doc)
            candidates = []
            if cov >= tuning.accept_keywords:
                candidates.append((cov, "keywords"))
            if cos is not None:
                combined = tuning.meaning_weight * cos + (1 - tuning.meaning_weight) * cov
                if combined >= tuning.accept:
                    candidates.append((combined, "keywords" if cov >= cos else "meaning"))
                if doc == closest and cos >= tuning.accept_meaning and gap >= tuning.meaning_gap:
                    candidates.append((max(combined, cos), "meaning"))
            if candidates:
                best = max(candidates)
                if doc not in scores or scores[doc][0] < best[0]:
                    scores[doc] = best
