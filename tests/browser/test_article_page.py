"""A reader opens a demo story in Chromium and finds every part of a news article."""

import json
import re

import pytest

pytestmark = pytest.mark.browser

MONTHS = "Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Des"
INDONESIAN_TIME = re.compile(rf"^\d{{2}} ({MONTHS}) \d{{4}}, \d{{2}}:\d{{2}} (WIB|WITA|WIT)$")
ISO_WITH_OFFSET = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$")

FIND_MULTI_PAGE_STORY = (
    "from redaksi.newsroom.models import ArticlePage as A; "
    "s = next(a for a in A.objects.live().exclude(dateline='').exclude(lead_image=None)"
    ".order_by('-first_published_at') if len(a.body) >= 2); print(s.url)"
)


@pytest.fixture(scope="module")
def story_path(redaksi_shell) -> str:
    return redaksi_shell(FIND_MULTI_PAGE_STORY)


def test_reader_finds_the_whole_anatomy_of_a_story(page, portal_url, story_path, screenshot_dir):
    response = page.goto(portal_url + story_path)
    assert response.status == 200
    assert re.fullmatch(r"/[\w-]+/read/\d+/[\w-]+", story_path)
    assert page.locator("html").get_attribute("lang") == "id"

    headline = page.locator("h1.story-headline")
    assert headline.inner_text().strip()
    assert page.locator(".story-lede").inner_text().strip()

    byline = page.locator(".story-byline")
    assert byline.inner_text().startswith("oleh ")
    author_links = byline.locator("a[rel=author]")
    assert author_links.count() >= 1

    published = page.locator(".story-published time")
    assert page.locator(".story-published").inner_text().startswith("Diterbitkan ")
    assert INDONESIAN_TIME.match(published.inner_text())
    assert ISO_WITH_OFFSET.match(published.get_attribute("datetime"))

    lead = page.locator("figure.story-lead, figure.video-player").first
    assert lead.is_visible()
    assert lead.locator("figcaption .caption").count() == 1
    assert re.match(r"^\(Foto: .+\)$", lead.locator("figcaption .credit").inner_text())
    if page.locator("figure.story-lead img").count():
        image = page.locator("figure.story-lead img")
        assert image.get_attribute("alt")
        assert image.evaluate("img => img.complete && img.naturalWidth > 0")

    opening = page.locator(".story-body .story-dateline").first
    assert re.fullmatch(r"\S.*, .+ -\s*", opening.inner_text()), opening.inner_text()
    assert page.locator(".story-page-status").inner_text().startswith("Halaman 1 dari ")
    breadcrumb = page.locator("nav.breadcrumb a")
    assert breadcrumb.first.inner_text() == "Beranda" and breadcrumb.count() == 2
    page.screenshot(path=str(screenshot_dir / f"article-{page.viewport_size['width']}.png"))

    data = json.loads(page.locator('script[type="application/ld+json"]').text_content())
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == headline.inner_text().strip()
    assert ISO_WITH_OFFSET.match(data["datePublished"])
    assert ISO_WITH_OFFSET.match(data["dateModified"])
    assert [person["@type"] for person in data["author"]] == ["Person"] * author_links.count()
    assert all(person["url"].startswith("http") for person in data["author"])
    assert data["publisher"]["name"] and data["articleSection"] == breadcrumb.nth(1).inner_text()
    assert isinstance(data["keywords"], list) and data["image"]
    assert (
        page.locator('meta[property="article:published_time"]').get_attribute("content")
        == (data["datePublished"])
    )
    assert page.locator('link[rel="canonical"]').get_attribute("href").endswith(story_path)

    tags = page.locator(".story-tags a[rel=tag]")
    assert tags.count() == len(data["keywords"]) >= 1

    # "Lanjutkan Membaca" leads to page 2, whose title is a subheading.
    continue_link = page.locator("a.continue-reading")
    next_title = continue_link.locator(".continue-reading__title").inner_text()
    continue_link.click()
    page.wait_for_url(re.compile(r"\?page=2$"))
    assert page.locator(".story-page-status").inner_text().startswith("Halaman 2 dari ")
    if next_title:
        assert page.locator("h2.story-page-title").first.inner_text() == next_title
    assert page.locator(".story-body .story-dateline").count() == 0

    page.locator("a.story-single").click()
    page.wait_for_url(re.compile(r"\?single=1$"))
    assert page.locator(".story-body section.story-page").count() >= 2
    assert page.locator("a.continue-reading").count() == 0


def test_author_link_leads_to_the_author_page(page, portal_url, story_path):
    page.goto(portal_url + story_path)
    author = page.locator(".story-byline a[rel=author]").first
    name = author.inner_text()
    author.click()
    assert page.locator("h1").inner_text() == name
    assert page.locator(".listing .teaser").count() >= 1


def test_unknown_story_gets_an_indonesian_not_found_page(page, portal_url):
    response = page.goto(portal_url + "/news/read/987654321/tidak-ada")
    assert response.status == 404
    assert page.locator("h1").inner_text() == "Halaman tidak ditemukan"


def test_home_lists_the_latest_stories(page, portal_url, screenshot_dir):
    page.goto(portal_url + "/")
    assert page.locator("#berita-terkini").inner_text() == "Berita Terkini"
    assert page.locator(".home-latest .teaser").count() >= 5
    assert page.locator(".site-nav a").count() >= 5
    page.screenshot(path=str(screenshot_dir / f"home-{page.viewport_size['width']}.png"))
