"""Two editors open the same story; the second cannot overwrite the first without knowing."""

import pytest

pytestmark = pytest.mark.browser

LATEST_LEDE = (
    "from redaksi.newsroom.models import ArticlePage as A; "
    "print(A.objects.get(pk={pk}).get_latest_revision_as_object().lede)"
)
OLDEST_STORY = (
    "from redaksi.newsroom.models import ArticlePage as A; "
    "print(A.objects.live().order_by('pk').first().pk)"
)
SAVE_DRAFT = "Simpan naskah"
CONFLICT = "sudah disimpan oleh"


def _editor_tab(browser, portal_url: str, username: str):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, locale="id-ID")
    tab = context.new_page()
    tab.goto(f"{portal_url}/admin/login/")
    tab.fill("input[name=username]", username)
    tab.fill("input[name=password]", "redaksi-demo")
    tab.click("button[type=submit]")
    tab.wait_for_url(f"{portal_url}/admin/")
    return tab


def test_second_editor_is_warned_and_keeps_their_text(browser, portal_url, redaksi_shell):
    pk = redaksi_shell(OLDEST_STORY)
    first = _editor_tab(browser, portal_url, "editor")
    second = _editor_tab(browser, portal_url, "redaksi")
    for tab in (first, second):
        tab.goto(f"{portal_url}/admin/pages/{pk}/edit/")

    first.fill("#id_lede", "Versi dari editor pertama.")
    first.get_by_role("button", name=SAVE_DRAFT).first.click()
    first.wait_for_load_state()
    assert redaksi_shell(LATEST_LEDE.format(pk=pk)) == "Versi dari editor pertama."

    second.fill("#id_lede", "Versi dari editor kedua.")
    dialog = second.locator("#w-save-confirmation-dialog")
    warning = second.get_by_text(CONFLICT)
    second.get_by_role("button", name=SAVE_DRAFT).first.click()
    dialog.or_(warning).first.wait_for(state="visible")

    if dialog.is_visible():
        # Wagtail noticed first: its dialog names the newer version; confirming replaces it.
        assert redaksi_shell(LATEST_LEDE.format(pk=pk)) == "Versi dari editor pertama."
        dialog.locator('[data-w-dialog-target="confirm"]').click()
    else:
        # The server refused: the text is kept, and autosave does not slip it in meanwhile.
        assert second.locator("#id_lede").input_value() == "Versi dari editor kedua."
        second.wait_for_timeout(2000)
        assert redaksi_shell(LATEST_LEDE.format(pk=pk)) == "Versi dari editor pertama."
        second.get_by_role("checkbox", name="Ganti versi yang lebih baru").check()
        second.get_by_role("button", name=SAVE_DRAFT).first.click()
        if dialog.is_visible():
            dialog.locator('[data-w-dialog-target="confirm"]').click()
    second.wait_for_load_state()

    for _ in range(20):
        if redaksi_shell(LATEST_LEDE.format(pk=pk)) == "Versi dari editor kedua.":
            break
        second.wait_for_timeout(500)
    assert redaksi_shell(LATEST_LEDE.format(pk=pk)) == "Versi dari editor kedua."
    assert second.get_by_text(CONFLICT).count() == 0
    for tab in (first, second):
        tab.context.close()
