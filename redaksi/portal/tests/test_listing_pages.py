"""Tag, section and author pages: paginated lists that say what they show."""

import pytest

from redaksi.core import surrogate

from .stories import publish_many

pytestmark = pytest.mark.django_db


def _titles(response) -> list[str]:
    return [story.title for story in response.context["articles"]]


def test_tag_page_is_paginated_and_tagged(newsroom, client):
    stories = publish_many(newsroom, 21, tags=("banjir",))
    first = client.get("/tag/banjir/")
    assert first.status_code == 200
    assert _titles(first) == [story.title for story in stories[:20]]
    assert _titles(client.get("/tag/banjir/?page=2")) == [stories[20].title]
    assert client.get("/tag/banjir/?page=9").status_code == 404
    assert client.get("/tag/tidak-ada/").status_code == 404
    keys = surrogate.surrogate_keys(first.wsgi_request)
    assert surrogate.tag_key("banjir") in keys and surrogate.story_key(stories[0].pk) in keys


def test_section_and_author_pages_record_what_they_show(newsroom, client):
    stories = publish_many(newsroom, 3, "global")
    section = client.get("/global/")
    assert _titles(section) == [story.title for story in stories]
    section_keys = surrogate.surrogate_keys(section.wsgi_request)
    assert surrogate.section_key(newsroom["sections"]["global"].pk) in section_keys
    author = newsroom["authors"][0]
    profile = client.get(author.url)
    assert _titles(profile) == [story.title for story in stories]
    assert surrogate.author_key(author.pk) in surrogate.surrogate_keys(profile.wsgi_request)
