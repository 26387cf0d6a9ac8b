"""sitemap.xml, its files, the Google News sitemap and robots.txt, read as a crawler would."""

import xml.etree.ElementTree as ET
from zoneinfo import ZoneInfo

import pytest
from wagtail.models import PageViewRestriction

from redaksi.core.models import SiteIdentity
from redaksi.core.surrogate import LATEST, surrogate_keys
from redaksi.newsroom.tests.fixtures import make_article, utc

from .conftest import update_story

pytestmark = pytest.mark.django_db

BASE = "http://testserver"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS = "{http://www.google.com/schemas/sitemap-news/0.9}"


def parse(client, url: str, root_tag: str):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{SM}{root_tag}"
    for loc in root.iter(f"{SM}loc"):
        assert loc.text.startswith(f"{BASE}/"), loc.text
    return root


def locations(root) -> list[str]:
    return [loc.text for loc in root.iter(f"{SM}loc")]


def story_url(article) -> str:
    return f"{BASE}/{article.get_parent().slug}/read/{article.pk}/{article.slug}"


def test_index_points_at_pages_news_and_each_month_of_stories(client, desk):
    root = parse(client, "/sitemap.xml", "sitemapindex")

    assert locations(root) == [
        f"{BASE}/sitemap-pages.xml",
        f"{BASE}/sitemap-news.xml",
        f"{BASE}/sitemap-stories-2020-10.xml",
    ]
    month = root.findall(f"{SM}sitemap")[2]
    assert month.findtext(f"{SM}lastmod") == "2020-10-06T16:07:00+07:00"
    assert surrogate_keys(client.get("/sitemap.xml").wsgi_request) == {LATEST}


def test_month_file_lists_live_stories_with_their_last_update(client, desk):
    update_story(desk["summit"], utc(2020, 10, 7, 1, 0))

    root = parse(client, "/sitemap-stories-2020-10.xml", "urlset")

    urls = {u.findtext(f"{SM}loc"): u.findtext(f"{SM}lastmod") for u in root.findall(f"{SM}url")}
    assert urls == {
        story_url(desk["summit"]): "2020-10-07T08:00:00+07:00",
        story_url(desk["flood"]): "2020-10-06T16:07:00+07:00",
    }


def test_months_follow_the_site_zone(client, newsroom):
    sari = newsroom["authors"][0]
    # 30 September 20:00 UTC is 1 October 03:00 in Jakarta.
    story = make_article(
        newsroom["sections"]["news"], [sari], title="Dini hari", publish_at=utc(2020, 9, 30, 20)
    )
    root = parse(client, "/sitemap.xml", "sitemapindex")
    assert f"{BASE}/sitemap-stories-2020-10.xml" in locations(root)
    assert f"{BASE}/sitemap-stories-2020-09.xml" not in locations(root)
    assert locations(parse(client, "/sitemap-stories-2020-10.xml", "urlset")) == [story_url(story)]
    assert client.get("/sitemap-stories-2020-09.xml").status_code == 404


def test_a_large_month_is_split_into_files(client, newsroom, settings):
    settings.REDAKSI_SITEMAP_STORIES_PER_FILE = 2
    news, sari = newsroom["sections"]["news"], newsroom["authors"][0]
    stories = [
        make_article(news, [sari], title=f"Berita ke-{n}", publish_at=utc(2021, 3, n + 1))
        for n in range(3)
    ]

    index = locations(parse(client, "/sitemap.xml", "sitemapindex"))
    assert f"{BASE}/sitemap-stories-2021-03.xml" in index
    assert f"{BASE}/sitemap-stories-2021-03.xml?p=2" in index
    first = locations(parse(client, "/sitemap-stories-2021-03.xml", "urlset"))
    second = locations(parse(client, "/sitemap-stories-2021-03.xml?p=2", "urlset"))
    assert first == [story_url(stories[0]), story_url(stories[1])]
    assert second == [story_url(stories[2])]
    for bad in ("?p=3", "?p=0", "?p=abc"):
        assert client.get(f"/sitemap-stories-2021-03.xml{bad}").status_code == 404
    assert client.get("/sitemap-stories-2021-13.xml").status_code == 404


def test_pages_file_lists_sections_and_authors_with_stories_only(client, desk):
    extra_author = (
        desk["authors"][0]
        .get_parent()
        .add_child(instance=type(desk["authors"][0])(title="Tanpa Berita", slug="tanpa-berita"))
    )
    PageViewRestriction.objects.create(
        page=desk["sections"]["global"], restriction_type="password", password="rahasia"
    )

    urls = locations(parse(client, "/sitemap-pages.xml", "urlset"))

    assert f"{BASE}/" in urls
    assert f"{BASE}/news/" in urls
    assert f"{BASE}/penulis/sari-wulandari/" in urls
    assert f"{BASE}{extra_author.url}" not in urls
    assert f"{BASE}/global/" not in urls
    assert not any("/read/" in url for url in urls)


def test_news_sitemap_lists_the_last_two_days_newest_first(client, recent):
    identity = SiteIdentity.for_site(recent["fresh"].get_site())
    identity.publisher_name = "Kabar & Warta"
    identity.save()

    response = client.get("/sitemap-news.xml")
    assert response.status_code == 200
    assert b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' in response.content
    root = ET.fromstring(response.content)
    urls = root.findall(f"{SM}url")
    assert [u.findtext(f"{SM}loc") for u in urls] == [
        story_url(recent["fresh"]),
        story_url(recent["yesterday"]),
    ]
    news = urls[0].find(f"{NEWS}news")
    assert news.findtext(f"{NEWS}publication/{NEWS}name") == "Kabar & Warta"
    assert news.findtext(f"{NEWS}publication/{NEWS}language") == "id"
    assert news.findtext(f"{NEWS}title") == "Harga cabai naik <lagi> & beras stabil"
    published = news.findtext(f"{NEWS}publication_date")
    assert published.endswith("+07:00")
    fresh = recent["fresh"]
    local = fresh.first_published_at.astimezone(ZoneInfo("Asia/Jakarta"))
    assert published == local.replace(microsecond=0).isoformat()


def test_news_sitemap_is_capped(client, recent, settings):
    settings.REDAKSI_NEWS_SITEMAP_ITEMS = 1
    root = ET.fromstring(client.get("/sitemap-news.xml").content)
    assert [u.findtext(f"{SM}loc") for u in root.findall(f"{SM}url")] == [
        story_url(recent["fresh"])
    ]


def test_news_sitemap_leaves_out_drafts_and_withdrawn_stories(client, recent):
    recent["yesterday"].unpublish()
    make_article(recent["fresh"].get_parent(), [], title="Naskah baru")
    root = ET.fromstring(client.get("/sitemap-news.xml").content)
    assert [u.findtext(f"{SM}loc") for u in root.findall(f"{SM}url")] == [
        story_url(recent["fresh"])
    ]


def test_robots_txt_keeps_crawlers_out_of_admin_search_and_beacons(client, newsroom):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    for path in ("/admin/", "/search", "/_baca/"):
        assert f"Disallow: {path}" in lines
    assert "Disallow: /" not in lines
    assert f"Sitemap: {BASE}/sitemap.xml" in lines
    assert f"Sitemap: {BASE}/sitemap-news.xml" in lines
