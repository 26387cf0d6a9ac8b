"""Bytes to text, trusting what the source declares and checking the result.

Order: byte-order mark, the HTTP Content-Type charset, the page's own
``<meta charset>`` / XML declaration, then UTF-8, then charset_normalizer's
detection. A declared charset that fails to decode is not trusted blindly:
portals often declare one thing and send another. When a single-byte charset
(ISO-8859-1, windows-1252) is declared over bytes that are valid UTF-8 with
characters beyond ASCII, the bytes decide: such bytes are almost never Latin
text, and reading them as declared turns "©" into "Â©". UTF-8 declared over a few
broken bytes is refused with the position of the first: any other reading would
garble all of it. Plausibility is judged on the prose, not on style sheets and
scripts.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from django.utils.translation import gettext as _

from .errors import ExtractionError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(
    rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)|<\?xml[^>]+encoding\s*=\s*[\"']([\w.:-]+)",
    re.IGNORECASE,
)
# Browsers read these labels as windows-1252 (WHATWG Encoding), and so do we.
_LATIN_GUESSES = {
    "cp1250",
    "cp1252",
    "cp1254",
    "cp1257",
    "latin_1",
    "iso8859_15",
    "iso8859_2",
    "iso8859_9",
}
_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii"}


def _declared(data: bytes, content_type: str) -> list[str]:
    labels = []
    match = _HEADER_CHARSET.search(content_type or "")
    if match:
        labels.append(match.group(1))
    meta = _META_CHARSET.search(data[:4096])
    if meta:
        labels.append((meta.group(1) or meta.group(2)).decode("ascii", "ignore"))
    result = []
    for label in labels:
        label = label.strip().lower()
        result.append("cp1252" if label in _WINDOWS_1252 else label)
    return result


# Style sheets and scripts are not prose: minified CSS has almost no spaces, and AMP pages
# carry up to 75 KB of it before the first word of the story.
_NOT_PROSE = re.compile(r"<(style|script)\b[^>]*>.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)


def _plausible(text: str) -> bool:
    """False for text that is mostly control or unassigned characters (a wrong guess)."""
    if not text:
        return True
    sample = _NOT_PROSE.sub(" ", text[:400_000])[:20000]
    bad = sum(
        1
        for ch in sample
        if (unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") and ch not in "\t\n\r\f")
        or ch == "\ufffd"
    )
    if bad / len(sample) >= 0.01:
        return False
    # Prose in any script has spaces between words; a wrong code page on noise rarely does.
    spaces = sum(1 for ch in sample if ch.isspace())
    return len(sample) < 200 or spaces / len(sample) >= 0.03


def _single_byte(label: str) -> bool:
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return False
    return name in _LATIN_GUESSES or name.startswith(("cp12", "iso8859", "latin"))


def _utf8_multibyte(data: bytes) -> bool:
    """The bytes are valid UTF-8 and use it: they hold characters beyond ASCII."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return any(ord(ch) > 127 for ch in text)


def _is_utf8(label: str) -> bool:
    try:
        return codecs.lookup(label).name == "utf-8"
    except LookupError:
        return False


def _damaged_utf8(data: bytes) -> bool:
    """UTF-8 with a few broken bytes, rather than another charset declared as UTF-8.

    Text in another charset hardly ever forms valid multi-byte UTF-8 sequences;
    when most of its non-ASCII characters do, it is UTF-8, and any other reading
    would garble every accented letter and typographic quote in it.
    """
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    whole = sum(1 for ch in text if ord(ch) > 0x7F) - broken
    return whole > broken


def _invalid_bytes(exc: UnicodeDecodeError, size: int) -> ExtractionError:
    return ExtractionError(
        _(
            "The page is declared as UTF-8 but byte %(position)d of %(size)d is not valid "
            "UTF-8; importing it would garble the text. Save it again as UTF-8."
        )
        % {"position": exc.start + 1, "size": size},
        code="encoding-invalid",
    )


def decode(data: bytes, *, content_type: str = "") -> str:
    """The text of ``data``; ExtractionError when no encoding gives sensible text."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError:
                break
    declared = _declared(data, content_type)
    if declared and _single_byte(declared[0]) and _utf8_multibyte(data):
        # "iso-8859-1" declared over UTF-8 bytes: decoding as declared would give "Â©".
        declared = ["utf-8", *declared]
    for label in [*declared, "utf-8"]:
        try:
            text = data.decode(label)
        except LookupError:
            continue  # an encoding name nobody knows: detect instead
        except UnicodeDecodeError as exc:
            if label == "cp1252":
                text = data.decode("latin-1")
            elif label in declared and _is_utf8(label) and _damaged_utf8(data):
                raise _invalid_bytes(exc, len(data)) from exc
            else:
                continue
        if _plausible(text):
            return text
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - a dependency of trafilatura
        best = None
    else:
        best = from_bytes(data).best()
    if best is not None:
        text = str(best)
        if best.encoding in _LATIN_GUESSES:
            # Detection cannot tell the Latin code pages apart on Indonesian text,
            # which has few accents; windows-1252 is what such pages really use.
            text = data.decode("cp1252", errors="replace")
        if _plausible(text):
            return text
    raise ExtractionError(
        _("The file's text encoding could not be recognised; save it again as UTF-8."),
        code="encoding",
    )
