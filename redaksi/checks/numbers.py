"""Numbers as Indonesian news writes them, with the thing they count.

"15.000 penonton", "5,3 juta wisatawan", "Rp 1,2 miliar", "tujuh mobil": a value
(dots group thousands, a comma is the decimal point, "ribu/juta/miliar/triliun"
multiply) and the word after it, the unit. Dates, clock times, years and numbers
that are part of a name ("SD Negeri 4", "kilometer 102") are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

WORD_VALUES = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11, "seratus": 100, "seribu": 1000,
}  # fmt: skip
SCALES = {"ribu": 1e3, "rb": 1e3, "juta": 1e6, "jt": 1e6, "miliar": 1e9, "triliun": 1e12}
# Words that say which number a phrase is, never what it counts.
NOT_UNITS = frozenset(
    """dan atau di ke dari yang pada dengan untuk dalam itu ini tahun lalu sejak hingga sampai
    pukul wib wita wit per sekitar lebih kurang hampir sebanyak sebesar mencapai menjadi
    januari februari maret april mei juni juli agustus september oktober november desember
    senin selasa rabu kamis jumat sabtu minggu""".split()
)
_NUMBER = re.compile(
    r"(?<![\w/.,-])(?P<value>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?![\w/-]|[.:]\d)"
    r"|\b(?P<word>" + "|".join(WORD_VALUES) + r")\b",
    re.IGNORECASE,
)
_FOLLOWING = re.compile(r"\s*(?P<word>[^\W\d_]+)")
# Numbers that are part of a name or a place in the text: "SD Negeri 4", "km 102", "Level III".
_NAMED_BEFORE = re.compile(
    r"(?:negeri|kilometer|km|nomor|no|level|pasal|ayat|jalan|jl|blok|rt|rw|tahun|pukul|lantai|"
    r"gelombang|babak|pekan|hari ke|ke|magnitudo|kelas|seri|generasi|kuartal|triwulan|"
    r"terminal|gate|tol)\.?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Number:
    value: float
    unit: str
    text: str
    start: int
    end: int


def parse_value(digits: str) -> float:
    return float(digits.replace(".", "").replace(",", "."))


def numbers(text: str) -> list[Number]:
    """Every counted number in ``text`` with its unit ("" when nothing follows it)."""
    found = []
    for match in _NUMBER.finditer(text or ""):
        before = text[: match.start()]
        if _NAMED_BEFORE.search(before):
            continue
        money = before.rstrip().endswith(("Rp", "Rp."))
        if match.group("word"):
            value = float(WORD_VALUES[match.group("word").lower()])
        else:
            value = parse_value(match.group("value"))
            if 1900 <= value <= 2100 and "." not in match.group("value"):
                continue  # a year
        end = match.end()
        unit = ""
        following = _FOLLOWING.match(text, end)
        if following and following.group("word").lower() in SCALES:
            value *= SCALES[following.group("word").lower()]
            end = following.end()
            following = _FOLLOWING.match(text, end)
        if following:
            word = following.group("word").lower()
            if word not in NOT_UNITS:
                unit = word
                end = following.end()
        if money and not unit:
            unit = "rupiah"
        if match.group("word") and not unit:
            continue  # "satu" alone is a word, not a figure
        found.append(Number(value, unit, text[match.start() : end], match.start(), end))
    return found
