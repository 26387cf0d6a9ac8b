"""The admin log-in stops password guessing, per account and per address, in Indonesian."""

import time

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client

pytestmark = pytest.mark.django_db

PASSWORD = "rahasia-uji-123"
LOCKED = "Terlalu banyak percobaan masuk yang gagal"


@pytest.fixture(autouse=True)
def fresh_counters(settings):
    if not settings.REDIS_URL:
        cache.clear()
    else:
        cache.delete_pattern("*login:failures:*")
    yield


@pytest.fixture
def editor():
    return get_user_model().objects.create_user(
        username="editor", password=PASSWORD, is_staff=True, is_superuser=True
    )


def _log_in(username: str, password: str, address: str = "203.0.113.5", **extra):
    client = Client()
    response = client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE="id",
        **extra,
    )
    return response, client


def _logged_in(response) -> bool:
    return response.status_code == 302


def test_the_right_password_logs_in(editor):
    response, _ = _log_in("editor", PASSWORD)
    assert _logged_in(response)


def test_after_five_wrong_passwords_even_the_right_one_waits(editor):
    for n in range(5):
        response, _ = _log_in("editor", f"tebakan-{n}", address=f"198.51.100.{n + 1}")
        assert not _logged_in(response) and LOCKED not in response.content.decode()

    response, _ = _log_in("editor", PASSWORD, address="198.51.100.99")
    assert not _logged_in(response)
    assert LOCKED in response.content.decode()
    assert "15 menit" in response.content.decode()


def test_one_address_guessing_many_accounts_is_stopped(editor):
    for n in range(50):
        _log_in(f"akun{n}", "tebakan")
    response, _ = _log_in("editor", PASSWORD)
    assert not _logged_in(response) and LOCKED in response.content.decode()
    # Someone elsewhere is not held up by it.
    response, _ = _log_in("editor", PASSWORD, address="198.51.100.7")
    assert _logged_in(response)


def test_addresses_behind_our_proxy_are_told_apart(editor):
    for n in range(50):
        _log_in(f"akun{n}", "tebakan", address="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.5")
    response, _ = _log_in(
        "editor", PASSWORD, address="127.0.0.1", HTTP_X_FORWARDED_FOR="198.51.100.8"
    )
    assert _logged_in(response)


def test_the_lock_ends_after_the_lockout(editor, settings):
    settings.REDAKSI_LOGIN_MAX_FAILURES = 2
    settings.REDAKSI_LOGIN_LOCKOUT_SECONDS = 2
    for n in range(2):
        _log_in("editor", f"tebakan-{n}")
    assert LOCKED in _log_in("editor", PASSWORD)[0].content.decode()
    time.sleep(2.2)
    assert _logged_in(_log_in("editor", PASSWORD)[0])


def test_a_successful_log_in_clears_the_account_counter(editor):
    for n in range(4):
        _log_in("editor", f"tebakan-{n}", address=f"198.51.100.{n + 1}")
    assert _logged_in(_log_in("editor", PASSWORD)[0])
    for n in range(4):
        _log_in("editor", f"lagi-{n}", address=f"198.51.100.{n + 20}")
    assert _logged_in(_log_in("editor", PASSWORD, address="198.51.100.50")[0])


def test_the_readers_log_in_for_restricted_pages_shares_the_limit(editor):
    """Wagtail's /_util/login/ checks the same passwords, so it counts the same failures."""
    client = Client()
    for n in range(5):
        response = client.post(
            "/_util/login/",
            {"username": "editor", "password": f"tebakan-{n}"},
            REMOTE_ADDR=f"198.51.100.{n + 1}",
            HTTP_ACCEPT_LANGUAGE="id",
        )
        assert response.status_code == 200
    locked = client.post(
        "/_util/login/",
        {"username": "editor", "password": PASSWORD},
        REMOTE_ADDR="198.51.100.99",
        HTTP_ACCEPT_LANGUAGE="id",
    )
    assert locked.status_code == 200 and LOCKED in locked.content.decode()
    assert not _logged_in(_log_in("editor", PASSWORD, address="198.51.100.98")[0])
