"""RSS, Atom and JSON Feed for the site, each section and each tag, read as a feed reader would."""

import json
import xml.etree.ElementTree as ET

import feedparser
import pytest
from wagtail.models import PageViewRestriction

from redaksi.core.models import SiteIdentity
from redaksi.core.surrogate import LATEST, section_key, story_key, surrogate_keys, tag_key
from redaksi.newsroom.tests.fixtures import utc

from .conftest import update_story

pytestmark = pytest.mark.django_db

BASE = "http://testserver"
CONTENT_NS = "{http://purl.org/rss/1.0/modules/content/}"
DC_NS = "{http://purl.org/dc/elements/1.1/}"
MEDIA_NS = "{http://search.yahoo.com/mrss/}"


def story_url(article) -> str:
    return f"{BASE}/{article.get_parent().slug}/read/{article.pk}/{article.slug}"


def fetch_xml(client, url: str):
    response = client.get(url)
    assert response.status_code == 200, url
    root = ET.fromstring(response.content)  # well-formed, or this raises
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")
    return response, root, parsed


def test_site_rss_lists_live_stories_newest_first_with_full_story(client, desk):
    response, root, feed = fetch_xml(client, "/feed/rss.xml")

    assert response["Content-Type"].startswith("application/rss+xml")
    assert feed.version == "rss20"
    assert feed.feed.title == "Redaksi"
    assert feed.feed.link == f"{BASE}/"
    assert feed.feed.language == "id"
    assert [e.title for e in feed.entries] == [
        "Banjir rendam Kampung Melayu & sekitarnya",
        "Menlu bertemu mitra di Baku",
    ]
    item = root.find("channel/item")
    flood = desk["flood"]
    assert item.findtext("link") == story_url(flood)
    guid = item.find("guid")
    assert guid.text == story_url(flood) and guid.get("isPermaLink") == "true"
    assert item.findtext("pubDate") == "Tue, 06 Oct 2020 16:07:00 +0700"
    assert item.findtext("description") == flood.lede
    assert [c.text for c in item.findall("category")] == ["News", "Banjir", "Jakarta"]
    assert [c.text for c in item.findall(f"{DC_NS}creator")] == ["Sari Wulandari", "Bima Prakoso"]
    body = item.findtext(f"{CONTENT_NS}encoded")
    # Both pages of the story, with the second page's heading.
    assert "Warga mulai mengungsi" in body
    assert "<h2>Bantuan mulai datang</h2>" in body
    assert "Relawan membagikan makanan" in body
    enclosure = item.find("enclosure")
    assert enclosure.get("url").startswith(f"{BASE}/media/images/")
    assert enclosure.get("type") == "image/jpeg"
    assert int(enclosure.get("length")) > 0
    media = item.find(f"{MEDIA_NS}content")
    assert media.get("url") == enclosure.get("url")
    assert media.findtext(f"{MEDIA_NS}description") == "Warga mengungsi"
    assert root.find("channel/{http://www.w3.org/2005/Atom}link").get("href") == (
        f"{BASE}/feed/rss.xml"
    )


