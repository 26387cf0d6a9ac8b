"""A reader searches the demo portal from the header box, on desktop and phone."""

import re

import pytest

pytestmark = pytest.mark.browser

# The demo's Kenya story says "tanam pohon" and "tanaman"; the reader types another form.
QUERY = "penanaman pohon"
HEADLINE = "Petani di Kenya tanam pohon di lahan kering untuk lawan erosi"


def test_a_stemmed_query_in_the_header_finds_its_story(page, portal_url, screenshot_dir):
    page.goto(portal_url + "/")
    box = page.get_by_role("search").locator("input[name=q]")
    assert box.is_visible()
    viewport = page.viewport_size
    bounds = box.bounding_box()
    assert bounds["x"] >= 0 and bounds["x"] + bounds["width"] <= viewport["width"]
    label_for = page.locator("label[for=site-search-q]")
    assert label_for.count() == 1 and label_for.inner_text().strip()

    box.fill(QUERY)
    box.press("Enter")
    page.wait_for_url(re.compile(r"/search\?q=penanaman\+pohon"))

    result = page.locator(".search-result", has=page.get_by_role("link", name=HEADLINE))
    assert result.count() == 1
    assert result.is_visible()
    marked = [text.lower() for text in result.locator("mark").all_inner_texts()]
    assert "tanam" in marked and "pohon" in marked
    assert page.locator("h1").inner_text().endswith(f"“{QUERY}”")
    page.screenshot(path=str(screenshot_dir / f"search-{viewport['width']}.png"), full_page=True)

    result.get_by_role("link", name=HEADLINE).click()
    assert page.locator("h1.story-headline").inner_text().strip() == HEADLINE


def test_a_bad_date_filter_is_explained_on_the_page(desktop_page, portal_url):
    response = desktop_page.goto(portal_url + "/search?q=banjir&dari=17-08-2024")

    assert response.status == 400
    alert = desktop_page.get_by_role("alert")
    assert alert.is_visible()
    assert "YYYY-MM-DD" in alert.inner_text()
