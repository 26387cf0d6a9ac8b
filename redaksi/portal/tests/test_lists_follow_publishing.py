"""Listings keep what is costly to find (the front page's choice, page counts) between
publishes, yet a publish, an unpublish or a move shows on the next view."""

import pytest

from .stories import publish, publish_many

pytestmark = pytest.mark.django_db


def _lead_title(client) -> str:
    return client.get("/").context["layout"].lead.title


def _story_count(client, path: str) -> int:
    return client.get(path).context["articles"].paginator.count


def test_the_front_page_follows_publishing_at_once(newsroom, client):
    publish_many(newsroom, 6)
    assert _lead_title(client) == "Berita news ke-6"
    fresh = publish(newsroom, hours=48, title="Gempa guncang Mamuju")
    assert _lead_title(client) == "Gempa guncang Mamuju"
    fresh.unpublish()
    assert _lead_title(client) == "Berita news ke-6"


def test_a_retitled_story_shows_its_new_headline_on_the_front_page(newsroom, client):
    newest = publish_many(newsroom, 3)[0]
    assert _lead_title(client) == newest.title
    newest.title = "Judul baru setelah koreksi"
    newest.save_revision().publish()
    assert _lead_title(client) == "Judul baru setelah koreksi"


@pytest.mark.parametrize("path", ["/terkini/", "/news/", "/terkini/?kanal=news"])
def test_page_counts_follow_publishing_at_once(newsroom, client, path):
    publish_many(newsroom, 21)
    assert _story_count(client, path) == 21
    story = publish(newsroom, hours=30)
    assert _story_count(client, path) == 22
    story.unpublish()
    assert _story_count(client, path) == 21
    story.refresh_from_db()
    story.move(newsroom["sections"]["global"], pos="last-child")
    story.get_latest_revision().publish()
    expected = 21 if "news" in path else 22
    assert _story_count(client, path) == expected
