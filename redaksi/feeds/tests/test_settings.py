"""Feed and sitemap sizes outside what readers and search engines accept stop start-up."""

import os
import subprocess
import sys

import pytest


def _load_settings(**variables: str) -> subprocess.CompletedProcess:
    env = {**os.environ, **variables}
    return subprocess.run(
        [sys.executable, "-c", "import redaksi.settings.base"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("REDAKSI_NEWS_SITEMAP_ITEMS", "5000", "between 1 and 1000"),
        ("REDAKSI_SITEMAP_STORIES_PER_FILE", "60000", "between 1 and 50000"),
        ("REDAKSI_FEED_ITEMS", "0", "between 1 and 1000"),
    ],
)
def test_out_of_range_sizes_are_refused_with_the_variable_named(variable, value, message):
    result = _load_settings(**{variable: value})
    assert result.returncode != 0
    assert variable in result.stderr and message in result.stderr


def test_sizes_within_range_are_accepted():
    result = _load_settings(REDAKSI_NEWS_SITEMAP_ITEMS="200", REDAKSI_FEED_ITEMS="20")
    assert result.returncode == 0, result.stderr
