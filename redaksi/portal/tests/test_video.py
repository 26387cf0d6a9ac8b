"""Video Terkini (/video/) and Video Pilihan (/video/pilihan/)."""

import pytest

from redaksi.core import surrogate
from redaksi.portal.models import HomePage, VideoPick

from .stories import VIDEO_URL, publish, publish_many

pytestmark = pytest.mark.django_db


def _titles(response) -> list[str]:
    return [story.title for story in response.context["articles"]]


def test_latest_videos_lists_only_video_stories_newest_first(newsroom, client):
    publish_many(newsroom, 3, "news")
    videos = publish_many(newsroom, 22, "global", lead_video_url=VIDEO_URL)
    response = client.get("/video/")
    assert response.status_code == 200
    assert _titles(response) == [story.title for story in videos[:20]]
    assert _titles(client.get("/video/?page=2")) == [story.title for story in videos[20:]]
    assert surrogate.VIDEO in surrogate.surrogate_keys(response.wsgi_request)


def test_featured_videos_put_the_editors_picks_first(newsroom, client):
    videos = publish_many(newsroom, 3, "global", lead_video_url=VIDEO_URL)
    home = HomePage.objects.get(pk=newsroom["home"].pk)
    VideoPick.objects.create(page=home, article=videos[2], sort_order=0)
    response = client.get("/video/pilihan/")
    assert response.status_code == 200
    assert _titles(response) == [videos[2].title, videos[0].title, videos[1].title]
    assert surrogate.VIDEO in surrogate.surrogate_keys(response.wsgi_request)


def test_a_pick_that_lost_its_video_drops_out(newsroom, client):
    video = publish(newsroom, "global", title="Rekaman rob", lead_video_url=VIDEO_URL)
    home = HomePage.objects.get(pk=newsroom["home"].pk)
    VideoPick.objects.create(page=home, article=video, sort_order=0)
    video.lead_video_url = ""
    video.save_revision().publish()
    assert _titles(client.get("/video/pilihan/")) == []
    assert _titles(client.get("/video/")) == []


def test_video_pages_without_videos_say_so(newsroom, client):
    publish(newsroom, title="Bukan video")
    response = client.get("/video/")
    assert response.status_code == 200
    assert _titles(response) == []


def test_stories_saved_before_the_video_flag_are_marked_by_the_migration(newsroom):
    from importlib import import_module

    from django.apps import apps

    from redaksi.newsroom.models import ArticlePage

    migration = import_module("redaksi.newsroom.migrations.0004_article_has_video")
    block = ("video", {"url": VIDEO_URL, "title": "Rekaman"})
    in_body = publish(newsroom, title="Video di badan berita", pages=[("", [block])])
    lead = publish(newsroom, title="Video utama", lead_video_url=VIDEO_URL)
    plain = publish(newsroom, title="Tanpa video")
    ArticlePage.objects.update(has_video=False)
    migration.mark_video_stories(apps, None)
    flagged = set(ArticlePage.objects.filter(has_video=True).values_list("pk", flat=True))
    assert flagged == {in_body.pk, lead.pk}
    assert plain.pk not in flagged
