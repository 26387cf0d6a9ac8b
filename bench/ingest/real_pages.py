"""The importer on real saved portal pages, beside trafilatura alone on the same pages.

Real pages are other people's text, so they never enter this repository: each set is a
folder you point the script at, holding the saved pages and a ``labels.json`` written
(and frozen) before the extractor is run on them:

    {"format": 1, "set": "set2015", "pages": [
      {"file": "x.html", "url": "https://…", "split": "dev" | "heldout", "is_article": true,
       "title": "…", "title_also": ["…"],            # other titles the page itself gives
       "published": "2016-02-23T15:32+07:00",        # as printed, with its zone; null = not scored
       "authors": ["…"],                             # [] = the page names nobody; null = not scored
       "body": "…"},                                 # the story's text, paragraphs on lines
      {"file": "index.html", "url": "…", "split": "dev", "is_article": false}]}

Per set and split it prints, for Redaksi (``extract_document``, as ``redaksi import``
runs it) and trafilatura (``bare_extraction`` with metadata, default settings):

- title: exact after normalising case, spaces and quote marks;
- time with zone: the published instant right to the minute (a time read in the
  wrong zone is hours off, so this also checks the zone);
- author: the same set of names (case-insensitive);
- body token-F1: word tokens of the extracted body against the labelled body,
  averaged over the article pages (a refused article scores 0);
- index pages refused: pages labelled not-an-article that were refused.

    uv run python bench/ingest/real_pages.py FOLDER [FOLDER …] [--split dev|heldout|all]
        [--verbose] [--only ours|trafilatura]
"""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "’": "'", "‘": "'", "`": "'"})


def norm_title(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").translate(_QUOTES)
    return " ".join(text.split()).casefold().strip(" .")


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", unicodedata.normalize("NFKC", text or "").casefold())


def token_f1(got: str, want: str) -> float:
    g, w = Counter(tokens(got)), Counter(tokens(want))
    common = sum((g & w).values())
    if not common:
        return 0.0
    precision, recall = common / sum(g.values()), common / sum(w.values())
    return 2 * precision * recall / (precision + recall)


def same_minute(got: datetime | None, want: str | None) -> bool:
    if got is None or not want:
        return False
    wanted = datetime.fromisoformat(want)
    if got.tzinfo is None:
        return False  # a time without a zone cannot be placed
    return abs(got - wanted) < timedelta(minutes=1)


def ours(data: bytes, url: str, name: str) -> dict | None:
    from redaksi.ingest.extract import ExtractionError, extract_document

    try:
        story = extract_document(data, url=url, filename=name)
    except ExtractionError as error:
        return {"refused": str(error)}
    return {
        "title": story.headline,
        "published": story.published_at,
        "authors": story.authors,
        "body": "\n".join(story.paragraphs),
    }


def trafilatura_alone(data: bytes, url: str, name: str) -> dict | None:
    import trafilatura

    doc = trafilatura.bare_extraction(data, url=url or None, with_metadata=True)
    if doc is None or not (doc.text or "").strip():
        return {"refused": "nothing extracted"}
    published = None
    if doc.date:
        try:
            published = datetime.fromisoformat(doc.date)
        except ValueError:
            published = None
    authors = [a.strip() for a in re.split(r";|,| and ", doc.author or "") if a.strip()]
    return {"title": doc.title or "", "published": published, "authors": authors, "body": doc.text}


EXTRACTORS = {"ours": ours, "trafilatura": trafilatura_alone}


def score_set(folder: Path, split: str, only: list[str], verbose: bool) -> dict:
    labels = json.loads((folder / "labels.json").read_text("utf-8"))
    pages = [p for p in labels["pages"] if split == "all" or p["split"] == split]
    result: dict = {}
    for name in only:
        extract = EXTRACTORS[name]
        tally = Counter()
        f1s: list[float] = []
        for page in pages:
            data = (folder / page["file"]).read_bytes()
            got = extract(data, page.get("url", ""), page["file"])
            refused = "refused" in got
            if not page["is_article"]:
                tally["index"] += 1
                tally["index_refused"] += refused
                if verbose and not refused:
                    print(f"  [{name}] {page['file']}: index page accepted as {got['title']!r}")
                continue
            tally["articles"] += 1
            if refused:
                f1s.append(0.0)
                if verbose:
                    print(f"  [{name}] {page['file']}: article refused: {got['refused']}")
                continue
            titles = [page["title"], *page.get("title_also", [])]
            title_ok = norm_title(got["title"]) in {norm_title(t) for t in titles}
            tally["title"] += title_ok
            if page.get("published"):
                tally["time_total"] += 1
                tally["time"] += same_minute(got["published"], page["published"])
            if page.get("authors") is not None:
                tally["author_total"] += 1
                want = {a.casefold() for a in page["authors"]}
                tally["author"] += {a.casefold() for a in got["authors"]} == want
            f1 = token_f1(got["body"], page["body"])
            f1s.append(f1)
            if verbose:
                notes = []
                if not title_ok:
                    notes.append(f"title {got['title']!r}")
                if page.get("published") and not same_minute(got["published"], page["published"]):
                    notes.append(f"time {got['published']}")
                if page.get("authors") is not None and {a.casefold() for a in got["authors"]} != {
                    a.casefold() for a in page["authors"]
                }:
                    notes.append(f"authors {got['authors']}")
                print(f"  [{name}] {page['file']}: F1 {f1:.3f} {'; '.join(notes)}")
        tally["f1"] = sum(f1s) / len(f1s) if f1s else 0.0
        result[name] = tally
    return result


def report(set_name: str, split: str, result: dict) -> None:
    print(f"\n### {set_name} ({split})")
    print("| extractor | title | time with zone | author | body token-F1 | index pages refused |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, t in result.items():
        label = "Redaksi" if name == "ours" else "trafilatura alone"
        print(
            f"| {label} | {t['title']}/{t['articles']} | {t['time']}/{t['time_total']} | "
            f"{t['author']}/{t['author_total']} | {t['f1']:.3f} | "
            f"{t['index_refused']}/{t['index']} |"
        )


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "redaksi.settings.test")
    import django

    django.setup()
    split, only, verbose, folders = "dev", list(EXTRACTORS), False, []
    args = iter(argv)
    for arg in args:
        if arg == "--split":
            split = next(args)
        elif arg.startswith("--split="):
            split = arg.split("=", 1)[1]
        elif arg == "--only":
            only = [next(args)]
        elif arg == "--verbose":
            verbose = True
        else:
            folders.append(Path(arg))
    if not folders:
        raise SystemExit(__doc__)
    for folder in folders:
        labels = json.loads((folder / "labels.json").read_text("utf-8"))
        result = score_set(folder, split, only, verbose)
        report(labels.get("set", folder.name), split, result)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
