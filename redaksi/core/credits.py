"""Photo credits and wire attribution as Indonesian portals print them.

One parser for the whole project: the importer splits a caption from its credit
with it, and the newsroom checks ask it whether a caption already credits its
photo or a line already credits a wire. Forms recognised:

- at the end: "(Photo credit: X)", "(Foto: X)", "(Liputan6.com/X)", "Foto: X",
  "ANTARA FOTO/X/abc", "KOMPAS.com/X", "FOTO/X", "©2026 Merdeka.com/X", "(ist)",
  "(istimewa)", "Istimewa", "Dok. X", "Doc. X", "Mandatory Credit: X", "(Tangkapan layar X)",
  "/©Outlet®/X", "© X", "(YouTube)" and other platforms, "… . (Name)" after the last stop;
- first: "TRIBUNNEWS/JEPRIMA - caption", "WARTAKOTA/Budi Santoso Caption …",
  "KOMPAS.com/NAMA DALAM KAPITAL Caption …", "© Outlet/Name Caption …",
  "Tangkapan layar …" (a screenshot credits its source);
- around: "Foto: caption (X)"; alone: "Outlet/Name" (a box holding only the credit).

Wire attribution: "(Reuters)" or "Jakarta (ANTARA News) -" opening a paragraph,
a lone agency line ("Yonhap", "(ant)") closing the story, and an agency named
after an attribution cue ("Dilansir Anadolu Agency"). An agency inside a photo credit
("(AP Photo/X)", "Foto: AP/X", "REUTERS/X") names the picture's owner, not a source.
"""

from __future__ import annotations

import re
import unicodedata

_SPACE = re.compile(r"\s+")


def _plain(text: str | None) -> str:
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text or "")).strip()


