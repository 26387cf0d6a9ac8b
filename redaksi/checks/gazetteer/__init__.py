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

from ..text import is_dictionary_word, name_key, tokens
from . import regions

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
        """Every word of every known name ("nagorno", "karabakh"), ordinary words left out."""
        common = {"kabupaten", "kota", "kab", "administrasi"}
        return frozenset(
            word
            for key in self.index
            for word in key
            if word not in common and not is_dictionary_word(word)
        )

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
    ambiguous_names = set(data.get("ambiguous", []))
    if data.get("regions", True):
        ambiguous_names |= _add_regions(entities, data.get("region_aliases", {}))
        _place_on_islands(entities, data.get("island_regencies", {}))

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
    ambiguous = frozenset(name_key(name) for name in ambiguous_names)
    return Gazetteer(entities, index, exact, longest, ambiguous)


def _add_regions(entities: dict[str, Entity], aliases: dict[str, list[str]]) -> set[str]:
    """Every regency and city of Indonesia, each under its province; returns the names that
    are also ordinary words ("Batu", "Agam"), to be trusted only mid-sentence."""
    by_name = {
        name_key(name): entity
        for entity in entities.values()
        if entity.kind == PLACE
        for name in entity.names
    }
    province_ids = {}
    for code, official in regions.provinces().items():
        entity = by_name.get(name_key(official))
        if entity is None:
            entity = Entity(f"prov:{code}", PLACE, official, {official}, "ID")
            entities[entity.id] = entity
        province_ids[code] = entity.id
    ambiguous = set()
    for item in regions.regions(province_ids, aliases):
        bare = item["names"][0]
        known = by_name.get(name_key(bare))
        if known is not None and known.id not in province_ids.values():
            known.names.update(item["names"][1:])  # "Bandung" is known: add "Kota Bandung"
            continue
        if known is not None:
            item["names"] = item["names"][1:]  # a city named like its province ("Bengkulu")
        entities[item["id"]] = Entity(item["id"], PLACE, bare, set(item["names"]), item["parent"])
        if len(name_key(bare)) == 1 and is_dictionary_word(name_key(bare)[0]):
            ambiguous.add(bare)
    return ambiguous


def _place_on_islands(entities: dict[str, Entity], islands: dict[str, list[str]]) -> None:
    """Sumenep lies on Madura, which lies in East Java: the island goes between them."""
    by_name = {name_key(e.label): e for e in entities.values() if e.kind == PLACE}
    for island, names in islands.items():
        for name in names:
            entity = by_name.get(name_key(name))
            if entity is not None and island in entities:
                entity.parent = island


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The shared gazetteer, read once per process."""
    with _DATA.open(encoding="utf-8") as handle:
        return build(json.load(handle))
