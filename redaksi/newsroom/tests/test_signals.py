"""Other desks hear about stories through the newsroom's own signals, after commit."""

import pytest

from redaksi.newsroom.signals import article_published, article_unpublished

from .fixtures import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture
def heard():
    events = []

    def listen(sender, **kwargs):
        events.append(kwargs)

    article_published.connect(listen, dispatch_uid="test-published")
    article_unpublished.connect(listen, dispatch_uid="test-unpublished")
    yield events
    article_published.disconnect(dispatch_uid="test-published")
    article_unpublished.disconnect(dispatch_uid="test-unpublished")


def test_publish_update_and_unpublish_are_announced_after_commit(
    newsroom, heard, django_capture_on_commit_callbacks
):
    story = make_article(newsroom["sections"]["news"], newsroom["authors"])

    with django_capture_on_commit_callbacks(execute=False) as pending:
        story.get_latest_revision().publish()
    assert heard == [], "nothing is announced before the transaction commits"
    for callback in pending:
        callback()
    assert heard[-1]["first_publication"] is True and heard[-1]["updated"] is False
    assert heard[-1]["article"].pk == story.pk

    with django_capture_on_commit_callbacks(execute=True):
        story.get_latest_revision_as_object().save_revision().publish()
    assert heard[-1]["first_publication"] is False and heard[-1]["updated"] is False

    draft = story.get_latest_revision_as_object()
    draft.lede = "Ringkasan yang diperbarui."
    with django_capture_on_commit_callbacks(execute=True):
        draft.save_revision().publish()
    assert heard[-1]["updated"] is True

    with django_capture_on_commit_callbacks(execute=True):
        story.refresh_from_db()
        story.unpublish()
    assert set(heard[-1]) == {"article", "signal"}
    assert not heard[-1]["article"].live
