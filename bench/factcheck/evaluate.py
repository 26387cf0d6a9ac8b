"""Tipline matching quality on our labelled questions against the 34 demo fact-checks.

    uv run python bench/factcheck/evaluate.py [queries|heldout] [--encoder use|e5|none]

Prints top-1 and top-3 accuracy for questions that have an answer, and how often
a question with no answer (unrelated chat) got a fact-check anyway, for the
keyword-only baseline and for the chosen encoder, on the same questions.
"""

import argparse
import json
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "redaksi.settings.test")

import django  # noqa: E402

django.setup()

from redaksi.demo.factchecks import FACT_CHECKS  # noqa: E402
from redaksi.factcheck.matching.links import normalize_url  # noqa: E402
from redaksi.factcheck.matching.matcher import Entry, Matcher  # noqa: E402
from redaksi.factcheck.matching.semantic import ENCODERS  # noqa: E402


def demo_entries() -> list[Entry]:
    return [
        Entry(
            page_id=number,
            url=item.slug,
            headline=item.headline,
            verdict=item.verdict,
            claim=item.claim,
            lede=item.lede,
            tags=item.tags,
            links=tuple(normalize_url(url) for _p, url, _d in item.appearances if url),
        )
        for number, item in enumerate(FACT_CHECKS)
    ]


def evaluate(matcher: Matcher, queries: list[dict], use_meaning: bool) -> dict:
    by_kind = defaultdict(lambda: [0, 0, 0])  # total, top1, top3 (or false answers)
    timings = []
    for query in queries:
        started = time.perf_counter()
        answer = matcher.answer(query["q"], use_meaning=use_meaning)
        timings.append(time.perf_counter() - started)
        found = [match.entry.url for match in answer.matches]
        row = by_kind[query["kind"]]
        row[0] += 1
        if query["expect"] is None:
            row[1] += bool(found)
        else:
            row[1] += bool(found) and found[0] == query["expect"]
            row[2] += query["expect"] in found
    answerable = [row for kind, row in by_kind.items() if kind != "unrelated"]
    total = sum(row[0] for row in answerable)
    unrelated = by_kind.get("unrelated", [0, 0, 0])
    return {
        "answerable": total,
        "top1": sum(row[1] for row in answerable) / total if total else 0.0,
        "top3": sum(row[2] for row in answerable) / total if total else 0.0,
        "unrelated": unrelated[0],
        "false_answers": unrelated[1] / unrelated[0] if unrelated[0] else 0.0,
        "by_kind": dict(by_kind),
        "p95_ms": float(np.percentile(timings, 95) * 1000),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("set", nargs="?", default="queries", choices=["queries", "heldout"])
    parser.add_argument("--encoder", default="use", choices=["use", "e5", "none"])
    parser.add_argument("--misses", action="store_true", help="list the questions answered wrongly")
    args = parser.parse_args()
    queries = json.loads((Path(__file__).parent / f"{args.set}.json").read_text())
    entries = demo_entries()
    encoder, vectors = None, None
    if args.encoder != "none":
        encoder = ENCODERS[args.encoder]()
        vectors = encoder.passages([entry.meaning_text() for entry in entries])
    matcher = Matcher(entries, vectors, encoder)
    print(f"{args.set}: {len(queries)} questions, {len(entries)} fact-checks")
    for label, meaning in (("keywords only", False), (f"keywords + {args.encoder}", True)):
        if meaning and encoder is None:
            continue
        result = evaluate(matcher, queries, meaning)
        print(
            f"{label:>20}: top-1 {result['top1']:.2f}  top-3 {result['top3']:.2f}  "
            f"(of {result['answerable']})  unrelated answered {result['false_answers']:.2f} "
            f"(of {result['unrelated']})  p95 {result['p95_ms']:.1f} ms"
        )
        for kind, (n, a, b) in sorted(result["by_kind"].items()):
            print(
                f"{'':>22}{kind:<11} n={n:<3} "
                f"{'false' if kind == 'unrelated' else 'top1'}={a:<3} top3={b}"
            )
        if args.misses:
            for query in queries:
                found = [
                    m.entry.url for m in matcher.answer(query["q"], use_meaning=meaning).matches
                ]
                ok = (not found) if query["expect"] is None else (found[:1] == [query["expect"]])
                if not ok:
                    print(f"    MISS [{query['kind']}] {query['q'][:70]!r} -> {found[:3]}")


if __name__ == "__main__":
    main()
