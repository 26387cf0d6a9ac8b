"""Rich text cleaning with nh3.

Wagtail's editor already limits what it produces, but story bodies also arrive
from importers, the API and pasted HTML. Everything stored as a paragraph passes
through this allow-list, so a script tag or an event handler never reaches a
reader whichever door it came through.
"""

import nh3

ALLOWED_TAGS = {
    "p", "br", "b", "strong", "i", "em", "u", "s", "sub", "sup",
    "a", "h2", "h3", "h4", "ul", "ol", "li", "blockquote", "code", "embed",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    # Wagtail's internal rich text links to pages and documents by id.
    "a": {"href", "linktype", "id", "title"},
    "embed": {"embedtype", "id", "format", "alt", "url"},
}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


def clean_rich_text(html: str) -> str:
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )
