"""Plain-text rules shared by every extractor: normalising, bylines, captions,
datelines, wire attribution and portal furniture.

Indonesian portals print the same conventions whether we read their HTML or a
text capture of the page, so these rules live once, here, and work on strings.
"""

from __future__ import annotations

import html
import re
import unicodedata

from redaksi.core.credits import names_photo_credit as names_photo_credit
from redaksi.core.credits import split_caption as _split_caption

_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def normalize(text: str | None) -> str:
    """One line of plain text: entities unescaped, NFC, whitespace collapsed."""
    if not text:
        return ""
    text = html.unescape(text)
    text = _CONTROL.sub("", text)
    text = unicodedata.normalize("NFC", text)
    return _SPACE.sub(" ", text.replace("\r", " ").replace("\n", " ")).strip()


# Publishers that portals put into bylines and datelines; never an author or a city.
PORTAL_NAMES = (
    "Liputan6.com", "Liputan6", "detikNews", "detikcom", "detik.com", "Kompas.com", "KOMPAS.com",
    "TEMPO.CO", "Tempo.co", "CNN Indonesia", "CNNIndonesia.com", "ANTARA", "Antara News",
    "ANTARA News", "Antaranews.com", "Tribunnews.com", "Okezone", "Suara.com", "VIVA.co.id",
)  # fmt: skip
PORTAL_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(n) for n in PORTAL_NAMES) + r")\b|\bdetik[A-Z]\w*", re.IGNORECASE
)


def strip_portal(text: str) -> str:
    """A name without the portal it was printed with ("Nama - detikNews" → "Nama")."""
    text = PORTAL_RE.sub("", text)
    return text.strip(" -–—|,/:").strip()


# --- bylines -----------------------------------------------------------------
_BYLINE_LABEL = re.compile(
    r"(?P<label>\b(?:oleh|penulis|reporter|pewarta|wartawan|kontributor|editor|redaktur|"
    r"penyunting|by|author)\b|\b(?:rep|red)(?=\s*:))\s*:?\s*",
    re.IGNORECASE,
)
_AUTHOR_LABELS = {
    "oleh",
    "penulis",
    "reporter",
    "pewarta",
    "wartawan",
    "kontributor",
    "by",
    "author",
    "rep",
}
# A byline part that is only a job title ("Sigit, Jurnalis") names nobody.
_ROLE_WORDS = {
    "jurnalis", "wartawan", "reporter", "kontributor", "penulis", "editor", "redaktur",
    "redaksi", "pewarta", "fotografer", "journalist", "staff", "writer",
}  # fmt: skip
_BYLINE_STOP = re.compile(
    r"\s+(?:diperbarui|diperbaharui|diterbitkan|dipublikasikan|update[d]?|terbit|published)\b.*$"
    r"|\s*[-|,]?\s*(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\b.*$"
    r"|\s*[-|,]?\s*\d{1,2}\s*[/ ]\s*\w+\s*[/ ]\s*\d{4}.*$",
    re.IGNORECASE,
)
_NAME_SPLIT = re.compile(r"\s*(?:,|;|&|\bdan\b|\band\b)\s*", re.IGNORECASE)


def _names(chunk: str) -> list[str]:
    chunk = _BYLINE_STOP.sub("", chunk)
    names = []
    for part in _NAME_SPLIT.split(chunk):
        name = strip_portal(normalize(part)).strip(" ·•|/-–—")
        if set(name.casefold().split()) <= _ROLE_WORDS:
            continue
        if name and len(name) <= 60 and not re.search(r"\d", name) and len(name.split()) <= 6:
            names.append(name)
    return names


def parse_byline(text: str) -> list[str]:
    """Authors named in a byline: "oleh X", "Penulis: X", "Reporter: X | Editor: Y".

    Labelled reporters and writers win; editors count only when nobody else is
    named, because an editor did not write the story.
    """
    text = re.sub(r"^(?:ditulis|dilaporkan|diliput)\s+", "", normalize(text), flags=re.IGNORECASE)
    if not text:
        return []
    matches = list(_BYLINE_LABEL.finditer(text))
    if not matches:
        return _dedupe(_names(text))
    writers: list[str] = []
    editors: list[str] = []
    before = text[: matches[0].start()].strip(" |-")
    if before and not strip_portal(before) == "":
        writers.extend(_names(before))
    for i, match in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        chunk = text[match.end() : end].strip(" |-/")
        label = match.group("label").lower()
        if label == "kontributor" and "," in chunk:
            chunk = chunk.split(",", 1)[1]  # "Kontributor Lhokseumawe, Masriadi": place, then name
        names = _names(chunk)
        (writers if label in _AUTHOR_LABELS else editors).extend(names)
    return _dedupe(writers or editors)