def test_site_atom_carries_every_author_content_and_update_time(client, desk):
    update_story(desk["summit"], utc(2020, 10, 7, 1, 0))

    response, root, feed = fetch_xml(client, "/feed/atom.xml")

    assert response["Content-Type"].startswith("application/atom+xml")
    assert feed.version == "atom10"
    assert feed.feed.id == f"{BASE}/feed/atom.xml"
    ns = "{http://www.w3.org/2005/Atom}"
    entries = root.findall(f"{ns}entry")
    assert [e.findtext(f"{ns}title") for e in entries] == [
        "Banjir rendam Kampung Melayu & sekitarnya",
        "Menlu bertemu mitra di Baku",
    ]
    flood, summit = entries
    assert flood.findtext(f"{ns}id") == story_url(desk["flood"])
    assert flood.find(f"{ns}link[@rel='alternate']").get("href") == story_url(desk["flood"])
    assert [a.findtext(f"{ns}name") for a in flood.findall(f"{ns}author")] == [
        "Sari Wulandari",
        "Bima Prakoso",
    ]
    assert flood.find(f"{ns}author/{ns}uri").text == f"{BASE}/penulis/sari-wulandari/"
    assert flood.find(f"{ns}content").get("type") == "html"
    assert "Relawan membagikan makanan" in flood.findtext(f"{ns}content")
    assert flood.find(f"{ns}link[@rel='enclosure']").get("href").startswith(BASE)
    # The corrected story shows when it was first published and when it was updated.
    assert summit.findtext(f"{ns}published") == "2020-10-05T09:30:00+07:00"
    assert summit.findtext(f"{ns}updated") == "2020-10-07T08:00:00+07:00"
    assert root.findtext(f"{ns}updated") == "2020-10-07T08:00:00+07:00"


def test_json_feed_has_the_required_fields_of_version_1_1(client, desk):
    response = client.get("/feed/feed.json")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/feed+json")
    feed = json.loads(response.content)
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["title"] == "Redaksi"
    assert feed["home_page_url"] == f"{BASE}/"
    assert feed["feed_url"] == f"{BASE}/feed/feed.json"
    assert feed["language"] == "id"
    items = feed["items"]
    assert [item["title"] for item in items] == [
        "Banjir rendam Kampung Melayu & sekitarnya",
        "Menlu bertemu mitra di Baku",
    ]
    for item in items:
        assert isinstance(item["id"], str) and item["id"]
        assert "content_html" in item or "content_text" in item
    flood = items[0]
    assert flood["url"] == story_url(desk["flood"])
    assert flood["summary"] == desk["flood"].lede
    assert "Bantuan mulai datang" in flood["content_html"]
    assert flood["date_published"] == "2020-10-06T16:07:00+07:00"
    assert flood["date_modified"] == "2020-10-06T16:07:00+07:00"
    assert flood["authors"] == [
        {"name": "Sari Wulandari", "url": f"{BASE}/penulis/sari-wulandari/"},
        {"name": "Bima Prakoso", "url": f"{BASE}/penulis/bima-prakoso/"},
    ]
    assert flood["tags"] == ["Banjir", "Jakarta"]
    assert flood["image"].startswith(f"{BASE}/media/images/")
    assert "image" not in items[1]


@pytest.mark.parametrize("name", ["rss.xml", "atom.xml", "feed.json"])
def test_drafts_and_withdrawn_stories_stay_out_of_every_feed(client, desk, name):
    for url in (f"/feed/{name}", f"/feed/kanal/news/{name}", f"/feed/tag/banjir/{name}"):
        body = client.get(url).content.decode()
        assert "Naskah belum terbit" not in body, url
        assert "Berita yang ditarik" not in body, url


def test_section_and_tag_feeds_hold_only_their_stories(client, desk):
    _, _, section = fetch_xml(client, "/feed/kanal/global/rss.xml")
    assert [e.title for e in section.entries] == ["Menlu bertemu mitra di Baku"]
    assert section.feed.title == "Global - Redaksi"
    assert section.feed.link == f"{BASE}/global/"

    _, _, tagged = fetch_xml(client, "/feed/tag/jakarta/atom.xml")
    assert [e.title for e in tagged.entries] == ["Banjir rendam Kampung Melayu & sekitarnya"]
    assert tagged.feed.title == "Tag: Jakarta - Redaksi"
    assert tagged.feed.link == f"{BASE}/tag/jakarta/"

    feed = json.loads(client.get("/feed/tag/diplomasi/feed.json").content)
    assert [item["title"] for item in feed["items"]] == ["Menlu bertemu mitra di Baku"]
    assert feed["feed_url"] == f"{BASE}/feed/tag/diplomasi/feed.json"


