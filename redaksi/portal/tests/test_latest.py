"""Berita Terkini at /terkini/: newest first, paginated, filterable by section."""

import pytest

from redaksi.core import surrogate

from .stories import publish, publish_many

pytestmark = pytest.mark.django_db


def _headlines(response) -> list[str]:
    return [story.title for story in response.context["articles"]]


def test_latest_lists_every_section_newest_first_twenty_a_page(newsroom, client):
    news = publish_many(newsroom, 15, "news")
    world = publish_many(newsroom, 10, "global")
    everything = sorted(news + world, key=lambda s: (s.first_published_at, s.pk), reverse=True)

    first = client.get("/terkini/")
    assert first.status_code == 200
    assert _headlines(first) == [story.title for story in everything[:20]]
    assert 'rel="next" href="?page=2"' in first.content.decode()

    second = client.get("/terkini/?page=2")
    assert _headlines(second) == [story.title for story in everything[20:]]
    assert client.get("/terkini/?page=3").status_code == 404
    assert _headlines(client.get("/terkini/?page=abc")) == _headlines(first)
    assert surrogate.LATEST in surrogate.surrogate_keys(first.wsgi_request)


def test_latest_filtered_by_section_keeps_the_filter_across_pages(newsroom, client):
    publish_many(newsroom, 3, "news")
    world = publish_many(newsroom, 22, "global")
    response = client.get("/terkini/?kanal=global")
    assert response.status_code == 200
    assert _headlines(response) == [story.title for story in world[:20]]
    html = response.content.decode()
    assert 'href="?kanal=global&amp;page=2"' in html
    assert '<option value="global" selected>' in html
    keys = surrogate.surrogate_keys(response.wsgi_request)
    assert surrogate.section_key(newsroom["sections"]["global"].pk) in keys
    later = client.get("/terkini/?kanal=global&page=2")
    assert _headlines(later) == [story.title for story in world[20:]]


def test_unknown_section_explains_itself(newsroom, client):
    publish(newsroom, title="Banjir surut")
    response = client.get("/terkini/?kanal=olahraga-ekstrem")
    assert response.status_code == 404
    html = response.content.decode()
    assert "olahraga-ekstrem" in html
    assert 'href="/terkini/"' in html
    assert "Banjir surut" not in html


def test_drafts_never_appear(newsroom, client):
    from redaksi.newsroom.tests.fixtures import make_article

    make_article(newsroom["sections"]["news"], newsroom["authors"], title="Naskah belum terbit")
    publish(newsroom, title="Sudah terbit")
    assert _headlines(client.get("/terkini/")) == ["Sudah terbit"]


def test_latest_without_slash_redirects(newsroom, client):
    response = client.get("/terkini")
    assert response.status_code == 301
    assert response["Location"] == "/terkini/"
