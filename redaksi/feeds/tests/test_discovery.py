"""Browsers and feed readers find the feeds from the pages readers visit."""

import re

import pytest

pytestmark = pytest.mark.django_db

BASE = "http://testserver"
LINK = re.compile(r'<link rel="alternate" type="([^"]+)" title="([^"]+)" href="([^"]+)">')


def feed_links(client, url: str) -> list[tuple[str, str, str]]:
    response = client.get(url)
    assert response.status_code == 200, url
    return LINK.findall(response.content.decode())


def test_every_page_announces_the_site_feeds(client, desk):
    links = feed_links(client, "/")
    assert links == [
        ("application/rss+xml", "Redaksi (RSS)", f"{BASE}/feed/rss.xml"),
        ("application/atom+xml", "Redaksi (Atom)", f"{BASE}/feed/atom.xml"),
        ("application/feed+json", "Redaksi (JSON Feed)", f"{BASE}/feed/feed.json"),
    ]
    story = desk["flood"]
    assert f"{BASE}/feed/rss.xml" in [href for _, _, href in feed_links(client, story.url)]


def test_section_and_tag_pages_announce_their_own_feeds_first(client, desk):
    section = feed_links(client, "/global/")
    assert section[0] == (
        "application/rss+xml",
        "Global - Redaksi (RSS)",
        f"{BASE}/feed/kanal/global/rss.xml",
    )
    assert [href for _, _, href in section[3:]] == [
        f"{BASE}/feed/rss.xml",
        f"{BASE}/feed/atom.xml",
        f"{BASE}/feed/feed.json",
    ]
    tag = feed_links(client, "/tag/jakarta/")
    assert tag[2] == (
        "application/feed+json",
        "Tag: Jakarta - Redaksi (JSON Feed)",
        f"{BASE}/feed/tag/jakarta/feed.json",
    )
    for _, _, href in section + tag:
        assert client.get(href.removeprefix(BASE)).status_code == 200, href
