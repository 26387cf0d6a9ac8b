from redaksi.newsroom.tests.conftest import editor, login, make_user, reporter  # noqa: F401
