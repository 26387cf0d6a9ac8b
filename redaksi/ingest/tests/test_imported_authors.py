"""Names taken from outside sources become public author pages only when an editor publishes."""

from io import StringIO

import pytest
from django.core.management import call_command

from redaksi.newsroom import api as newsroom_api
from redaksi.newsroom.models import ArticlePage, AuthorPage

pytestmark = pytest.mark.django_db


def _import(path: str) -> ArticlePage:
    call_command("import", path, stdout=StringIO())
    return ArticlePage.objects.get(title__startswith="Pasar Terapung")


def test_an_imported_draft_does_not_publish_its_authors(newsroom, story_file, client):
    draft = _import(story_file(author="Rahmat Hidayat"))

    author = AuthorPage.objects.get(title="Rahmat Hidayat")
    assert [a.pk for a in draft.authors] == [author.pk]
    assert not author.live
    assert client.get(f"/penulis/{author.slug}/").status_code == 404
    assert "Rahmat Hidayat" not in client.get("/sitemap-pages.xml").content.decode()


def test_publishing_the_story_puts_its_authors_live(newsroom, story_file, client, editor):
    draft = _import(story_file(author="Rahmat Hidayat"))

    newsroom_api.publish_article(draft, actor=editor)

    author = AuthorPage.objects.get(title="Rahmat Hidayat")
    assert author.live
    page = client.get(f"/penulis/{author.slug}/")
    assert page.status_code == 200 and "Rahmat Hidayat" in page.content.decode()


def test_publishing_leaves_profiles_that_were_live_as_they_were(newsroom, story_file, editor):
    known = newsroom["authors"][0]
    draft = _import(story_file(author=known.title))
    assert [a.pk for a in draft.authors] == [known.pk]
    revisions = known.revisions.count()

    newsroom_api.publish_article(draft, actor=editor)

    known.refresh_from_db()
    assert known.live and known.revisions.count() == revisions
