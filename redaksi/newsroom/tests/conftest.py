import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from redaksi.newsroom import roles


@pytest.fixture
def make_user(db):
    def make(username: str, role: str | None = None, **extra):
        user = get_user_model().objects.create_user(
            username=username, password="rahasia-uji-123", first_name=username.title(), **extra
        )
        if role:
            user.groups.add(Group.objects.get(name=role))
        return user

    return make


@pytest.fixture
def reporter(make_user):
    return make_user("rina", roles.REPORTER)


@pytest.fixture
def editor(make_user):
    return make_user("edi", roles.EDITOR)


@pytest.fixture
def login(client):
    def as_user(user):
        client.force_login(user)
        return client

    return as_user
