"""A story's beacon counts a reader once an hour, and never crawlers, staff or drafts."""

import pytest
from django.test import Client

from redaksi.mostread.visitors import COOKIE_NAME, is_crawler
from redaksi.newsroom import roles

from .conftest import READER_UA, reads_of, send_beacon

pytestmark = pytest.mark.django_db

CRAWLERS = [
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "HeadlessChrome/126.0.0.0 Safari/537.36",
    "Mozilla/5.0 (compatible; AhrefsBot/7.0; +http://ahrefs.com/robot/)",
    "Mozilla/5.0 (compatible; YandexSpider/3.0)",
    "Twitterbot/1.0",
    "curl/8.5.0",
    "Wget/1.21.4",
    "python-requests/2.32.3",
    "",
]
BROWSERS = [
    READER_UA,
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:127.0) Gecko/20100101 Firefox/127.0",
    "Mozilla/5.0 (Linux; Android 12; CUBOT_X30) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Linux; Android 11; CUBOT KINGKONG 5 Pro) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/118.0.0.0 Mobile Safari/537.36",
]


def test_a_reader_counts_once_per_story_per_hour(client, stories, clock):
    story = stories["banjir"]
    first = send_beacon(client, story)
    assert first.status_code == 204
    assert reads_of(story) == 1

    clock.advance(minutes=30)  # 09:45, the same hour
    assert send_beacon(client, story).status_code == 204
    assert reads_of(story) == 1, "reading again within the hour is still one read"

    clock.advance(minutes=20)  # 10:05, the next hour
    send_beacon(client, story)
    assert reads_of(story) == 2


def test_each_story_and_each_reader_counts_separately(client, stories):
    send_beacon(client, stories["banjir"])
    send_beacon(client, stories["tol"])
    send_beacon(Client(), stories["banjir"], REMOTE_ADDR="10.1.2.3")
    assert reads_of(stories["banjir"]) == 2
    assert reads_of(stories["tol"]) == 1


def test_the_beacon_gives_a_first_party_cookie_that_keeps_the_reader_once(client, stories):
    response = send_beacon(client, stories["banjir"])
    cookie = response.cookies[COOKIE_NAME]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert int(cookie["max-age"]) == 365 * 24 * 3600
    assert cookie.value and "127.0.0.1" not in cookie.value

    # Back with the cookie, the same hour: not a second read, and no new cookie.
    again = send_beacon(client, stories["banjir"])
    assert COOKIE_NAME not in again.cookies
    assert reads_of(stories["banjir"]) == 1

    # The cookie, not the address, identifies them: a new network is still the same reader.
    send_beacon(client, stories["banjir"], REMOTE_ADDR="10.9.9.9")
    assert reads_of(stories["banjir"]) == 1


def test_a_made_up_cookie_does_not_make_a_new_reader(client, stories):
    send_beacon(client, stories["banjir"])
    forger = Client()
    for value in ("abc", "palsu-1", "palsu-2"):
        forger.cookies[COOKIE_NAME] = value
        send_beacon(forger, stories["banjir"])
    assert reads_of(stories["banjir"]) == 1


def test_crawlers_are_not_counted(client, stories):
    for user_agent in CRAWLERS:
        response = send_beacon(client, stories["banjir"], user_agent=user_agent)
        assert response.status_code == 204
        assert COOKIE_NAME not in response.cookies, user_agent
    assert reads_of(stories["banjir"]) == 0


@pytest.mark.parametrize("user_agent", CRAWLERS)
def test_crawler_agents_are_recognised(user_agent):
    assert is_crawler(user_agent)


@pytest.mark.parametrize("user_agent", BROWSERS)
def test_readers_browsers_are_not_taken_for_crawlers(user_agent):
    assert not is_crawler(user_agent)


def test_prefetches_are_not_reads(client, stories):
    send_beacon(client, stories["banjir"], HTTP_SEC_PURPOSE="prefetch")
    assert reads_of(stories["banjir"]) == 0


def test_the_newsroom_reading_its_own_stories_is_not_counted(make_user, stories):
    for role in roles.ROLES:
        client = Client()
        client.force_login(make_user(f"staf-{role.lower().replace(' ', '-')}", role))
        assert send_beacon(client, stories["banjir"]).status_code == 204
    assert reads_of(stories["banjir"]) == 0


def test_superusers_are_not_counted(client, make_user, stories):
    client.force_login(make_user("boss", is_superuser=True, is_staff=True))
    send_beacon(client, stories["banjir"])
    assert reads_of(stories["banjir"]) == 0


def test_unknown_and_unpublished_stories_are_not_counted(client, newsroom, stories):
    from redaksi.newsroom.tests.fixtures import make_article

    draft = make_article(newsroom["sections"]["news"], newsroom["authors"], title="Naskah")
    assert send_beacon(client, draft).status_code == 204
    assert send_beacon(client, 999_999).status_code == 204
    assert send_beacon(client, newsroom["home"].pk).status_code == 204  # a page, not a story
    assert most_read_is_empty()


def test_a_story_taken_off_the_site_stops_counting(
    client, stories, django_capture_on_commit_callbacks
):
    story = stories["banjir"]
    send_beacon(client, story)
    with django_capture_on_commit_callbacks(execute=True):
        story.unpublish()
    send_beacon(Client(), story, REMOTE_ADDR="10.0.0.7")
    with django_capture_on_commit_callbacks(execute=True):
        story.get_latest_revision().publish()
    assert reads_of(story) == 1, "only the read while it was live counts"
    send_beacon(Client(), story, REMOTE_ADDR="10.0.0.8")
    assert reads_of(story) == 2, "published again, it counts again at once"


def test_the_beacon_only_accepts_post(client, stories):
    assert client.get(f"/_baca/{stories['banjir'].pk}").status_code == 405
    assert reads_of(stories["banjir"]) == 0


def test_the_beacon_needs_no_csrf_token_and_is_never_cached(stories):
    client = Client(enforce_csrf_checks=True)
    response = send_beacon(client, stories["banjir"])
    assert response.status_code == 204
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert reads_of(stories["banjir"]) == 1


def test_counting_can_be_switched_off(client, stories, settings):
    settings.REDAKSI_READS_ENABLED = False
    send_beacon(client, stories["banjir"])
    page = client.get(stories["banjir"].url).content.decode()
    assert "/_baca/" not in page
    settings.REDAKSI_READS_ENABLED = True
    assert reads_of(stories["banjir"]) == 0


def test_story_pages_carry_the_beacon_but_previews_do_not(client, stories):
    story = stories["banjir"]
    live = client.get(story.url).content.decode()
    assert f'"/_baca/{story.pk}"' in live
    assert "sendBeacon" in live and "<script src" not in live.split("sendBeacon")[0][-300:]

    preview = story.make_preview_request()
    preview.render()
    assert preview.status_code == 200
    assert "/_baca/" not in preview.content.decode()


def most_read_is_empty() -> bool:
    from redaksi.mostread.api import most_read

    return most_read(limit=50) == []