# --- captions ----------------------------------------------------------------
_CREDIT_PAREN = re.compile(
    r"\s*[(\[]\s*(?P<credit>(?:photo\s*credit|fotografer|pewarta foto|juru foto|foto|photo"
    r"|dok(?:umentasi)?\.?|sumber|kredit|credit|"
    r"ilustrasi|tangkapan layar)\s*:?\s*[^()\[\]]+|ist(?:imewa)?\.?"
    r"|[^()\[\]\s]*[A-Za-z][^()\[\]]*/[^()\[\]]*[A-Za-z][^()\[\]]*"
    # "(YouTube)", "(Instagram @akun)", "(Reuters)": where the picture was taken from.
    r"|(?:youtube|instagram|twitter|facebook|tiktok|getty images|shutterstock|istock(?:photo)?"
    r"|pixabay|unsplash|freepik|pexels|reuters|afp|ap)(?:\s*[@:/][^()\[\]]*)?)"
    r"[)\]]\s*\.?\s*$",
    re.IGNORECASE,
)
_CREDIT_LABELLED = re.compile(
    r"(?:^|(?<=[.!?\"”])\s*|\s+|(?=mandatory credit\s*:))[-–|]?\s*"
    r"(?P<credit>(?:(?:foto|photo|image|photo credit|(?:mandatory )?credit|dok\.?|sumber foto"
    r"|fotografer|pewarta foto|juru foto|photographer)\s*:"
    r"|do[kc]\.)\s*.+?)\s*$",
    re.IGNORECASE,
)
_CREDIT_SLASH = re.compile(
    r"(?:^|(?<=[.!?\"”)])\s*|\s+)(?P<credit>(?:ANTARA FOTO|[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})"
    r"/[^\s/][^/]{0,60}(?:/[^/]{1,40}){0,3}?)\.?\s*$"
)
# "… di Kuta. Istimewa" / "… di Kuta - istimewa": a bare word saying the photo was handed in.
_CREDIT_BARE = re.compile(r"(?:(?<=[.!?\"”)])\s*|\s+[-–|]\s*)(?P<credit>[Ii]st(?:imewa)?)\.?\s*$")
# "… tepuk tangan. (Panitia Festival)": a name in brackets after the caption's last full stop.
_CREDIT_AFTER_STOP = re.compile(
    r"(?<=[.!?])\s*\((?P<credit>(?!(?i:ilustrasi|illustration|arsip|file)\b)[A-Z][^()]{1,40})\)\s*$"
)
_CREDIT_LABEL = re.compile(
    r"^(?:photo\s*credit|foto|photo|image|kredit|(?:mandatory\s+)?credit|sumber foto|sumber"
    r"|fotografer|pewarta foto|juru foto|photographer)\s*:\s*"
    r"|^(?:foto|photo)\s*/\s*",
    re.IGNORECASE,
)
# "TRIBUNNEWS/JEPRIMA - Ketua KPU …": some portals print the credit first.
_CREDIT_FIRST = re.compile(
    r"^(?P<credit>[A-Z][A-Z0-9.&-]+(?: [A-Z][A-Z0-9.&-]+){0,2}/[^/\s][^/]{0,40}(?:/[^/]{1,30})?)"
    r"\s+[-–—]\s+(?P<caption>\S.*)$"
)
# "WARTAKOTA/Budi Santoso Kendaraan melintas …", "© Kabar Kota/Dian Lestari Pekerja menata …":
# the credit's name is a run of capitalised words; the caption opens with the last of them,
# the one a lower-case word follows.
_CREDIT_FIRST_RUN = re.compile(
    r"^(?:(?P<copy>©|\(c\))\s*(?:\d{4}\s*)?(?P<outlet>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})"
    r"|(?P<upper>[A-Z][A-Z0-9.&-]{2,}(?: [A-Z][A-Z0-9.&-]+){0,2}))"
    r"/(?P<name>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}) (?P<caption>[A-Z][\w'-]* [a-z].*)$"
)
# "KOMPAS.com/NAMA LENGKAP Menteri Perhubungan …": a name printed in capitals ends where the
# capitals do, however many capitalised words the caption opens with.
_CREDIT_FIRST_CAPS = re.compile(
    r"^(?P<credit>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,2}/ ?[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]*){0,3})"
    r" (?P<caption>[A-Z][a-z].*)$"
)
# "Foto: Wisatawan di pantai (Budi Santoso)": the label opens the caption, the credit closes it.
_LABEL_THEN_CREDIT = re.compile(
    r"^(?:foto|photo)\s*:\s*(?P<caption>.+?)\s*\((?P<credit>[A-Z][^()]{1,60}|[^()]*/[^()]*)\)\s*\.?$",
    re.IGNORECASE,
)
# "… di belakang panggung/©Outlet®/Name", "Name © istimewa": the sign says whose it is.
_COPYRIGHT_SIGN = re.compile(r"\s*/?\s*©\s*(?:\d{4}\s*)?(?P<credit>[^©]+?)\s*$")
# "Antara/Teresia May": a caption box holding nothing but the credit.
_CREDIT_ONLY = re.compile(
    r"^(?P<outlet>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}) ?/ ?"
    r"(?P<name>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,4})$"
)
_SCREENSHOT_FIRST = re.compile(r"^tangkapan layar\b", re.IGNORECASE)
_COPYRIGHT = re.compile(r"\s*(?:©|\(c\)|copyright)\s*(?:\d{4})?\s*$", re.IGNORECASE)


_ENDINGS = (_CREDIT_PAREN, _CREDIT_LABELLED, _CREDIT_SLASH, _CREDIT_BARE, _CREDIT_AFTER_STOP)