def _dedupe(items: list[str]) -> list[str]:
    seen: set[str] = set()
    result = []
    for item in items:
        key = item.casefold()
        if item and key not in seen:
            seen.add(key)
            result.append(item)
    return result


def split_tags(value: str | list | None) -> list[str]:
    """Tags from a comma-separated string or a list, cleaned and de-duplicated."""
    if not value:
        return []
    items = value if isinstance(value, list) else re.split(r"[,;]", str(value))
    return _dedupe([normalize(str(i)).strip("#") for i in items if normalize(str(i))])


# --- captions: one parser with the newsroom checks, in redaksi.core.credits ----


def split_caption(text: str) -> tuple[str, str]:
    """(caption, credit) from a caption that carries its credit (see ``redaksi.core.credits``)."""
    return _split_caption(normalize(text))


# --- dateline and wire -------------------------------------------------------
_PORTAL_TOKEN = (
    r"(?:[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?:\.[A-Za-z]{2,}){1,2}|detik\w*|CNN Indonesia|"
    r"ANTARA(?: News)?|TEMPO|Kompas|KOMPAS|Bisnis|VIVA|Suara)"
)
_PORTAL_ONLY = re.compile(_PORTAL_TOKEN)
_DATELINE = re.compile(
    r"^\s*(?:(?P<portal>" + _PORTAL_TOKEN + r")\s*,\s*)?"
    r"(?P<city>[A-Z][\w'.]*(?:\s+[A-Z][\w'.]*){0,2})?"
    r"\s*(?:\((?P<agency>ANTARA|Antara|ANTARA News)\))?"
    r"\s*(?:,\s*(?P<portal2>" + _PORTAL_TOKEN + r"|[A-Z][\w.]*(?: [A-Z][\w.]*){0,2}(?=\s*[-–—])))?"
    r"\s*(?:[-–—]{1,2}|:)\s*(?=\S)"
)
# "KONTAN.CO.ID - JAKARTA. Harga …": publisher first, then the city in capitals and a full stop.
_DATELINE_CITY_AFTER = re.compile(
    r"^\s*(?P<portal>" + _PORTAL_TOKEN + r")\s*[-–—]{1,2}\s*"
    r"(?P<city>[A-Z]{3,}(?:\s+[A-Z]{3,}){0,2})\s*\.\s+(?=\S)"
)


def split_dateline(paragraph: str) -> tuple[str, str, str]:
    """(city, publisher, rest) for a first paragraph opening "Portal.com, City - ".

    Recognises "Liputan6.com, Ankara-", "Jakarta, CNN Indonesia --",
    "TEMPO.CO, Jakarta -", "Jakarta (ANTARA) -", "KOMPAS.com -" and detik's bare
    "Jakarta -". Returns ("", "", paragraph) when the paragraph has no dateline.
    """
    after = _DATELINE_CITY_AFTER.match(paragraph)
    if after:
        return after.group("city").title(), after.group("portal"), paragraph[after.end() :].strip()
    match = _DATELINE.match(paragraph)
    if not match:
        return "", "", paragraph
    city = match.group("city") or ""
    publisher = match.group("portal") or match.group("portal2") or match.group("agency") or ""
    if match.group("portal2") and match.group("portal2") in _NOT_NAMES:
        return "", "", paragraph  # "Jakarta, Senin - …" is not a publisher
    if city and not publisher and _PORTAL_ONLY.fullmatch(city.strip()):
        publisher, city = city.strip(), ""  # "Merdeka.com - …": a domain is never a city
    if match.group(0).rstrip().endswith(":") and not publisher:
        return "", "", paragraph  # "Kata dia: ..." is speech, not a dateline
    if city and PORTAL_RE.fullmatch(city.strip()):
        publisher, city = publisher or city, ""
    if not city and not publisher:
        return "", "", paragraph
    if city and not publisher and len(city) > 30:
        return "", "", paragraph
    if city.isupper() and len(city) > 3:
        city = city.title()
    return city.strip(), publisher, paragraph[match.end() :].strip()


