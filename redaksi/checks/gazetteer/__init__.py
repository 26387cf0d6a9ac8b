"""Places and organisations the newsroom checks recognise by name.

Country names come from Babel's locale data in Indonesian and English, keyed by
their ISO code, so "Afganistan" and "Afghanistan" are one country. ``names.json``
(kept by the newsroom) adds what Babel lacks: the short forms Indonesian news uses
("AS", "Korsel", "Turkiye"), provinces, cities, capitals, conflict regions and
organisations. People come from the newsroom itself (see ``knowledge``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from ..text import name_key, tokens

PLACE = "place"
ORGANISATION = "organisation"
PERSON = "person"

_DATA = Path(__file__).with_name("names.json")
# Babel's labels for groupings, scripts and test regions are not places in the news.
_NOT_PLACES = {"EZ", "QO", "XA", "XB", "ZZ", "UN", "EU"}


@dataclass
class Entity:
    id: str
    kind: str
    label: str
    names: set[str] = field(default_factory=set)
    parent: str | None = None


@dataclass
class Gazetteer:
    entities: dict[str, Entity]
    index: dict[tuple[str, ...], str]
    """Looked-up name (lower-cased words) → entity id."""
    exact: dict[tuple[str, ...], str]
    """Acronyms ("AS", "PBB"), matched only as written in capitals."""
    longest: int
    ambiguous: frozenset[tuple[str, ...]] = frozenset()
    """Names that are also ordinary words ("Malang", "Medan"): trusted only mid-sentence."""

    @cached_property
    def words(self) -> frozenset[str]:
        """Every word of every known name ("nagorno", "karabakh")."""
        return frozenset(word for key in self.index for word in key)

    def lineage(self, entity_id: str) -> list[str]:
        """The entity and every place it lies in, innermost first."""
        chain, seen = [], set()
        while entity_id and entity_id not in seen:
            seen.add(entity_id)
            chain.append(entity_id)
            entity = self.entities.get(entity_id)
            entity_id = entity.parent if entity else None
        return chain


def _babel_names(code: str) -> list[str]:
    from babel import Locale

    names = []
    for locale in ("id", "en"):
        label = Locale.parse(locale).territories.get(code)
        if not label:
            continue
        label = re.sub(r"\s+(DAK|SAR)\s+.*$", "", label)  # "Hong Kong DAK Tiongkok"
        label = label.split(" - ")[0]  # "Kongo - Kinshasa"
        names.append(re.sub(r"\s*\(.*\)", "", label))
        names.extend(re.findall(r"\((.*?)\)", label))  # "Myanmar (Burma)"
    return names


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return 2 <= len(letters) <= 6 and all(c.isupper() for c in letters)


def build(data: dict) -> Gazetteer:
    from babel import Locale

    ignored = {name_key(name) for name in data.get("ignore", [])}
    entities: dict[str, Entity] = {}
    for code, label in Locale.parse("id").territories.items():
        if len(code) != 2 or not code.isalpha() or code in _NOT_PLACES:
            continue
        entities[code] = Entity(code, PLACE, label, set(_babel_names(code)))
    for code, aliases in data.get("country_aliases", {}).items():
        entity = entities.setdefault(code, Entity(code, PLACE, aliases[0]))
        entity.names.update(aliases)
        entity.label = aliases[0]
    for kind, key in ((PLACE, "places"), (ORGANISATION, "organisations")):
        for item in data.get(key, []):
            entities[item["id"]] = Entity(
                item["id"], kind, item["names"][0], set(item["names"]), item.get("parent")
            )

    index: dict[tuple[str, ...], str] = {}
    exact: dict[tuple[str, ...], str] = {}
    for entity in entities.values():
        for name in entity.names:
            key = name_key(name)
            if not key or key in ignored:
                continue
            if _is_acronym(name):
                exact[tuple(token.text for token in tokens(name))] = entity.id
            else:
                index.setdefault(key, entity.id)
    longest = max(len(key) for key in [*index, *exact])
    ambiguous = frozenset(name_key(name) for name in data.get("ambiguous", []))
    return Gazetteer(entities, index, exact, longest, ambiguous)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared gazetteer, read once per process."""
    with _DATA.open(encoding="utf-8") as handle:
        return build(json.load(handle))
