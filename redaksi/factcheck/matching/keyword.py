"""Keyword ranking over fact-checks: BM25 on stems, with a fuzzy second try for typos.

Ranking is BM25; whether a result answers the question at all is decided on
``coverage``, the share of the question's (idf-weighted) words the fact-check
contains, which does not drift with the size of the archive as raw BM25 does.
"""

import math
from collections import Counter, defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher

_K1 = 1.2
_B = 0.75


@dataclass(frozen=True)
class KeywordHit:
    doc: int
    bm25: float
    coverage: float


class KeywordIndex:
    def __init__(self, documents: list[list[str]]) -> None:
        self.lengths = [len(doc) for doc in documents]
        self.average = (sum(self.lengths) / len(documents)) if documents else 1.0
        self.postings: dict[str, dict[int, int]] = defaultdict(dict)
        for number, doc in enumerate(documents):
            for stem, count in Counter(doc).items():
                self.postings[stem][number] = count
        total = max(len(documents), 1)
        self.idf = {
            stem: math.log(1 + (total - len(docs) + 0.5) / (len(docs) + 0.5))
            for stem, docs in self.postings.items()
        }
        self._max_idf = math.log(1 + (total + 0.5) / 0.5)
        by_start: dict[str, list[str]] = defaultdict(list)
        for stem in self.postings:
            by_start[stem[0]].append(stem)
        self._by_start = dict(by_start)

    def search(self, stems: list[str], limit: int = 10) -> list[KeywordHit]:
        wanted = list(dict.fromkeys(stems))
        if not wanted:
            return []
        weight = {stem: self.idf.get(stem, self._max_idf) for stem in wanted}
        total_weight = sum(weight.values())
        scores: dict[int, float] = defaultdict(float)
        covered: dict[int, float] = defaultdict(float)
        for stem in wanted:
            for doc, count in self.postings.get(stem, {}).items():
                norm = count + _K1 * (1 - _B + _B * self.lengths[doc] / self.average)
                scores[doc] += weight[stem] * count * (_K1 + 1) / norm
                covered[doc] += weight[stem]
        ranked = sorted(scores, key=lambda doc: (-scores[doc], doc))[:limit]
        return [KeywordHit(doc, scores[doc], covered[doc] / total_weight) for doc in ranked]

    def correct(self, stems: list[str]) -> list[str]:
        """Each unknown stem replaced by the closest known one, when one is close enough."""
        fixed = []
        for stem in stems:
            if stem in self.postings or len(stem) < 3:
                fixed.append(stem)
                continue
            best, best_ratio = stem, 0.0
            for candidate in self._by_start.get(stem[0], ()):
                if abs(len(candidate) - len(stem)) > 2:
                    continue
                matcher = SequenceMatcher(None, stem, candidate)
                if matcher.real_quick_ratio() < 0.75 or matcher.quick_ratio() < 0.75:
                    continue
                ratio = matcher.ratio()
                if ratio > best_ratio:
                    best, best_ratio = candidate, ratio
            fixed.append(best if best_ratio >= 0.75 else stem)
        return fixed
