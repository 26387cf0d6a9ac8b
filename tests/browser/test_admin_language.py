"""An Indonesian newsroom's day in the admin, in Indonesian.

Walks the screens a reporter, editor or admin uses (log-in, dashboard, page explorer, a
story's editor with every tab, panel and block, the checks' messages, scheduling, workflow
with comments, revisions and compare, images, documents, admin search, the ingest inbox,
users and roles, account settings) and fails on any visible English line, as told by the
word list in english.py. Then the Cek Fakta desk (tips queue, a tip, a fact-check's editor,
the verdict list) as a fact-checker and a story's channel report as an editor. Screenshots of
the editor, the workflow, the tips queue and the channel report go to REDAKSI_SCREENSHOTS
(docs/ keeps a copy).
"""

import re

import pytest

from .english import english_lines, english_words

PASSWORD = "redaksi-demo"
WIB_DATE = re.compile(
    r"\b\d{2} (Jan|Feb|Mar|Apr|Mei|Jun|Jul|Agu|Sep|Okt|Nov|Des) \d{4}, \d{2}:\d{2} WIB\b"
)
VISIBLE_TEXT = """() => {
    const parts = [document.title, document.body.innerText];
    for (const el of document.querySelectorAll('[placeholder], [title]')) {
        if (el.offsetParent === null) continue;
        parts.push(el.getAttribute('placeholder') || '', el.getAttribute('title') || '');
    }
    return parts.join('\\n');
}"""
# A draft of our own, so that submitting, requesting changes and saving touch no story
# another browser test reads.
NEW_DRAFT = (
    "from django.contrib.auth import get_user_model; "
    "from redaksi.newsroom.models import ArticlePage as A; "
    "src = A.objects.live().order_by('pk')[1]; "
    "copy = src.copy(update_attrs={'slug': 'uji-bahasa-ruang-redaksi'}, keep_live=False, "
    "user=get_user_model().objects.get(username='editor')); "
    "print(copy.pk, copy.get_parent().pk)"
)
LONG_LEDE = (
    "from redaksi.newsroom.models import ArticlePage as A; "
    "d = A.objects.get(pk={pk}).get_latest_revision_as_object(); "
    "d.lede = 'Ringkasan yang terlalu panjang untuk pratinjau obrolan. ' * 5; "
    "d.save_revision(); print('ok')"
)
FIRST_IMAGE = (
    "from wagtail.images import get_image_model; print(get_image_model().objects.first().pk)"
)
ROLE_IDS = (
    "from django.contrib.auth.models import Group; from django.contrib.auth import get_user_model; "
    "print(Group.objects.get(name='Editor').pk, get_user_model().objects.get(username='editor').pk)"
)
# Readers' questions nobody answered yet: two readers ask one claim, a third another.
TIPS = """
from django.utils import timezone
from redaksi.chat.api import IncomingMessage
from redaksi.factcheck.models import FactCheckPage, Tip
from redaksi.factcheck.tips import add_to_tip, record_question
asked = [
    ('6281200000101', 'Benarkah air kelapa campur garam menyembuhkan demam berdarah?'),
    ('6281200000102', 'air kelapa campur garam obat demam berdarah, benar?'),
    ('6281200000103', 'Katanya jembatan layang di Cikarang ambruk tadi pagi'),
]
for n, (sender, text) in enumerate(asked):
    add_to_tip(record_question(IncomingMessage(
        platform='whatsapp', sender=sender, sender_name='Pembaca', text=text,
        message_id=f'uji-bahasa-{n}', button_payload=None, received_at=timezone.now()), []))
tip = Tip.objects.order_by('-asker_count', '-last_asked_at').first()
print(tip.pk, FactCheckPage.objects.live().order_by('pk').first().pk)
"""
# A live story that went out to a follower by e-mail, and failed (no mail server here).
DELIVERIES = """
from redaksi.channels.models import Follower
from redaksi.channels import api
from redaksi.newsroom.models import ArticlePage
Follower.objects.get_or_create(channel='email', address='pembaca-uji@example.org',
                               defaults={'name': 'Pembaca uji'})
story = ArticlePage.objects.live().order_by('-pk').first()
api.send_story(story.pk)
print(story.pk)
"""
pytestmark = pytest.mark.browser