def split_caption(text: str) -> tuple[str, str]:
    """(caption, credit) from a caption that carries its credit; (text, "") when it has none."""
    text = _plain(text)
    first = _CREDIT_FIRST.match(text)
    if first and first.group("credit").split("/", 1)[0].isupper():
        return first.group("caption"), first.group("credit").strip()
    caps = _CREDIT_FIRST_CAPS.match(text)
    if caps:
        return caps.group("caption"), caps.group("credit").replace("/ ", "/")
    only = _CREDIT_ONLY.match(text)
    if only:
        return "", f"{only.group('outlet')}/{only.group('name')}"
    labelled = _LABEL_THEN_CREDIT.match(text)
    if labelled and labelled.group("caption").strip():
        return labelled.group("caption").strip(), labelled.group("credit").strip()
    sign = _COPYRIGHT_SIGN.search(text)
    if sign and sign.start() > 0:
        credit = re.sub(r"[®™]", "", sign.group("credit")).strip(" /")
        if credit:
            return text[: sign.start()].strip(" -–|"), _expand(credit)
    run = _CREDIT_FIRST_RUN.match(text)
    if run:
        outlet = run.group("outlet") or run.group("upper")
        return run.group("caption"), f"{outlet}/{run.group('name')}"
    for pattern in _ENDINGS:
        match = pattern.search(text)
        if match and (match.start() > 0 or pattern is _CREDIT_LABELLED):
            start, cut = match.start("credit"), match.start()
            head = text[start:].split("/", 1)[0]
            if pattern is _CREDIT_SLASH and ". " in head:
                # "…di DPR. KOMPAS.com/X": the sentence ends before the credit does.
                start = cut = start + head.rindex(". ") + 2
            credit = _CREDIT_LABEL.sub("", text[start:].rstrip(")]")).strip(" .([")
            # "Mandatory Credit: X Foto: X": the same credit under two labels.
            credit = re.split(r"\s(?:foto|photo)\s*:\s*", credit, flags=re.IGNORECASE)[-1]
            caption = _CREDIT_LABEL.sub("", text[:cut].strip(" -–|"))
            caption = _COPYRIGHT.sub("", caption).strip(" -–|")  # "… Lebak. ©2026 Merdeka.com/X"
            inner = _CREDIT_PAREN.search(caption)
            if inner and inner.start() > 0 and pattern is not _CREDIT_PAREN:
                caption = caption[: inner.start()]  # "… (AP Photo/X) Foto: AP/X": printed twice
            if credit:
                return re.sub(r"(?<!\.)\.\.$", ".", caption), _expand(credit)
    return text, ""


def _expand(credit: str) -> str:
    return "Istimewa" if credit.lower().rstrip(".") in ("ist", "istimewa") else credit


def credits_photo(caption: str) -> bool:
    """Whether a caption already says whose photo it is, in any of the forms above."""
    text = _plain(caption)
    return bool(split_caption(text)[1]) or bool(_SCREENSHOT_FIRST.match(text))


_PHOTO_MARK = re.compile(
    r"\((?:photo\s*credit|foto|photo|dok\.?)\s*:|\bANTARA FOTO/|(?:^|[.\s])(?:foto|photo)\s*:\s*\S",
    re.IGNORECASE,
)


def names_photo_credit(text: str) -> bool:
    """True when a line says outright that it credits a photo ("(Foto: X)", "ANTARA FOTO/X")."""
    return bool(_PHOTO_MARK.search(text)) and bool(split_caption(text)[1])


# --- wire attribution --------------------------------------------------------
# News agencies and outlets a story may be based on, as they are written in the text.
AGENCIES = {
    "Reuters": r"Reuters",
    "AFP": r"AFP|Agence France-Presse",
    "AP": r"AP|Associated Press",
    "Anadolu": r"Anadolu(?: Agency)?",
    "Xinhua": r"Xinhua",
    "Kyodo": r"Kyodo(?: News)?",
    "Yonhap": r"Yonhap",
    "Bernama": r"Bernama",
    "PTI": r"PTI|Press Trust of India",
    "Jiji": r"Jiji(?: Press)?",
    "ANSA": r"ANSA",
    "Interfax": r"Interfax",
    "UPI": r"UPI|United Press International",
    # "Antara" is also a word ("di antara") and part of place names ("Desa Antara Gunung"):
    # in capitals, or beside "News"/"FOTO", it is the agency; otherwise only after a cue.
    "Antara": r"ANTARA|Antara(?= News| FOTO)|(?<=\()Antara(?=\))",
    "dpa": r"dpa|DPA",
    "EFE": r"EFE",
    "TASS": r"TASS",
    "Sputnik": r"Sputnik",
    "RIA Novosti": r"RIA Novosti",
    "IRNA": r"IRNA",
    "WAFA": r"WAFA",
    "KCNA": r"KCNA",
    "Bloomberg": r"Bloomberg",
    "Al Jazeera": r"Al Jazeera",
    "BBC": r"BBC",
    "CNN": r"CNN",
}
_AGENCY_CUED = {"Antara": r"Antara(?! lain)"}
_CUE = (
    r"(?:dilansir|melansir|dikutip|mengutip|seperti dilaporkan|sebagaimana dilaporkan"
    r"|dilaporkan oleh|menurut laporan|sumber|source|laporan dari|kata\s+\w+\s+kepada"
    r"|(?:ujar|kata|ucap|tutur)(?:nya)?\s+kepada|kepada)"
)
AGENCY = re.compile(
    "|".join(f"(?P<a{i}>\\b(?:{pattern})\\b)" for i, pattern in enumerate(AGENCIES.values()))
)
_AGENCY_AFTER_CUE = re.compile(
    _CUE + r"\W+(?:dari\W+)?(?:(?:kantor berita|laman|situs|media|portal)\W+)?"
    r"(?P<agency>" + "|".join(_AGENCY_CUED.values()) + r")\b",
    re.IGNORECASE,
)
_AGENCY_NAMES = list(AGENCIES)
# "Disadur dari", "diterjemahkan dari", "bersumber dari", "diolah dari": a story retold from
# the agency's, credited as such.
ATTRIBUTION = re.compile(
    r"(?:dilansir|melansir|dikutip|mengutip|seperti dilaporkan|sebagaimana dilaporkan"
    r"|dilaporkan oleh|menurut laporan|sumber|source|laporan dari"
    r"|disadur|menyadur|diterjemahkan|menerjemahkan|bersumber|diolah)\W+(?:dari\W+)?"
    r"(?:(?:kantor berita|laman|situs|media|portal)\W+)?(?:\w+\W+){0,2}$",
    re.IGNORECASE,
)
# "(Reuters)", "Reuters -", "Jakarta (ANTARA News) -", "Seoul, (Yonhap) -": a credit line.
_SUFFIX = r"(?:\s+(?:News|Agency|FOTO|Foto))?"


