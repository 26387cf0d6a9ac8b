import pytest


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