def test_the_english_detector_tells_english_from_indonesian():
    assert english_words("Sort by") == ["Sort"]
    assert english_lines("60 Pages created in Redaksi\nUrutkan menurut") == [
        "60 Pages created in Redaksi"
    ]
    for indonesian in ("Simpan naskah", "Status", "Menu utama", "Tag judul", "Slug", "Video"):
        assert english_words(indonesian) == [], indonesian


class Walk:
    """One tab, logged in as one account, collecting the English it meets screen by screen."""

    def __init__(self, browser, portal_url: str, username: str | None):
        self.context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="id-ID")
        self.tab = self.context.new_page()
        self.base = portal_url
        self.english: dict[str, list[str]] = {}
        if username:
            self.tab.goto(f"{portal_url}/admin/login/")
            self.tab.fill("input[name=username]", username)
            self.tab.fill("input[name=password]", PASSWORD)
            self.tab.click("button[type=submit]")
            self.tab.wait_for_url(f"{portal_url}/admin/")

    def open(self, path: str) -> None:
        self.tab.goto(self.base + path)
        self.tab.wait_for_load_state("networkidle")
        self.look(path)

    def look(self, where: str) -> str:
        text = self.tab.evaluate(VISIBLE_TEXT)
        lines = english_lines(text)
        if lines:
            self.english[where] = sorted(set(lines))
        return text

    def click(self, name: str, where: str) -> None:
        self.tab.get_by_role("button", name=name).first.click()
        self.tab.wait_for_timeout(500)
        self.look(where)

    def close(self) -> None:
        self.context.close()


def _action_menu(walk: Walk) -> None:
    walk.tab.locator("footer [data-w-dropdown-target=toggle]").first.click()
    walk.tab.wait_for_timeout(300)


