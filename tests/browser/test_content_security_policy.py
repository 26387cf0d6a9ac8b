"""The Content-Security-Policy is one the pages really pass: no violation in Chromium."""

import pytest

pytestmark = pytest.mark.browser

A_STORY = (
    "from redaksi.newsroom.models import ArticlePage as A; "
    "s = A.objects.live().exclude(lead_video_url='').order_by('-first_published_at').first() "
    "or A.objects.live().first(); print(s.pk, s.url)"
)
# Every report of a blocked script, style, frame or image reaches the page as this event.
WATCH = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', e => window.__violations.push(
    e.violatedDirective + ' ' + e.blockedURI + ' ' + (e.sample || '')));
"""


def _visit(tab, url: str) -> list[str]:
    console = []
    tab.on("console", lambda message: console.append(message.text))
    response = tab.goto(url)
    assert response.status == 200, url
    assert response.headers.get("content-security-policy"), url
    tab.wait_for_load_state("networkidle")
    found = tab.evaluate("window.__violations")
    return found + [text for text in console if "Content Security Policy" in text]


@pytest.fixture
def tab(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    context.add_init_script(WATCH)
    yield context.new_page()
    context.close()


def test_reader_pages_run_without_a_csp_violation(tab, portal_url, redaksi_shell):
    pk, path = redaksi_shell(A_STORY).split(" ", 1)
    for url in (portal_url + "/", portal_url + path, portal_url + "/search?q=banjir"):
        assert _visit(tab, url) == [], url
    # The read beacon is the one inline script; it still ran under the policy.
    assert 'data-baca="/_baca/' in tab.goto(portal_url + path).text()


def test_the_admin_runs_without_a_csp_violation(tab, portal_url, redaksi_shell):
    pk, _path = redaksi_shell(A_STORY).split(" ", 1)
    assert _visit(tab, portal_url + "/admin/login/") == []
    tab.fill("input[name=username]", "editor")
    tab.fill("input[name=password]", "redaksi-demo")
    tab.click("button[type=submit]")
    tab.wait_for_url(f"{portal_url}/admin/")
    for url in (f"{portal_url}/admin/", f"{portal_url}/admin/pages/{pk}/edit/"):
        assert _visit(tab, url) == [], url
