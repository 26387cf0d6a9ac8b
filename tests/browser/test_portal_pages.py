"""Readers browse the demo portal's pages in Chromium, on desktop and phone widths."""

import re
from urllib.parse import urlsplit

import pytest

pytestmark = pytest.mark.browser

STORY_LINK = re.compile(r"^/[\w-]+/read/\d+/[\w-]+$")
FIND_ARTICLE = (
    "from redaksi.newsroom.models import ArticlePage as A; "
    "s = A.objects.live().exclude(tags=None).exclude(lead_image=None).filter(has_video=False)"
    ".order_by('-first_published_at').first(); print(s.url)"
)


def _fits_the_screen(page) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")


def _story_links(locator) -> list[str]:
    return [urlsplit(href).path for href in locator.evaluate_all("as => as.map(a => a.href)")]


def test_home_shows_lead_headlines_latest_videos_and_sections(page, portal_url, screenshot_dir):
    response = page.goto(portal_url + "/")
    assert response.status == 200
    lead = page.locator(".home-lead .teaser--large")
    assert lead.locator(".teaser__headline a").is_visible()
    assert lead.locator(".teaser__lede").inner_text().strip()
    # The demo's editor pinned the weather warning as the lead story.
    assert "cuaca" in lead.locator(".teaser__headline").inner_text().lower()

    latest = page.locator("section.home-latest")
    assert latest.locator("h2").inner_text() in {"Berita Terkini", "Latest News"}
    assert latest.locator("article.teaser").count() >= 5
    assert latest.locator("a[href='/terkini/']").count() == 1

    videos = page.locator("section.video-block")
    assert videos.count() >= 1
    for link in _story_links(videos.locator(".teaser__headline a")):
        assert STORY_LINK.match(link)
    assert videos.first.locator(".teaser__badge").count() >= 1

    sections = page.locator("section.home-section h2 a")
    assert sections.count() >= 4

    shown = _story_links(page.locator("main .teaser__headline a"))
    assert shown and len(shown) == len(set(shown)), "a story appears twice on the home page"
    assert _fits_the_screen(page)
    page.screenshot(path=str(screenshot_dir / f"home-{page.viewport_size['width']}.png"))


def test_home_images_are_responsive_and_lazy_below_the_fold(page, portal_url):
    page.goto(portal_url + "/")
    lead_image = page.locator(".home-lead picture img")
    assert lead_image.get_attribute("fetchpriority") == "high"
    assert lead_image.get_attribute("loading") != "lazy"
    assert page.locator(".home-lead picture source[type='image/webp']").count() == 1
    images = page.locator("main picture img")
    assert images.count() > 3
    for index in range(images.count()):
        image = images.nth(index)
        assert image.get_attribute("width") and image.get_attribute("height")
        assert image.get_attribute("srcset")
    lazy = page.locator("main picture img[loading='lazy']")
    assert lazy.count() == images.count() - 1
    assert lead_image.evaluate("img => img.complete && img.naturalWidth > 0")


def test_phone_menu_reaches_every_section_without_script(page, portal_url):
    page.goto(portal_url + "/")
    links = page.locator(".site-nav a")
    assert links.count() >= 6
    last = links.last
    last.scroll_into_view_if_needed()
    assert last.is_visible()
    last.click()
    assert page.url.endswith("/video/")
    assert _fits_the_screen(page)


def test_latest_lists_stories_and_filters_by_section(page, portal_url, screenshot_dir):
    page.goto(portal_url + "/terkini/")
    stories = page.locator("main .listing .teaser")
    assert stories.count() == 20
    times = page.locator("main .listing time").evaluate_all(
        "ts => ts.map(t => t.getAttribute('datetime'))"
    )
    assert times == sorted(times, reverse=True)
    assert page.locator(".pagination a[rel=next]").count() == 1

    page.select_option("select#kanal", "bisnis")
    page.locator(".listing-filter button").click()
    page.wait_for_url(re.compile(r"kanal=bisnis"))
    links = _story_links(page.locator("main .listing .teaser__headline a"))
    assert links and all(link.startswith("/bisnis/read/") for link in links)
    assert page.locator("h1").inner_text().endswith("Bisnis")
    assert _fits_the_screen(page)
    page.screenshot(path=str(screenshot_dir / f"terkini-{page.viewport_size['width']}.png"))


def test_latest_next_page_keeps_going(page, portal_url):
    page.goto(portal_url + "/terkini/")
    first = _story_links(page.locator("main .listing .teaser__headline a"))
    page.locator(".pagination a[rel=next]").click()
    page.wait_for_url(re.compile(r"page=2"))
    second = _story_links(page.locator("main .listing .teaser__headline a"))
    assert second and not set(first) & set(second)


def test_index_walks_back_day_by_day(page, portal_url):
    page.goto(portal_url + "/indeks/")
    assert re.search(r"/indeks/\d{4}/\d{2}/\d{2}/$", page.url)
    assert page.locator(".day-nav a[rel=next]").count() == 0  # nothing after today
    found = 0
    for _day in range(4):
        page.locator(".day-nav a[rel=prev]").click()
        page.wait_for_load_state()
        found += page.locator("main .listing .teaser").count()
    assert found > 0
    assert page.locator(".day-nav a[rel=next]").count() == 1


def test_video_pages_list_video_stories(page, portal_url, screenshot_dir):
    page.goto(portal_url + "/video/")
    videos = page.locator("main .video-grid .teaser")
    assert videos.count() >= 3
    assert page.locator("main .video-grid .teaser__badge").count() == videos.count()
    assert _fits_the_screen(page)
    page.screenshot(path=str(screenshot_dir / f"video-{page.viewport_size['width']}.png"))

    page.locator("nav.tabs a").first.click()
    page.wait_for_url(re.compile(r"/video/pilihan/$"))
    picks = page.locator("main .video-grid .teaser__headline")
    # The demo editor's first pick leads Video Pilihan.
    assert "sintel" in picks.first.inner_text().lower()
    story = page.goto(portal_url + picks.first.locator("a").get_attribute("href"))
    assert story.status == 200
    assert page.locator(".video-player").count() >= 1


def test_article_has_related_stories_and_stays_small(page, portal_url, redaksi_shell):
    path = redaksi_shell(FIND_ARTICLE)
    sizes: dict[str, int] = {}

    def count(response) -> None:
        if response.request.resource_type != "image":
            try:
                sizes[response.url] = len(response.body())
            except Exception:  # a redirect or aborted request has no body
                sizes[response.url] = 0

    page.on("response", count)
    page.goto(portal_url + path, wait_until="networkidle")
    page.remove_listener("response", count)
    assert sum(sizes.values()) <= 100_000, sizes
    # No third-party code or fonts: every non-image request stays on the portal.
    assert all(url.startswith(portal_url) for url in sizes), sizes

    related = page.locator("section.related-stories .teaser__headline a")
    assert related.count() >= 1
    links = _story_links(related)
    assert path not in links and all(STORY_LINK.match(link) for link in links)
    assert page.locator(".story-more a[href='/terkini/']").count() == 1


def test_article_prints_without_the_site_chrome(desktop_page, portal_url, redaksi_shell):
    path = redaksi_shell(FIND_ARTICLE)
    desktop_page.goto(portal_url + path)
    desktop_page.emulate_media(media="print")
    for chrome in (".site-header", ".site-footer", ".story-more", ".breadcrumb"):
        assert not desktop_page.locator(chrome).first.is_visible(), chrome
    assert desktop_page.locator("h1.story-headline").is_visible()
    assert desktop_page.locator(".story-body").is_visible()
    pdf = desktop_page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")