def test_an_editors_day_in_the_admin_is_indonesian(
    browser, portal_url, redaksi_shell, screenshot_dir
):
    draft, section = redaksi_shell(NEW_DRAFT).split()
    image = redaksi_shell(FIRST_IMAGE)
    group, editor_id = redaksi_shell(ROLE_IDS).split()
    english: dict[str, list[str]] = {}

    guest = Walk(browser, portal_url, None)
    guest.open("/admin/login/")
    guest.open("/admin/password_reset/")
    english.update(guest.english)
    guest.close()

    walk = Walk(browser, portal_url, "editor")
    tab = walk.tab
    for path in ("/admin/", "/admin/pages/", f"/admin/pages/{section}/"):
        walk.open(path)
    for submenu in ("Laporan", "Bantuan"):
        tab.locator("nav[aria-label] button", has_text=submenu).first.click()
        tab.wait_for_timeout(300)
        walk.look(f"menu {submenu}")
        tab.keyboard.press("Escape")

    walk.open(f"/admin/pages/{draft}/edit/")
    for tab_button in tab.locator("[role=tab]").all():
        if tab_button.is_visible():
            tab_button.click()
            walk.look(f"editor, tab {tab_button.inner_text().strip()}")
    tab.locator("[role=tab]").first.click()
    for toggle in tab.locator("[data-side-panel-toggle]").all():
        toggle.click()
        tab.wait_for_timeout(500)
        walk.look(f"editor, side panel {toggle.get_attribute('data-side-panel-toggle')}")
    # The first insert button adds a page straight away; the next, inside the first page,
    # opens the picker of our blocks (closed again without choosing).
    tab.get_by_role("button", name="Sisipkan blok").nth(1).click()
    tab.wait_for_timeout(500)
    walk.look("editor, block picker")
    tab.keyboard.press("Escape")
    _action_menu(walk)
    walk.look("editor, action menu")
    tab.keyboard.press("Escape")

    # Scheduling: every time picked shows the zone it is read in.
    tab.locator("[data-side-panel-toggle=status]").click()
    walk.click("Atur jadwal", "schedule dialog")
    dialog = tab.locator("#schedule-publishing-dialog")
    assert dialog.locator(".redaksi-zone").all_inner_texts() == ["WIB", "WIB"]
    tab.keyboard.press("Escape")

    # The newsroom checks speak when a story with a finding is opened.
    redaksi_shell(LONG_LEDE.format(pk=draft))
    walk.open(f"/admin/pages/{draft}/edit/")
    assert "Pemeriksaan redaksi" in walk.look("editor, checks' messages")
    tab.screenshot(path=str(screenshot_dir / "admin-editor.png"))

    # Workflow: submit, then request changes with a comment.
    _action_menu(walk)
    with tab.expect_navigation():
        tab.get_by_role("button", name=re.compile("^Ajukan ke ")).first.click()
    tab.wait_for_load_state("networkidle")
    walk.look("editor, submitted for review")
    walk.open("/admin/")
    walk.open(f"/admin/pages/{draft}/edit/")
    _action_menu(walk)
    walk.look("editor, reviewer's action menu")
    tab.get_by_role("button", name="Minta perubahan").first.click()
    comment = tab.locator("textarea[name=comment]")
    comment.wait_for(state="visible")
    walk.look("request changes dialog")
    comment.fill("Judulnya terlalu panjang; tolong diringkas.")
    with tab.expect_navigation():
        tab.get_by_role("button", name="Minta perubahan").last.click()
    tab.wait_for_load_state("networkidle")
    walk.look("editor, changes requested")
    walk.open(f"/admin/pages/{draft}/workflow_history/")
    history = tab.locator("main a[href*='workflow_history/detail']")
    if history.count():
        history.first.click()
        tab.wait_for_load_state("networkidle")
        walk.look("workflow history detail")
    tab.screenshot(path=str(screenshot_dir / "admin-workflow.png"))
    timeline = tab.get_by_role("tab", name="Lini masa")
    if timeline.count():
        timeline.click()
        walk.look("workflow history, timeline")

    walk.open(f"/admin/pages/{draft}/history/")
    assert WIB_DATE.search(tab.content()), "history dates are not '06 Okt 2020, 16:07 WIB'"
    walk.open(f"/admin/pages/{draft}/revisions/compare/earliest...latest/")
    for path in (
        "/admin/images/",
        f"/admin/images/{image}/",
        "/admin/images/multiple/add/",
        "/admin/documents/",
        "/admin/documents/multiple/add/",
        "/admin/pages/search/?q=banjir",
        "/admin/ingest/inbox/",
        "/admin/ingest_feeds/",
        "/admin/reports/locked/",
        "/admin/reports/site-history/",
        "/admin/account/",
    ):
        walk.open(path)
    english.update(walk.english)
    walk.close()

    # The Cek Fakta desk: the tips queue, one tip, a fact-check's editor.
    tip, fact_check = redaksi_shell(TIPS).split()
    checker = Walk(browser, portal_url, "pemeriksa")
    checker.open("/admin/cek-fakta/aduan/")
    assert "air kelapa" in checker.tab.inner_text("main")
    checker.tab.screenshot(path=str(screenshot_dir / "admin-tips-queue.png"))
    checker.open(f"/admin/cek-fakta/aduan/{tip}/")
    checker.open(f"/admin/pages/{fact_check}/edit/")
    for tab_button in checker.tab.locator("[role=tab]").all():
        if tab_button.is_visible():
            tab_button.click()
            checker.look(f"fact-check editor, tab {tab_button.inner_text().strip()}")
    checker.open("/admin/snippets/factcheck/verdict/")
    english.update(checker.english)
    checker.close()

    # The channels desk: what one story's sending did, as the editor who may resend sees it.
    story = redaksi_shell(DELIVERIES)
    editor = Walk(browser, portal_url, "editor")
    editor.open(f"/admin/channel/berita/{story}/")
    editor.tab.get_by_role("button", name=re.compile("^Kirim")).first.click()
    editor.tab.wait_for_load_state("networkidle")
    editor.look("channels report after resending")
    editor.tab.screenshot(path=str(screenshot_dir / "admin-channels-report.png"))
    english.update(editor.english)
    editor.close()

    admin = Walk(browser, portal_url, "redaksi")
    for path in (
        "/admin/users/",
        "/admin/users/add/",
        f"/admin/users/{editor_id}/",
        "/admin/groups/",
        f"/admin/groups/{group}/",
        "/admin/workflows/list/",
        "/admin/workflows/tasks/index/",
        "/admin/reports/workflow/",
    ):
        admin.open(path)
    english.update(admin.english)
    admin.close()

    assert english == {}, english


def test_each_editor_can_switch_the_admin_to_english(browser, portal_url):
    walk = Walk(browser, portal_url, "pemeriksa")
    tab = walk.tab
    try:
        for language, dashboard in (("en", "Dashboard"), ("", "Dasbor")):
            tab.goto(f"{portal_url}/admin/account/")
            tab.select_option("select[name=locale-preferred_language]", language)
            tab.locator("main button[type=submit]").last.click()
            tab.wait_for_load_state("networkidle")
            tab.goto(f"{portal_url}/admin/")
            assert tab.title().startswith(dashboard)
    finally:
        walk.close()
