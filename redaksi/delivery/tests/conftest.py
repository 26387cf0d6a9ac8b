from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.utils import timezone

from redaksi.delivery import pagecache
from redaksi.newsroom import api as newsroom
from redaksi.newsroom.tests.fixtures import make_article, paragraph


@pytest.fixture
def page_cache(settings, tmp_path):
    """The full-page cache as readers meet it, empty at the start of each test."""
    settings.REDAKSI_PAGE_CACHE = True
    settings.REDAKSI_PURGE_LOG = str(tmp_path / "purge.log") if not pagecache._shared() else ""
    if not pagecache._shared():
        caches["default"].clear()  # locmem keeps earlier tests' entries and culls at random
    pagecache.clear()
    yield
    pagecache.clear()


@pytest.fixture
def story(newsroom):
    """A live story with a tag, in the News section."""
    return make_article(
        newsroom["sections"]["news"],
        newsroom["authors"][:1],
        title="Banjir rob genangi pesisir Semarang",
        pages=[("", [paragraph("Air laut pasang merendam permukiman warga sejak subuh.")])],
        tags=("banjir",),
        publish_at=timezone.now() - timedelta(hours=1),
    )


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Publish the story's latest revision the way editors do, running after-commit work."""

    def run(article, **changes):
        draft = article.get_latest_revision_as_object()
        for name, value in changes.items():
            setattr(draft, name, value)
        with django_capture_on_commit_callbacks(execute=True):
            draft.save_revision()
            newsroom.publish_article(draft)
        return article.__class__.objects.get(pk=article.pk)

    return run


@pytest.fixture
def editor_client(client, django_user_model):
    user = django_user_model.objects.create_user(username="edi", password="rahasia-uji-123")
    user.groups.add(Group.objects.get(name=newsroom.EDITOR))
    client.force_login(user)
    return client
