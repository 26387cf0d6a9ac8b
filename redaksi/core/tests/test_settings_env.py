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


def _check_production(**variables: str) -> subprocess.CompletedProcess:
    """`redaksi check` under the production settings with only ``variables`` set."""
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "ALLOWED_HOSTS"}}
    env.update(DJANGO_SETTINGS_MODULE="redaksi.settings.production", **variables)
    return subprocess.run(
        [sys.executable, "-m", "redaksi.cli", "check"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_its_secrets():
    result = _check_production()
    assert result.returncode != 0
    assert "SECRET_KEY must be set in production" in result.stderr


def test_production_starts_with_its_variables_set(tmp_path):
    result = _check_production(
        SECRET_KEY="x" * 60,
        ALLOWED_HOSTS="redaksi.example",
        DATABASE_URL=f"sqlite:///{tmp_path / 'prod.sqlite3'}",
    )
    assert result.returncode == 0, result.stderr
