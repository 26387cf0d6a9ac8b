"""Readers' visits lift a story to the top of Populer, on desktop and phone widths.

Each reader is a fresh browser context (its own cookies) with an ordinary
browser's User-Agent: Chromium's own "HeadlessChrome" is a crawler to the
counter, which the test's own page also shows.
"""

import json
import time

import pytest

pytestmark = pytest.mark.browser

READER_UA = (
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/{version}.0.0.0 Safari/537.36"
)
# Populer pages are kept in the full-page cache for a minute (REDAKSI_CACHE_MOST_READ_SECONDS);
# a query parameter the cache does not know sends the request to the app, showing the ranking
# as it stands now.
FRESH = "?lihat={}"
LIVE_STORIES = (
    "import json; from redaksi.newsroom.models import ArticlePage as A; "
    "print(json.dumps([[a.pk, a.title, a.url] for a in "
    "A.objects.live().order_by('first_published_at', 'pk')]))"
)


def ranking(page, item: str = ".most-read-ranking__item") -> list[tuple[int, int]]:
    """(story id, reads) in the order the page lists them."""
    items = page.locator(item)
    return [
        (
            int(items.nth(i).get_attribute("data-story")),
            int(items.nth(i).get_attribute("data-reads")),
        )
        for i in range(items.count())
    ]


def read_as_new_visitor(browser, viewport, url: str, beacon_path: str, version: int) -> None:
    # Each reader comes from an address of their own, as behind our proxy (loopback is trusted):
    # one address may add only REDAKSI_MOST_READ_ADDRESS_BUDGET readers of a story an hour.
    context = browser.new_context(
        viewport=viewport,
        locale="id-ID",
        user_agent=READER_UA.format(version=version),
        extra_http_headers={"X-Forwarded-For": f"198.51.{version // 250}.{version % 250 + 1}"},
    )
    try:
        tab = context.new_page()
        with tab.expect_response(lambda r: r.url.endswith(beacon_path)) as beacon:
            tab.goto(url)
        assert beacon.value.status == 204
        cookies = {c["name"]: c for c in context.cookies()}
        assert cookies["rdk_pembaca"]["httpOnly"], "the visitor cookie is HttpOnly"
        # The same reader again within the hour: the page still counts nothing more.
        with tab.expect_response(lambda r: r.url.endswith(beacon_path)) as again:
            tab.reload()
        assert again.value.status == 204
    finally:
        context.close()


def test_reads_lift_a_story_to_the_top_of_populer(
    page, browser, portal_url, redaksi_shell, screenshot_dir
):
    stories = json.loads(redaksi_shell(LIVE_STORIES))
    assert page.goto(portal_url + "/populer/" + FRESH.format("sebelum")).status == 200
    before = ranking(page)
    top_story, top_reads = before[0] if before else (None, 0)
    # The oldest story that is not at the top yet (each viewport's run picks its own).
    pk, title, path = next(story for story in stories if story[0] != top_story)
    own_reads = dict(before).get(pk, 0)
    readers = top_reads - own_reads + 1
    hour = time.gmtime().tm_hour

    for number in range(readers):
        read_as_new_visitor(
            browser, page.viewport_size, portal_url + path, f"/_baca/{pk}", 100 + number
        )
    # The test's own headless browser is a crawler: its visit does not count.
    page.goto(portal_url + path)
    assert page.locator(".story-headline").inner_text().strip() == title

    page.goto(portal_url + "/populer/" + FRESH.format("sesudah"))
    after = ranking(page)
    assert after[0][0] == pk, after
    expected = own_reads + readers
    if time.gmtime().tm_hour == hour:  # across an hour a reload is a new read, by design
        assert after[0][1] == expected
    else:
        assert after[0][1] >= expected
    page.screenshot(path=str(screenshot_dir / f"populer-{page.viewport_size['width']}.png"))

    week = page.goto(portal_url + "/populer/" + FRESH.format("minggu") + "&rentang=7d")
    assert week.status == 200 and ranking(page)[0][0] == pk

    page.goto(portal_url + "/" + FRESH.format("beranda"))
    box = page.locator(".most-read").first
    assert box.is_visible()
    assert ranking(page, ".most-read .most-read__item")[0] == after[0]
    assert box.locator(".most-read__item").first.inner_text().strip() == title
    box.locator(".most-read__item a").first.click()
    page.wait_for_url(portal_url + path)
