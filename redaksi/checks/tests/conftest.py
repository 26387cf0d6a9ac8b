from redaksi.newsroom.tests.conftest import editor, login, make_user  # noqa: F401