def agencies_in(text: str) -> list[tuple[str, re.Match]]:
    """(agency, match) for every wire agency a piece of text names."""
    found = [(_AGENCY_NAMES[int(m.lastgroup[1:])], m) for m in AGENCY.finditer(text)]
    taken = {m.start() for _, m in found}
    for m in _AGENCY_AFTER_CUE.finditer(text):
        if m.start("agency") not in taken:
            found.append(("Antara", _Span(m.start("agency"), m.end("agency"))))
    return found


# "(AP Photo/Jane Doe)", "Foto: AP/Name", "REUTERS/Name", "…/KANTOR BERITA/AFP)", "ANTARA
# FOTO/Name": an agency inside a photo credit says whose picture it is, not whose reporting.
_PHOTO_CREDIT_AFTER = re.compile(r"^(?:\s+(?:photo|foto|pool))?\s*/\s*\S", re.IGNORECASE)
_PHOTO_CREDIT_BEFORE = re.compile(
    r"(?:\S\s*/\s*|\b(?:foto|photo|photo by|credit|kredit)\s*:?\s*)$", re.IGNORECASE
)


def in_photo_credit(text: str, start: int, end: int) -> bool:
    """Whether the agency at text[start:end] is part of a photo credit, not a news source."""
    return bool(
        _PHOTO_CREDIT_AFTER.match(text[end:])
        or _PHOTO_CREDIT_BEFORE.search(text[max(0, start - 20) : start])
    )


class _Span:
    """Where a cued agency sits, shaped like a ``re.Match`` for callers."""

    def __init__(self, start: int, end: int) -> None:
        self._start, self._end = start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def credits_agency(text: str, start: int, end: int) -> bool:
    """Whether the agency at text[start:end] is credited there: after "Dilansir", as the
    paragraph's dateline credit, or as a line of its own."""
    before = text[max(0, start - 60) : start]
    if ATTRIBUTION.search(before):
        return True
    head = text[:start].strip()
    tail = re.sub(r"^" + _SUFFIX, "", text[end:]).lstrip()
    if head in ("(", "") and (tail[:1] in (")", "-", "–", "—", ":") or not tail.strip(" .)")):
        return True  # "(Reuters) - …", "Reuters - …", a lone "Yonhap" line
    if head in ("-", "--", "–", "—", "/") and not tail.strip(" .)"):
        return True  # a closing "— Kyodo" line
    if head.endswith("(") and tail.startswith(")"):
        # "(Reuters)" anywhere, "Jakarta (ANTARA News) - …" as the dateline
        return True
    return False
