"""Populer counts people, not requests: the tricks one client could use to buy a ranking."""

import pytest
from django.core.cache import cache
from django.test import Client

from redaksi.mostread.api import most_read
from redaksi.mostread.visitors import COOKIE_NAME

from .conftest import READER_UA, reads_of, send_beacon

pytestmark = pytest.mark.django_db

BUDGET = 10  # REDAKSI_MOST_READ_ADDRESS_BUDGET's default


def _browser(n: int) -> str:
    return (
        f"Mozilla/5.0 (Linux; Android 14; Pixel {n}) AppleWebKit/537.36 "
        f"(KHTML, like Gecko) Chrome/{100 + n}.0.0.0 Mobile Safari/537.36"
    )


def _honest_readers(story, count: int) -> None:
    for n in range(count):
        send_beacon(Client(), story, REMOTE_ADDR=f"198.51.100.{n + 1}")


def _first(stories) -> str:
    ranking = most_read(limit=10)
    return next(name for name, story in stories.items() if story.pk == ranking[0].pk)


def test_rotating_browser_names_from_one_address_do_not_buy_the_first_place(stories):
    _honest_readers(stories["banjir"], BUDGET + 2)
    for n in range(50):
        send_beacon(Client(), stories["tol"], user_agent=_browser(n), REMOTE_ADDR="203.0.113.7")
    assert reads_of(stories["tol"]) == BUDGET
    assert _first(stories) == "banjir"


def test_cookies_minted_by_cookie_less_requests_do_not_buy_the_first_place(stories):
    _honest_readers(stories["banjir"], BUDGET + 2)
    minted = []
    for n in range(50):  # 50 cookie-less requests, each hoping for a fresh reader cookie
        response = send_beacon(
            Client(), stories["pemilu"], user_agent=_browser(n), REMOTE_ADDR="203.0.113.8"
        )
        if COOKIE_NAME in response.cookies:
            minted.append(response.cookies[COOKIE_NAME].value)
    assert 0 < len(minted) <= BUDGET, "one address is given at most the budget of cookies"
    for value in minted:
        client = Client()
        client.cookies[COOKIE_NAME] = value
        send_beacon(client, stories["tol"], REMOTE_ADDR="203.0.113.8")
    assert reads_of(stories["tol"]) <= BUDGET
    assert _first(stories) == "banjir"


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_ORIGIN": "https://elsewhere.example", "HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_ORIGIN": "https://elsewhere.example", "HTTP_SEC_FETCH_SITE": ""},
        {"HTTP_ORIGIN": "http://testserver", "HTTP_SEC_FETCH_SITE": "same-site"},
        {"HTTP_ORIGIN": "null", "HTTP_SEC_FETCH_SITE": ""},
        {"HTTP_ORIGIN": "", "HTTP_SEC_FETCH_SITE": ""},  # a script, not a browser
    ],
    ids=["cross-site", "foreign-origin", "sibling-site", "opaque-origin", "no-browser-headers"],
)
def test_posts_from_other_sites_are_not_counted_and_get_no_cookie(client, stories, headers):
    response = send_beacon(client, stories["banjir"], **headers)
    assert response.status_code == 204
    assert COOKIE_NAME not in response.cookies
    assert reads_of(stories["banjir"]) == 0


def test_a_post_from_our_own_page_counts_without_fetch_metadata(client, stories, settings):
    """Older browsers send Origin but no Sec-Fetch-Site; a trusted origin behind a proxy counts."""
    settings.CSRF_TRUSTED_ORIGINS = ["https://redaksi.example"]
    send_beacon(client, stories["banjir"], HTTP_SEC_FETCH_SITE="")
    send_beacon(
        Client(), stories["banjir"], HTTP_ORIGIN="https://redaksi.example", REMOTE_ADDR="10.0.0.2"
    )
    assert reads_of(stories["banjir"]) == 2


@pytest.mark.parametrize(
    "user_agent",
    [
        "Mozilla/5.0 (compatible; GoogleOther)",
        "meta-externalagent/1.1 (+https://developers.facebook.com/docs/sharing/webmasters/crawler)",
        "python-requests/2.32.3",
        "curl/8.5.0",
        "Mozilla/5.0 AppleWebKit/537.36 (KHTML, like Gecko; compatible; GPTBot/1.2)",
        "Go-http-client/2.0",
    ],
)
def test_crawlers_from_the_maintained_list_are_not_counted(client, stories, user_agent):
    response = send_beacon(client, stories["banjir"], user_agent=user_agent)
    assert COOKIE_NAME not in response.cookies
    assert reads_of(stories["banjir"]) == 0


def test_readers_behind_our_proxy_are_told_apart_by_the_forwarded_address(stories):
    """Behind nginx every request comes from 127.0.0.1; the forwarded address is the reader."""
    for n in range(BUDGET + 5):
        send_beacon(
            Client(),
            stories["banjir"],
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n + 1}",
            user_agent=READER_UA,
        )
    assert reads_of(stories["banjir"]) == BUDGET + 5


def test_a_forged_forwarded_address_from_outside_is_ignored(stories):
    for n in range(30):
        send_beacon(
            Client(),
            stories["banjir"],
            REMOTE_ADDR="203.0.113.9",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n + 1}",
            user_agent=_browser(n),
        )
    assert reads_of(stories["banjir"]) == BUDGET


def test_addresses_forged_to_the_left_of_our_proxy_are_ignored(stories):
    """nginx appends what it saw; what the client wrote before that proves nothing."""
    for n in range(30):
        send_beacon(
            Client(),
            stories["banjir"],
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=f"198.51.100.{n + 1}, 203.0.113.10",
            user_agent=_browser(n),
        )
    assert reads_of(stories["banjir"]) == BUDGET


def test_one_ipv6_subscriber_is_one_address(stories):
    for n in range(30):
        send_beacon(
            Client(),
            stories["banjir"],
            REMOTE_ADDR=f"2001:db8:1:2::{n + 1:x}",
            user_agent=_browser(n),
        )
    assert reads_of(stories["banjir"]) == BUDGET


def test_the_budget_is_a_setting(stories, settings):
    settings.REDAKSI_MOST_READ_ADDRESS_BUDGET = 3
    for n in range(10):
        send_beacon(Client(), stories["banjir"], user_agent=_browser(n), REMOTE_ADDR="203.0.113.7")
    assert reads_of(stories["banjir"]) == 3


def test_beacons_to_unknown_ids_do_not_push_pages_out_of_the_cache(client, stories, settings):
    if settings.REDIS_URL:
        pytest.skip("the bounded in-process cache is the embedded profile's")
    cache.set("page:/", "the cached home page", None)
    unknown = max(story.pk for story in stories.values()) + 1000
    for article_id in range(unknown, unknown + 400):  # the test cache keeps 300 entries
        assert send_beacon(client, article_id).status_code == 204
    assert cache.get("page:/") == "the cached home page"


@pytest.mark.parametrize("article_id", ["9223372036854775808", "99999999999999999999"])
def test_ids_beyond_the_database_range_are_not_found(client, article_id):
    response = client.post(
        f"/_baca/{article_id}", HTTP_ORIGIN="http://testserver", HTTP_SEC_FETCH_SITE="same-origin"
    )
    assert response.status_code == 404
