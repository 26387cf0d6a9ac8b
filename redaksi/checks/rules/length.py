"""Headlines and ledes that search results and chat previews would cut off."""

from __future__ import annotations

from django.conf import settings
from django.utils.translation import gettext

from ..story import Finding
from . import Context


def _too_long(code: str, field: str, text: str, limit: int, message: str) -> list[Finding]:
    length = len(" ".join(text.split()))
    if not text or length <= limit:
        return []
    return [
        Finding(
            code,
            "warning",
            field,
            message % {"length": length, "limit": limit},
            excerpt=text[:limit] + "…",
        )
    ]


def headline_too_long(context: Context) -> list[Finding]:
    return _too_long(
        "headline_too_long",
        "title",
        context.story.headline,
        settings.REDAKSI_CHECK_HEADLINE_MAX,
        gettext(
            "The headline is %(length)s characters long; search results show about "
            "%(limit)s, so the end will be cut off."
        ),
    )


def lede_too_long(context: Context) -> list[Finding]:
    return _too_long(
        "lede_too_long",
        "lede",
        context.story.lede,
        settings.REDAKSI_CHECK_LEDE_MAX,
        gettext(
            "The lede is %(length)s characters long; chat and social previews show about "
            "%(limit)s, so the end will be cut off."
        ),
    )
