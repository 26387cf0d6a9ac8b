"""axe-core finds no serious or critical problem on the pages readers use most.

Runs on desktop and phone widths (the ``page`` fixture), against the demo
portal, with the axe build that axe-playwright-python ships (no download).
"""

from pathlib import Path

import axe_playwright_python
import pytest

pytestmark = pytest.mark.browser

AXE = Path(axe_playwright_python.__file__).with_name("axe.min.js")
PAGES = {
    "home": "/",
    "latest": "/terkini/",
    "latest-filtered": "/terkini/?kanal=news",
    "index": "/indeks/",
    "videos": "/video/",
    "featured-videos": "/video/pilihan/",
    "section": "/news/",
    "authors": "/penulis/",
}
FIND_STORY_AND_TAG = (
    "from redaksi.newsroom.models import ArticlePage as A; "
    "s = A.objects.live().exclude(tags=None).filter(has_video=False)"
    ".order_by('-first_published_at').first(); "
    "print(s.url, s.tags.first().slug, s.authors[0].url)"
)


@pytest.fixture(scope="module")
def story_paths(redaksi_shell) -> dict[str, str]:
    story, tag, author = redaksi_shell(FIND_STORY_AND_TAG).split()
    return {"article": story, "tag": f"/tag/{tag}/", "author": author}


def _serious_violations(page) -> list[str]:
    # Through DevTools, not a <script> tag: the portal's Content-Security-Policy rightly
    # refuses a script it does not know.
    page.evaluate(AXE.read_text())
    results = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} at "
        + ", ".join(str(node["target"]) for node in violation["nodes"][:3])
        for violation in results["violations"]
        if violation["impact"] in {"serious", "critical"}
    ]


@pytest.mark.parametrize("name", [*PAGES, "article", "tag", "author"])
def test_no_serious_accessibility_problems(page, portal_url, story_paths, name):
    path = PAGES.get(name) or story_paths[name]
    response = page.goto(portal_url + path)
    assert response.status == 200
    assert _serious_violations(page) == []


def test_every_page_has_the_landmarks_and_one_main_heading(page, portal_url, story_paths):
    for path in [*PAGES.values(), *story_paths.values()]:
        page.goto(portal_url + path)
        for landmark in ("header", "nav", "main", "footer"):
            assert page.locator(landmark).count() >= 1, (path, landmark)
        assert page.locator("h1").count() == 1, path
        assert page.locator("img:not([alt])").count() == 0, path


def test_keyboard_users_can_skip_to_the_content(page, portal_url):
    page.goto(portal_url + "/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("link => link === document.activeElement")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "konten"
    # The next Tab lands on a link inside the main content, not back in the header.
    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('main')")


def test_focus_is_visible(page, portal_url):
    page.goto(portal_url + "/")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    outline = page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, parseFloat(s.outlineWidth)]; })()"
    )
    assert outline[0] != "none" and outline[1] >= 2
