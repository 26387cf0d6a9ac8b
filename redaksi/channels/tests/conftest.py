import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import override_settings

from redaksi.chat.tests.fakes import fake_chat_api
from redaksi.newsroom import api as newsroom
from redaksi.newsroom.tests.fixtures import build_site, make_article

from .receivers import partner_receiver


@pytest.fixture
def chat_api(db):
    with fake_chat_api() as fake, override_settings(TELEGRAM_CHANNEL="@redaksi_uji"):
        yield fake


@pytest.fixture
def partner(db):
    with partner_receiver() as receiver:
        yield receiver


@pytest.fixture
def deliver(django_capture_on_commit_callbacks):
    def run(action):
        with django_capture_on_commit_callbacks(execute=True):
            return action()

    return run


@pytest.fixture
def site(db, django_capture_on_commit_callbacks):
    """A newsroom with News and Global; ``publish`` puts a story live as an editor would."""
    built = build_site()
    editor = get_user_model().objects.create_user("edi", password="rahasia-uji-123")
    editor.groups.add(Group.objects.get(name=newsroom.EDITOR))

    def publish(title="Harga beras turun di Jakarta", section="news", tags=(), **fields):
        with django_capture_on_commit_callbacks(execute=True):
            draft = make_article(
                built["sections"][section], built["authors"][:1], title=title, tags=tags, **fields
            )
            return newsroom.publish_article(draft, actor=editor)

    return {**built, "editor": editor, "publish": publish}
