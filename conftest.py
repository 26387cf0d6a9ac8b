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


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Browser tests first: they are the longest and use their own demo database. The rest
    keep pytest-django's order, so a transactional test (which leaves its worker's database
    empty) never runs before a test that expects the migrated data."""
    items.sort(key=lambda item: not item.nodeid.startswith("tests/browser/"))


def pytest_xdist_make_scheduler(config, log):
    """Under pytest-xdist, one worker takes every browser test (they share one demo server
    and one Chromium) while the others run the rest, a test module at a time, in the order
    collected: xdist's default reordering by module size would mix transactional modules
    in among the others."""
    from xdist.scheduler import LoadScopeScheduling

    config.option.loadscopereorder = False

    class OneBrowserWorker(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            if nodeid.startswith("tests/browser/"):
                return "tests/browser"
            return super()._split_scope(nodeid)

    return OneBrowserWorker(config, log)