@pytest.mark.parametrize("name", ["rss.xml", "atom.xml", "feed.json"])
def test_unknown_section_or_tag_is_not_found(client, desk, name):
    assert client.get(f"/feed/kanal/olahraga/{name}").status_code == 404
    assert client.get(f"/feed/tag/tidak-ada/{name}").status_code == 404
    # A story's slug is not a section.
    assert client.get(f"/feed/kanal/{desk['flood'].slug}/{name}").status_code == 404


def test_private_section_is_left_out_of_the_site_feed_and_has_none_of_its_own(client, desk):
    PageViewRestriction.objects.create(
        page=desk["sections"]["global"], restriction_type="password", password="rahasia"
    )

    _, _, feed = fetch_xml(client, "/feed/rss.xml")
    assert [e.title for e in feed.entries] == ["Banjir rendam Kampung Melayu & sekitarnya"]
    assert client.get("/feed/kanal/global/rss.xml").status_code == 404
    assert json.loads(client.get("/feed/tag/diplomasi/feed.json").content)["items"] == []


def test_feed_length_follows_the_setting(client, desk, settings):
    settings.REDAKSI_FEED_ITEMS = 1
    _, _, feed = fetch_xml(client, "/feed/rss.xml")
    assert [e.title for e in feed.entries] == ["Banjir rendam Kampung Melayu & sekitarnya"]
    assert len(json.loads(client.get("/feed/feed.json").content)["items"]) == 1


def test_times_follow_the_site_time_zone(client, desk):
    identity = SiteIdentity.for_site(desk["home"].get_site())
    identity.time_zone = "Asia/Jayapura"
    identity.save()

    _, root, _ = fetch_xml(client, "/feed/rss.xml")
    assert root.findtext("channel/item/pubDate") == "Tue, 06 Oct 2020 18:07:00 +0900"
    item = json.loads(client.get("/feed/feed.json").content)["items"][0]
    assert item["date_published"] == "2020-10-06T18:07:00+09:00"


def test_feeds_say_what_they_show_for_cache_purges(client, desk):
    flood, summit = desk["flood"], desk["summit"]

    response = client.get("/feed/rss.xml")
    assert "public" in response["Cache-Control"] and "max-age=" in response["Cache-Control"]
    keys = surrogate_keys(response.wsgi_request)
    assert {LATEST, story_key(flood.pk), story_key(summit.pk)} <= keys

    keys = surrogate_keys(client.get("/feed/kanal/news/atom.xml").wsgi_request)
    assert section_key(desk["sections"]["news"].pk) in keys
    keys = surrogate_keys(client.get("/feed/tag/banjir/feed.json").wsgi_request)
    assert tag_key("banjir") in keys and story_key(summit.pk) not in keys


def test_story_links_inside_the_body_are_absolute(client, newsroom):
    from redaksi.newsroom.tests.fixtures import make_article, make_image

    news = newsroom["sections"]["news"]
    photo = make_image("pasar", caption="Pasar pagi", credit="Redaksi/Ayu")
    make_article(
        news,
        newsroom["authors"][:1],
        title="Pasar kembali ramai",
        pages=[
            (
                "",
                [
                    ("paragraph", '<p>Lihat <a href="/news/">kanal berita</a>.</p>'),
                    ("image", {"image": photo, "caption": "", "credit": ""}),
                    ("quote", {"text": "Pembeli kembali datang.", "attribution": "Pedagang"}),
                ],
            )
        ],
        publish_at=utc(2020, 10, 8),
    )
    content = json.loads(client.get("/feed/feed.json").content)["items"][0]["content_html"]
    assert f'<a href="{BASE}/news/">kanal berita</a>' in content
    assert f'<img src="{BASE}/media/images/' in content
    assert "<figcaption>Pasar pagi (Foto: Redaksi/Ayu)</figcaption>" in content
    assert "<blockquote><p>Pembeli kembali datang.</p>" in content
