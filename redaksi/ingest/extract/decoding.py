"""Bytes to text, trusting what the source declares and checking the result.

Order: byte-order mark, the HTTP Content-Type charset, the page's own
``<meta charset>`` / XML declaration, then UTF-8, then charset_normalizer's
detection. A declared charset that fails to decode is not trusted blindly:
portals often declare one thing and send another. When a single-byte charset
(ISO-8859-1, windows-1252) is declared over bytes that are valid UTF-8 with
characters beyond ASCII, the bytes decide: such bytes are almost never Latin
text, and reading them as declared turns "©" into "Â©".
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


def _plausible(text: str) -> bool:
    """False for text that is mostly control or unassigned characters (a wrong guess)."""
    if not text:
        return True
    sample = text[:20000]
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
    candidates = declared + ["utf-8"]
    for label in candidates:
        try:
            text = data.decode(label)
        except LookupError:
            continue  # an encoding name nobody knows: detect instead
        except UnicodeDecodeError:
            if label == "cp1252":
                text = data.decode("latin-1")
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
