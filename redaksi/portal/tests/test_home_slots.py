"""The front page: editors' pins first, the newest stories after, nothing twice."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from redaksi.core import surrogate
from redaksi.portal.models import EditorPick, HeadlinePick, HomePage, SectionPick, VideoPick
from redaksi.portal.slots import EDITOR_PICKS, HEADLINES, featured_videos, home_layout

from .stories import VIDEO_URL, publish, publish_many

pytestmark = pytest.mark.django_db


def _home(newsroom) -> HomePage:
    return HomePage.objects.get(pk=newsroom["home"].pk)


def test_empty_slots_fill_from_the_newest_stories(newsroom):
    stories = publish_many(newsroom, 12)
    layout = home_layout(_home(newsroom))
    assert layout.lead == stories[0]
    assert layout.headlines == stories[:HEADLINES]
    assert layout.editor_picks == stories[HEADLINES : HEADLINES + EDITOR_PICKS]
    assert layout.latest == stories[HEADLINES + EDITOR_PICKS :]


def test_pinned_stories_come_first_in_the_editors_order(newsroom):
    stories = publish_many(newsroom, 8)
    home = _home(newsroom)
    oldest, second_oldest = stories[-1], stories[-2]
    HeadlinePick.objects.create(page=home, article=second_oldest, sort_order=0)
    HeadlinePick.objects.create(page=home, article=oldest, sort_order=1)
    layout = home_layout(home)
    assert layout.headlines[:2] == [second_oldest, oldest]
    assert layout.headlines[2:] == stories[:3]


def test_no_story_appears_twice_on_the_home_page(newsroom):
    publish_many(newsroom, 6, "news")
    publish_many(newsroom, 6, "global")
    videos = publish_many(newsroom, 3, "global", lead_video_url=VIDEO_URL)
    home = _home(newsroom)
    # The same story pinned to three slots is shown once, in the first slot filled.
    HeadlinePick.objects.create(page=home, article=videos[2], sort_order=0)
    EditorPick.objects.create(page=home, article=videos[2], sort_order=0)
    VideoPick.objects.create(page=home, article=videos[2], sort_order=0)
    layout = home_layout(home)
    shown = [story.pk for story in layout.all_stories()]
    assert len(shown) == len(set(shown))
    assert layout.lead == videos[2]
    assert videos[2] not in layout.video_picks


def test_unpublished_pinned_stories_are_skipped(newsroom):
    stories = publish_many(newsroom, 6)
    withdrawn = stories[-1]
    withdrawn.unpublish()
    home = _home(newsroom)
    HeadlinePick.objects.create(page=home, article=withdrawn, sort_order=0)
    layout = home_layout(home)
    assert withdrawn not in layout.all_stories()
    assert layout.lead == stories[0]


def test_section_picks_lead_their_own_sections_block(newsroom):
    publish_many(newsroom, 12, "news")
    old_global = publish(newsroom, "global", hours=-48, title="Kabar lama dari luar negeri")
    publish_many(newsroom, 3, "global")
    home = _home(newsroom)
    SectionPick.objects.create(page=home, article=old_global, sort_order=0)
    layout = home_layout(home)
    blocks = {section.slug: stories for section, stories in layout.section_blocks}
    assert blocks["global"][0] == old_global
    assert old_global not in blocks["news"]


def test_video_slots_show_only_video_stories(newsroom):
    publish_many(newsroom, 10)
    videos = publish_many(newsroom, 5, "global", lead_video_url=VIDEO_URL)
    home = _home(newsroom)
    VideoPick.objects.create(page=home, article=videos[3], sort_order=0)
    layout = home_layout(home)
    assert layout.video_picks[0] == videos[3]
    assert all(story.has_video for story in layout.video_picks + layout.latest_videos)


def test_a_story_with_a_video_block_counts_as_a_video(newsroom):
    video_block = ("video", {"url": VIDEO_URL, "title": "Rekaman warga"})
    story = publish(newsroom, pages=[("", [video_block])], title="Rekaman banjir dari warga")
    assert story.has_video
    # Alone on the site it leads the home page, so look for it in Video Pilihan's own list.
    assert featured_videos(_home(newsroom)) == [story]


def test_editors_cannot_pin_a_story_without_video_as_featured_video(newsroom, admin_client):
    plain = publish(newsroom, title="Harga beras stabil")
    home = _home(newsroom)
    data = nested_form_data(
        {
            "title": home.title,
            "slug": home.slug,
            "intro": "",
            "headline_picks": inline_formset([]),
            "editor_picks": inline_formset([]),
            "video_picks": inline_formset([{"article": plain.pk}]),
            "section_picks": inline_formset([]),
        }
    )
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[home.pk]), data)
    assert response.status_code == 200
    assert "Harga beras stabil" in response.content.decode()
    assert "tidak memiliki video" in response.content.decode()
    assert not VideoPick.objects.exists()


def test_home_page_shows_each_block_and_records_what_it_shows(newsroom, client):
    stories = publish_many(newsroom, 6, "news")
    video = publish(
        newsroom, "global", hours=-5, title="Video banjir rob", lead_video_url=VIDEO_URL
    )
    pinned = publish(newsroom, "global", hours=-9, title="Kabar dari Rotterdam")
    SectionPick.objects.create(page=_home(newsroom), article=pinned, sort_order=0)
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    for block in ('id="berita-terkini"', 'id="video-pilihan"', 'id="kanal-global"'):
        assert block in html
    assert html.count("Video banjir rob</a>") == 1
    keys = surrogate.surrogate_keys(response.wsgi_request)
    assert {surrogate.LATEST, surrogate.MOST_READ, surrogate.VIDEO} <= keys
    assert surrogate.section_key(newsroom["sections"]["global"].pk) in keys
    assert surrogate.story_key(video.pk) in keys
    assert surrogate.story_key(stories[0].pk) in keys
