"""Related stories under each article: shared tags first, then its section, never itself."""

import pytest

from redaksi.core import surrogate
from redaksi.newsroom import api as newsroom_api

from .stories import VIDEO_URL, publish

pytestmark = pytest.mark.django_db


def test_stories_sharing_more_tags_come_first_then_the_same_section(newsroom):
    story = publish(newsroom, hours=10, title="Banjir Semarang", tags=("banjir", "semarang"))
    one_tag_new = publish(newsroom, "global", hours=9, title="Banjir Bangkok", tags=("banjir",))
    both_tags_old = publish(
        newsroom, "global", hours=1, title="Rob Semarang", tags=("banjir", "semarang")
    )
    same_section = publish(newsroom, hours=8, title="Jalan tol dibuka")
    publish(newsroom, "global", hours=7, title="Pemilu di Eropa")  # neither tag nor section
    related = newsroom_api.related_articles(story, limit=4)
    assert related == [both_tags_old, one_tag_new, same_section]


def test_never_itself_and_never_a_draft(newsroom):
    from redaksi.newsroom.tests.fixtures import make_article

    story = publish(newsroom, title="Harga cabai naik", tags=("pangan",))
    make_article(
        newsroom["sections"]["news"],
        newsroom["authors"],
        title="Naskah harga bawang",
        tags=("pangan",),
    )
    withdrawn = publish(newsroom, hours=2, title="Harga gula", tags=("pangan",))
    withdrawn.unpublish()
    assert newsroom_api.related_articles(story) == []


def test_the_limit_and_newest_first_within_the_section(newsroom):
    story = publish(newsroom, hours=0, title="Kereta cepat")
    others = [publish(newsroom, hours=n, title=f"Kabar kota {n}") for n in range(1, 7)]
    assert newsroom_api.related_articles(story, limit=4) == others[::-1][:4]


def test_article_page_shows_related_stories_and_records_them(newsroom, client):
    story = publish(newsroom, hours=5, title="Banjir Semarang", tags=("banjir",))
    related = publish(newsroom, "global", hours=1, title="Banjir Bangkok", tags=("banjir",))
    video = publish(newsroom, "global", hours=2, title="Video rob", lead_video_url=VIDEO_URL)
    response = client.get(story.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="berita-terkait"' in html
    related_block = html.split('id="berita-terkait"')[1].split("</section>")[0]
    assert "Banjir Bangkok" in related_block
    assert "Banjir Semarang</a>" not in html
    assert 'id="video-pilihan"' in html
    keys = surrogate.surrogate_keys(response.wsgi_request)
    assert surrogate.story_key(story.pk) in keys
    assert surrogate.section_key(newsroom["sections"]["news"].pk) in keys
    assert {surrogate.story_key(related.pk), surrogate.story_key(video.pk)} <= keys