KNOWN_AGENCIES = (
    "Anadolu Agency", "Reuters", "AFP", "Agence France-Presse", "Associated Press", "AP",
    "Xinhua", "Antara", "BBC", "CNN", "Al Jazeera", "Kyodo", "Bernama", "Yonhap", "Sputnik",
    "TASS", "dpa", "EFE", "ANSA", "NHK", "The Guardian", "The New York Times",
    "The Washington Post", "Bloomberg", "CNBC", "Channel News Asia", "CNA",
    "South China Morning Post",
    "Straits Times", "The Straits Times", "Arab News", "Fox News", "NBC News", "ABC News",
    "Sky News", "Deutsche Welle", "DW", "Nikkei Asia", "Kompas.com", "Tempo", "Detik",
)  # fmt: skip
_WIRE_CUE = re.compile(
    r"\b(?:sebagaimana\s+|seperti\s+(?:yang\s+)?)?(?:dilansir|melansir|dikutip|mengutip|"
    r"dilaporkan(?:\s+oleh)?|laporan)\s+(?:dari\s+|oleh\s+)?"
    r"(?:laman\s+|situs\s+|kantor berita\s+)?",
    re.IGNORECASE,
)
_WIRE_PAREN = re.compile(r"\((?:ANTARA|Antara)\s*/\s*(?P<agency>[A-Z][\w ]{1,30}?)\)")
_PROPER = re.compile(r"[A-Z][\w.&'-]*(?:\s+(?:[A-Z][\w.&'-]*|of|de|al-?))*")
_NOT_NAMES = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Pada", "Dari"}


def find_wire_source(paragraphs: list[str]) -> str:
    """The agency or outlet a story says it is based on ("Dilansir Anadolu Agency")."""
    for paragraph in paragraphs:
        match = _WIRE_PAREN.search(paragraph)
        if match:
            return _known_agency(match.group("agency")) or match.group("agency").strip()
        for cue in _WIRE_CUE.finditer(paragraph):
            rest = paragraph[cue.end() :]
            known = _known_agency(rest)
            if known:
                return known
            proper = _PROPER.match(rest)
            if proper and proper.group(0).split()[0] not in _NOT_NAMES:
                return proper.group(0).rstrip(".")
    return ""


def _known_agency(text: str) -> str:
    for name in sorted(KNOWN_AGENCIES, key=len, reverse=True):
        if re.match(re.escape(name) + r"(?![\w-])", text, re.IGNORECASE if len(name) > 4 else 0):
            return name
    return ""


