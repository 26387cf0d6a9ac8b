"""One name, two spellings: the Indonesian rules that make two forms one name.

The rules are data (``gazetteer/spelling.json``): old spelling beside the new,
transliterations of one given name, doubled consonants. ``fold`` applies them,
so "Soekarno" and "Sukarno", "Tjahjo" and "Cahyo", "Abdullah" and "Abdulah" fold
to one form, whatever their length.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).parent / "gazetteer" / "spelling.json"


@lru_cache(maxsize=1)
def _rules() -> tuple[list[tuple[str, str]], re.Pattern]:
    data = json.loads(_DATA.read_text(encoding="utf-8"))
    doubled = re.compile(f"([{data['doubled']}])\\1")
    return [(old, new) for old, new in data["rules"]], doubled


@lru_cache(maxsize=8192)
def fold(word: str) -> str:
    """The form every spelling of one name shares ("Mochammad" → "muhamad")."""
    rules, doubled = _rules()
    folded = word.lower()
    for old, new in rules:
        folded = folded.replace(old, new)
    return doubled.sub(r"\1", folded)


def same_name(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one name spelled by different rules."""
    return fold(a) == fold(b)
