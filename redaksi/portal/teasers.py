"""Rendered teasers, kept in the cache under each story's teaser stamp.

A story page links about twenty other stories, each a teaser with a
``<picture>`` of several renditions; rendering them is most of the page's cost.
The same stories recur on many pages (Berita Terkini, the video blocks, the
newest stories of a tag), so each teaser is rendered once and kept under the
story's stamp from :func:`redaksi.newsroom.api.teaser_versions`. The stamp is
read from the database on every render, so a story taken down drops out at
once, and an edited, re-published or moved story is rendered afresh, in every
process, without any purge reaching this cache.
"""

import hashlib

from django.core.cache import cache
from django.http import HttpRequest
from django.template.loader import get_template
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from wagtail.models import Site

from redaksi.core.site import site_zone
from redaksi.newsroom import api as newsroom

TEMPLATE = "newsroom/includes/article_teaser.html"
TEASER_SECONDS = 3600
"""How long an unused teaser is kept; a changed story gets a new stamp, not a stale one."""


def teaser_context(request: HttpRequest | None) -> str:
    """What a teaser depends on besides its story: site (address), zone (date), language."""
    site = Site.find_for_request(request) if request is not None else None
    return f"{site.pk if site else ''}:{site_zone(request)}:{get_language()}"


def _key(context: str, stamp: str, plain: bool) -> str:
    digest = hashlib.md5(f"{stamp}:{context}:{plain:d}".encode(), usedforsecurity=False)
    return f"redaksi:teaser:{digest.hexdigest()}"


def rendered_teasers(
    request: HttpRequest | None,
    lists: list[tuple[list[int], bool]],
    stamps: dict[int, str] | None = None,
) -> list[list[tuple[int, SafeString]]]:
    """Each ``(ids, plain)`` list as ``(id, html)`` teasers of its live stories, in order.

    ``plain`` teasers show headline and time only. Stories that are not live are left
    out. One query for the stamps (none when the caller read them already, see
    ``teaser_versions``), and one more only when a teaser must be rendered.
    """
    if stamps is None:
        stamps = newsroom.teaser_versions(pk for ids, _plain in lists for pk in ids)
    context = teaser_context(request)
    keys = {
        (pk, plain): _key(context, stamps[pk], plain)
        for ids, plain in lists
        for pk in ids
        if pk in stamps
    }
    found = cache.get_many(list(set(keys.values()))) if keys else {}
    missing = [wanted for wanted, key in keys.items() if key not in found]
    if missing:
        template = get_template(TEMPLATE)
        stories = {story.pk: story for story in newsroom.teaser_articles(pk for pk, _ in missing)}
        fresh = {}
        for pk, plain in missing:
            if pk in stories:
                context = {"article": stories[pk], "plain": plain, "request": request}
                fresh[keys[pk, plain]] = str(template.render(context))
        cache.set_many(fresh, TEASER_SECONDS)
        found.update(fresh)
    return [
        [
            (pk, mark_safe(found[keys[pk, plain]]))
            for pk in ids
            if (pk, plain) in keys and keys[pk, plain] in found
        ]
        for ids, plain in lists
    ]
