"""The admin log-in form, with a limit on password guessing.

After REDAKSI_LOGIN_MAX_FAILURES failed attempts for one account, or ten times
as many from one address (behind trusted proxies, the reader's own), further
attempts are refused for REDAKSI_LOGIN_LOCKOUT_SECONDS without checking the
password, so guessing stays slow whether one account is tried from many
places or many accounts from one. The counters live in the shared cache, so
every gunicorn worker sees the same ones. A successful log-in clears the
account's counter, not the address's.
"""

from __future__ import annotations

import hashlib
import math

from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.core.cache import cache
from django.forms import ValidationError
from django.utils.translation import gettext_lazy as _

from .clients import address_group, client_address
from .forms import NewsroomLoginForm

ADDRESS_FACTOR = 10


def _keys(username: str, address: str) -> tuple[str, str]:
    account = hashlib.sha256(username.strip().lower().encode()).hexdigest()[:32]
    return f"login:failures:account:{account}", f"login:failures:address:{address}"


def _failures(key: str) -> int:
    return int(cache.get(key) or 0)


def is_locked(username: str, address: str) -> bool:
    account_key, address_key = _keys(username, address)
    limit = settings.REDAKSI_LOGIN_MAX_FAILURES
    return _failures(account_key) >= limit or _failures(address_key) >= limit * ADDRESS_FACTOR


def record_failure(username: str, address: str) -> None:
    for key in _keys(username, address):
        # The window starts at the first failure; add() keeps an existing count and its expiry.
        cache.add(key, 0, settings.REDAKSI_LOGIN_LOCKOUT_SECONDS)
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, settings.REDAKSI_LOGIN_LOCKOUT_SECONDS)


def forget_failures(username: str) -> None:
    cache.delete(_keys(username, "")[0])


class ThrottledMixin:
    """Refuses a locked account or address before checking the password; counts failures."""

    throttled_message = _(
        "Too many failed log-in attempts. Wait %(minutes)d minutes before trying again."
    )

    def clean(self):
        username = self.cleaned_data.get("username") or ""
        address = address_group(client_address(self.request)) if self.request else ""
        if is_locked(username, address):
            raise ValidationError(
                self.throttled_message,
                code="throttled",
                params={"minutes": math.ceil(settings.REDAKSI_LOGIN_LOCKOUT_SECONDS / 60)},
            )
        try:
            cleaned = super().clean()
        except ValidationError:
            record_failure(username, address)
            raise
        forget_failures(username)
        return cleaned


class ThrottledLoginForm(ThrottledMixin, NewsroomLoginForm):
    """The admin log-in (WAGTAILADMIN_USER_LOGIN_FORM)."""


class ThrottledAuthenticationForm(ThrottledMixin, AuthenticationForm):
    """Wagtail's log-in for pages restricted to signed-in readers (/_util/login/)."""
