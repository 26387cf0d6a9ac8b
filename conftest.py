import pytest


@pytest.fixture
def newsroom(db):
    from redaksi.newsroom.tests.fixtures import build_site

    return build_site()
