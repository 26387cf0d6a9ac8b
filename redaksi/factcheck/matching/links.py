"""Links readers paste, reduced to a form that matches the same post however it was shared."""

import re
from urllib.parse import parse_qsl, urlencode, urlsplit

URL = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
# Share trackers that change with every copy of the same link.
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|igshid|igsh|si|s|t|ref|ref_src|mibextid|_rdr)$")
_MOBILE = ("m.", "mobile.", "www.", "web.")
_ALIASES = {"twitter.com": "x.com", "fb.com": "facebook.com", "youtu.be": "youtube.com"}


def normalize_url(url: str) -> str:
    """Host without www/m., path without trailing slash, query without trackers."""
    parts = urlsplit(url.strip().rstrip(").,!?"))
    host = (parts.hostname or "").lower()
    for prefix in _MOBILE:
        if host.startswith(prefix):
            host = host[len(prefix) :]
    host = _ALIASES.get(host, host)
    path = parts.path.rstrip("/")
    query = [(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k)]
    if host == "youtube.com" and parts.hostname and parts.hostname.endswith("youtu.be"):
        query, path = [("v", path.strip("/"))], "/watch"
    normalized = f"{host}{path}"
    if query:
        normalized += "?" + urlencode(sorted(query))
    return normalized


def links_in(text: str) -> list[str]:
    return [normalize_url(match) for match in URL.findall(text)]


def without_links(text: str) -> str:
    return URL.sub(" ", text)
