"""The lists under a story come from cached teasers, yet always show stories as they are now."""

import pytest
from django.core.cache import cache

from redaksi.core.listings import GENERATION_KEY
from redaksi.newsroom import api as newsroom_api

from .stories import publish

pytestmark = pytest.mark.django_db


def _latest_block(html: str) -> str:
    return html.split('id="berita-terkini"')[1].split("</section>")[0]


def _new_headline(story, headline: str):
    draft = story.get_latest_revision_as_object()
    draft.title = headline
    draft.save_revision()
    return newsroom_api.publish_article(draft)


def test_a_new_headline_shows_at_once_in_another_storys_latest_news(newsroom, client):
    story = publish(newsroom, hours=1, title="Jalan tol Semarang dibuka")
    other = publish(newsroom, "global", hours=2, title="Harga minyak turun")
    assert "Harga minyak turun" in _latest_block(client.get(story.url).content.decode())

    _new_headline(other, "Harga minyak turun tajam")

    latest = _latest_block(client.get(story.url).content.decode())
    assert "Harga minyak turun tajam" in latest
    assert f'href="{other.url}"' in latest


def test_a_headline_published_elsewhere_shows_although_this_process_missed_it(newsroom, client):
    """Another process's publish does not reach this process's list generation at once."""
    story = publish(newsroom, hours=1, title="Jalan tol Semarang dibuka")
    other = publish(newsroom, "global", hours=2, title="Harga minyak turun")
    client.get(story.url)
    generation = cache.get(GENERATION_KEY)

    _new_headline(other, "Harga minyak turun tajam")
    cache.set(GENERATION_KEY, generation, None)  # as if the publish happened elsewhere

    latest = _latest_block(client.get(story.url).content.decode())
    assert "Harga minyak turun tajam" in latest
    assert "Harga minyak turun</a>" not in latest


def test_a_story_taken_down_elsewhere_never_shows(newsroom, client):
    story = publish(newsroom, hours=1, title="Jalan tol Semarang dibuka")
    withdrawn = publish(newsroom, "global", hours=2, title="Kabar yang ditarik")
    assert "Kabar yang ditarik" in client.get(story.url).content.decode()
    generation = cache.get(GENERATION_KEY)

    withdrawn.unpublish()
    cache.set(GENERATION_KEY, generation, None)  # as if the unpublish happened elsewhere

    assert "Kabar yang ditarik" not in client.get(story.url).content.decode()


def test_teasers_read_the_same_whether_rendered_or_kept(newsroom, client):
    story = publish(newsroom, hours=1, title="Jalan tol Semarang dibuka", tags=("tol",))
    publish(newsroom, "global", hours=2, title="Tol laut diperluas", tags=("tol",))
    publish(newsroom, "global", hours=3, title="Harga minyak turun")
    first = client.get(story.url).content.decode()
    kept = client.get(story.url).content.decode()
    assert kept == first
    related = first.split('id="berita-terkait"')[1].split("</section>")[0]
    assert '<article class="teaser teaser--plain">' in related
    assert "Tol laut diperluas" in related
    assert "Harga minyak turun" in _latest_block(first)
