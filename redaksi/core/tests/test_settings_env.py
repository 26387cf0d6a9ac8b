import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from redaksi.settings.env import env_bool, env_int, env_list, env_required


def test_missing_variables_take_their_defaults(monkeypatch):
    monkeypatch.delenv("REDAKSI_X", raising=False)
    assert env_bool("REDAKSI_X", True) is True
    assert env_int("REDAKSI_X", 30) == 30
    assert env_list("REDAKSI_X", ["a"]) == ["a"]


def test_values_are_parsed(monkeypatch):
    monkeypatch.setenv("REDAKSI_X", "ya")
    assert env_bool("REDAKSI_X") is True
    monkeypatch.setenv("REDAKSI_X", " a.id, b.id ,")
    assert env_list("REDAKSI_X") == ["a.id", "b.id"]


@pytest.mark.parametrize(("reader", "raw"), [(env_bool, "mungkin"), (env_int, "tiga puluh")])
def test_malformed_values_stop_start_up_with_the_variable_named(monkeypatch, reader, raw):
    monkeypatch.setenv("REDAKSI_X", raw)
    with pytest.raises(ImproperlyConfigured, match="REDAKSI_X"):
        reader("REDAKSI_X", 1) if reader is env_int else reader("REDAKSI_X")


def test_production_refuses_to_guess_a_required_variable(monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(ImproperlyConfigured, match="SECRET_KEY"):
        env_required("SECRET_KEY")


_PRODUCTION_VARIABLES = {
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DEBUG",
    "REDAKSI_BASE_URL",
    "REDAKSI_METRICS_TOKEN",
    "REDAKSI_METRICS_NETWORKS",
    "REDAKSI_FRONTEND_CACHE",
    "REDAKSI_HTTPS",
    "SECURE_HSTS_SECONDS",
}


def _check_production(*command: str, **variables: str) -> subprocess.CompletedProcess:
    """`redaksi check` under the production settings with only ``variables`` set."""
    env = {k: v for k, v in os.environ.items() if k not in _PRODUCTION_VARIABLES}
    env.update(DJANGO_SETTINGS_MODULE="redaksi.settings.production", **variables)
    return subprocess.run(
        [sys.executable, "-m", "redaksi.cli", *(command or ("check",))],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_its_secrets():
    result = _check_production()
    assert result.returncode != 0
    assert "SECRET_KEY must be set in production" in result.stderr


def _complete(tmp_path, **changes: str) -> dict[str, str]:
    variables = {
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "redaksi.example",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'prod.sqlite3'}",
        "REDAKSI_BASE_URL": "https://redaksi.example",
        "REDAKSI_METRICS_TOKEN": "rahasia-prometheus",
    }
    variables.update(changes)
    return {k: v for k, v in variables.items() if v is not None}


def test_production_starts_with_its_variables_set(tmp_path):
    result = _check_production(**_complete(tmp_path))
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("changes", "sentence"),
    [
        ({"DEBUG": "true"}, "DEBUG=true shows readers tracebacks"),
        (
            {"SECRET_KEY": "redaksi-insecure-development-key-change-me"},
            "SECRET_KEY is the public development key",
        ),
        ({"REDAKSI_BASE_URL": None}, "REDAKSI_BASE_URL is http://127.0.0.1:8000"),
        ({"REDAKSI_BASE_URL": "http://localhost:8000"}, "which nobody else can open"),
        ({"REDAKSI_METRICS_TOKEN": None}, "/metrics would be public"),
        (
            {"REDAKSI_FRONTEND_CACHE": "cloudflare", "REDAKSI_CLOUDFLARE_ZONE_ID": "z1"},
            "REDAKSI_FRONTEND_CACHE=cloudflare needs REDAKSI_CLOUDFLARE_API_TOKEN",
        ),
        (
            {"REDAKSI_FRONTEND_CACHE": "cloudfront"},
            "REDAKSI_FRONTEND_CACHE=cloudfront needs REDAKSI_CLOUDFRONT_DISTRIBUTION_ID",
        ),
    ],
)
def test_production_refuses_unsafe_settings_in_one_sentence(tmp_path, changes, sentence):
    result = _check_production(**_complete(tmp_path, **changes))
    assert result.returncode != 0
    assert sentence in result.stderr


def test_metrics_may_be_opened_to_a_trusted_network_instead_of_a_token(tmp_path):
    variables = _complete(
        tmp_path, REDAKSI_METRICS_TOKEN=None, REDAKSI_METRICS_NETWORKS="127.0.0.1/32"
    )
    assert _check_production(**variables).returncode == 0


def _production_setting(tmp_path, name: str, **changes: str) -> str:
    code = f"from django.conf import settings; print(repr(settings.{name}))"
    result = _check_production("shell", "-c", code, **_complete(tmp_path, **changes))
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_https_address_turns_on_redirect_hsts_and_secure_cookies(tmp_path):
    assert _production_setting(tmp_path, "SECURE_SSL_REDIRECT") == "True"
    assert _production_setting(tmp_path, "SECURE_HSTS_SECONDS") == "31536000"
    assert _production_setting(tmp_path, "SESSION_COOKIE_SECURE") == "True"
    plain = {"REDAKSI_BASE_URL": "http://redaksi.example"}
    assert _production_setting(tmp_path, "SECURE_SSL_REDIRECT", **plain) == "False"
    assert _production_setting(tmp_path, "SECURE_HSTS_SECONDS", **plain) == "0"


def test_demo_refuses_to_run_on_production_settings(tmp_path):
    result = _check_production("demo", "--no-serve", **_complete(tmp_path))
    assert result.returncode != 0
    assert "redaksi demo" in result.stderr
    assert "redaksi-demo" not in result.stdout


def test_an_empty_boolean_keeps_its_default(monkeypatch):
    monkeypatch.setenv("REDAKSI_X", "")
    assert env_bool("REDAKSI_X", True) is True
