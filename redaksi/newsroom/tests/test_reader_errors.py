"""Readers who follow a bad link get a clear Indonesian 404, never a draft."""

import pytest
from django.test import Client

from .fixtures import make_article, paragraph, utc

pytestmark = pytest.mark.django_db


def _assert_indonesian_404(response):
    assert response.status_code == 404
    html = response.content.decode()
    assert "Halaman tidak ditemukan" in html
    assert 'lang="id"' in html


def test_a_draft_is_not_found(newsroom):
    draft = make_article(newsroom["sections"]["news"], newsroom["authors"])
    _assert_indonesian_404(Client().get(f"/news/read/{draft.pk}/{draft.slug}"))


def test_an_unknown_story_is_not_found(newsroom):
    _assert_indonesian_404(Client().get("/news/read/999999/tidak-ada"))


def test_a_page_beyond_the_last_is_not_found(newsroom):
    story = make_article(
        newsroom["sections"]["news"],
        newsroom["authors"],
        publish_at=utc(2024, 5, 1, 3, 0),
        pages=[("", [paragraph("Satu.")]), ("Dua", [paragraph("Dua.")])],
    )
    assert Client().get(story.url, {"page": 2}).status_code == 200
    _assert_indonesian_404(Client().get(story.url, {"page": 3}))


def test_an_unpublished_story_disappears(newsroom):
    story = make_article(
        newsroom["sections"]["news"], newsroom["authors"], publish_at=utc(2024, 5, 1, 3, 0)
    )
    story.unpublish()
    _assert_indonesian_404(Client().get(story.url))


def test_old_slugs_and_tree_paths_redirect_to_the_canonical_address(newsroom):
    story = make_article(
        newsroom["sections"]["news"], newsroom["authors"], publish_at=utc(2024, 5, 1, 3, 0)
    )
    for old in (
        f"/news/read/{story.pk}/judul-lama",
        f"/global/read/{story.pk}/{story.slug}",
        f"/news/read/{story.pk}",
        f"/news/{story.slug}/",
    ):
        response = Client().get(old)
        assert response.status_code == 301, old
        assert response["Location"] == story.url


def test_all_pages_on_one(newsroom):
    story = make_article(
        newsroom["sections"]["news"],
        newsroom["authors"],
        publish_at=utc(2024, 5, 1, 3, 0),
        pages=[("", [paragraph("Bagian satu.")]), ("Bagian kedua", [paragraph("Bagian dua.")])],
    )
    html = Client().get(story.url, {"single": 1}).content.decode()
    assert "Bagian satu." in html and "Bagian dua." in html
    assert '<h2 class="story-page-title">Bagian kedua</h2>' in html
    assert "Lanjutkan Membaca" not in html
    second = Client().get(story.url, {"page": 2}).content.decode()
    assert "Bagian dua." in second and "Bagian satu." not in second
    assert "Halaman 2 dari 2" in second