# --- furniture ---------------------------------------------------------------
_FURNITURE = [
    (
        "media-cue",
        r"^(?:saksikan|simak|tonton|lihat)(?:\s+juga)?\s+(?:(?:cuplikan\s+)?video|vidio|live|"
        r"siaran|selengkapnya\s+video)\b|^\[gambas:\s*video|^video\s+(?:pilihan\s+)?berikut\b",
    ),
    (
        "continue-reading",
        r"^(?:lanjutkan\s+membaca|lanjut(?:kan)?\s+baca|baca\s+halaman\s+(?:selanjutnya|berikutnya)|"
        r"halaman\s+(?:selanjutnya|berikutnya)|baca\s+selengkapnya|selanjutnya\s*(?:>|»|→)|"
        r"continue\s+reading)\b",
    ),
    (
        "advertisement",
        r"^(?:advertisement|scroll\s+(?:down\s+)?to\s+(?:continue|resume)(?:\s+(?:with\s+)?"
        r"(?:content|reading))?|iklan|"
        r"konten\s+sponsor|sponsored(?:\s+content)?|ads?)\s*[.:]?\s*$",
    ),
    (
        "related-link",
        r"^(?:baca\s+juga|baca|lihat\s+juga|simak\s+juga|artikel\s+terkait|berita\s+terkait|"
        r"pilihan\s+editor|read\s+also|related)\s*[:|-]",
    ),
    (
        "promo",
        r"follow\s+official\s+(?:whatsapp|telegram)|whatsapp\s+channel|^fakta\s+atau\s+hoaks|"
        r"google\s+news|^dapatkan\s+(?:update|berita|informasi)|^ikuti\s+(?:kami|berita|update|"
        r"saluran|channel)|^download\s+(?:aplikasi|app)|^unduh\s+aplikasi|^gabung(?:lah)?\s+"
        r"(?:di|ke|bersama)|^klik\s+(?:di\s*sini|tautan)|langsung\s+di\s+ponselmu|"
        r"^pilihan\s+untuk\s+(?:anda|kamu)|^(?:ayo|yuk)\s+(?:follow|ikuti)|^jangan\s+lewatkan",
    ),
    (
        "navigation",
        r"^(?:halaman(?:\s+\d+(?:\s+(?:dari\s+)?\d+)*)?|\d{1,2}(?:\s+\d{1,2})*\s*(?:selanjutnya|berikutnya)?|"
        r"sebelumnya|selanjutnya|berikutnya|next|prev(?:ious)?|share|bagikan|tag(?:s)?\s*:|"
        r"topik\s*:|(?:\d+\s+)?komentar|lihat\s+komentar|\d+\s+comments?)\s*[:»>→]?$",
    ),
    # Breadcrumbs: "Home > News > Nasional", "Beranda / Daerah / Jawa Barat".
    (
        "navigation",
        r"^(?:home|beranda|index|indeks)\s*(?:[>»/|›]\s*[\w .&-]{1,30}){1,5}$",
    ),
    # Footers: "COPYRIGHT © AGENCY 2017", "© 2017 Portal. All rights reserved", "Hak cipta …".
    (
        "copyright",
        r"^(?:copyright|©|\(c\))(?:\s*(?:©|\(c\)))?\s*(?:\d{4}\s*)?[\w .,&-]{0,60}"
        r"(?:\d{4})?(?:[.,]?\s*(?:all\s+rights?\s+reserved|hak\s+cipta\s+dilindungi"
        r"(?:\s+undang-undang)?)\.?)?$"
        r"|^hak\s+cipta\s*(?:©|\(c\)|\d{4}|dilindungi)[\w .,©&-]{0,60}$",
    ),
    ("byline", r"^\(?\s*[a-z]{2,5}(?:\s*/\s*[a-z]{2,5})+\s*\)?\s*$"),
    # Sign-offs: "(akr)", "(mcr39/jpnn)", "(Tribunnews.com/Reza Deni)".
    ("byline", r"^\(\s*[a-z]{2,6}\d{0,3}(?:\s*/\s*[a-z]{2,6}\d{0,3})*\s*\)$"),
    ("byline", r"^\(\s*[\w-]+(?:\.[a-z]{2,}){1,2}\s*/\s*[\w .'-]{2,40}\)$"),
    (
        "byline",
        r"^laporan\s+(?:wartawan|reporter|kontributor|jurnalis|koresponden)\b"
        r"(?:(?![.!?](?:\s|$)).){0,80}$",
    ),
    (
        "promo",
        r"^artikel\s+ini\s+(?:telah\s+|sudah\s+)?(?:tayang|terbit|dipublikasikan|diterbitkan)"
        r"\s+(?:di|pada)\b",
    ),
]
_FURNITURE_RE = [(reason, re.compile(p, re.IGNORECASE)) for reason, p in _FURNITURE]
_BYLINE_LINE = re.compile(
    r"^(?:pewarta|penulis|reporter|editor|redaktur|penyunting)\s*:\s*\S.{0,60}"
    r"(?:\s*(?:/|\|)?\s*(?:pewarta|penulis|reporter|editor|redaktur|penyunting)\s*:\s*\S.{0,60})*$",
    re.IGNORECASE,
)


# "Ditulis oleh Slamet Riyadi": a short line naming the writer, not a sentence of the story.
_OLEH_LINE = re.compile(
    r"^(?:[Dd]itulis\s+)?[Oo]leh\s*:?\s*[A-Z][\w.'-]*(?:[ ,]+(?:dan\s+)?[A-Z][\w.'-]*){0,7}$"
)


def furniture_reason(text: str) -> str:
    """Why a paragraph is portal furniture rather than story ("" when it is story)."""
    text = normalize(text).lstrip("*•·-– ").strip()
    if not text:
        return ""
    for reason, pattern in _FURNITURE_RE:
        if pattern.search(text):
            if reason == "promo" and len(text) > 300:
                continue
            return reason
    if _BYLINE_LINE.match(text) or _OLEH_LINE.match(text):
        return "byline"
    return ""


RELATED_PREFIX = re.compile(
    r"^(?:baca\s+juga|baca|lihat\s+juga|simak\s+juga|artikel\s+terkait|berita\s+terkait|pilihan\s+editor|"
    r"read\s+also|related)\s*[:|-]\s*",
    re.IGNORECASE,
)
