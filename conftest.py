import pytest


@pytest.fixture(scope="session", autouse=True)
def _empty_worker_redis() -> None:
    """Under pytest-xdist each worker owns a Redis database (settings/test.py): it starts
    empty, so no run meets the keys of the one before."""
    from django.conf import settings

    if settings.REDIS_URL and getattr(settings, "XDIST_WORKER", ""):
        from django.core.cache import cache

        cache.clear()


@pytest.fixture
def newsroom(db):
    from redaksi.newsroom.tests.fixtures import build_site

    return build_site()


def pytest_xdist_make_scheduler(config, log):
    """Under pytest-xdist, one worker takes every browser test (they share one demo server
    and one Chromium) while the others run the rest, a test module at a time."""
    from xdist.scheduler import LoadScopeScheduling

    class OneBrowserWorker(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            if nodeid.startswith("tests/browser/"):
                return "tests/browser"
            return super()._split_scope(nodeid)

    return OneBrowserWorker(config, log)
