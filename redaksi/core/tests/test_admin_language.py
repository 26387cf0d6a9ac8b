"""The admin and the `redaksi` commands in Indonesian; English for those who choose it."""

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.core.management import call_command, load_command_class
from django.test import override_settings
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext
from wagtail.admin.widgets import AdminDateTimeInput

from redaksi.core.management.commands.serve import start_up_line

PACKAGE_DIR = Path(__file__).resolve().parents[2]
OVERRIDE = PACKAGE_DIR / "locale_admin" / "id" / "LC_MESSAGES" / "django.po"
SITE_ONLY = [PACKAGE_DIR / "locale"]


@pytest.mark.parametrize(
    ("english", "indonesian"),
    [
        # Wagtail's Indonesian says "Simpan konsep", "Publikasikan", "Kirim untuk dimoderasi".
        ("Save draft", "Simpan naskah"),
        ("Draft", "Naskah"),
        ("Publish", "Terbitkan"),
        ("Unpublish", "Tarik dari terbitan"),
        ("Submit for moderation", "Ajukan untuk ditinjau"),
        ("Approve", "Setujui"),
        ("Live", "Terbit"),
        # Strings Wagtail's Indonesian leaves English.
        ("Sort by", "Urutkan menurut"),
        ("Draft saved", "Naskah disimpan"),
        ("More actions", "Tindakan lain"),
        ("Compare", "Bandingkan"),
        ("Reports", "Laporan"),
    ],
)
def test_admin_speaks_the_newsrooms_words_and_english_on_request(english, indonesian):
    with translation.override("id-id"):
        assert gettext(english) == indonesian
    with translation.override("en"):
        assert gettext(english) == english


def test_override_never_contradicts_a_desk_catalogue():
    """Loaded ahead of every desk, the override would silently replace a desk's word."""
    with OVERRIDE.open("rb") as handle:
        ours = {(m.context, m.id): m.string for m in read_po(handle) if m.id}
    contradictions = []
    for po_path in PACKAGE_DIR.glob("*/locale/id/LC_MESSAGES/django.po"):
        with po_path.open("rb") as handle:
            for message in read_po(handle):
                theirs = ours.get((message.context, message.id))
                if message.id and theirs is not None and theirs != message.string:
                    contradictions.append((str(po_path), message.id, theirs, message.string))
    assert contradictions == []


def test_admin_dates_read_like_the_portal():
    moment = datetime(2020, 10, 6, 9, 7, tzinfo=UTC)
    # As the admin's templates show a time: in the editor's zone, then formatted.
    with translation.override("id-id"), timezone.override("Asia/Jakarta"):
        assert date_format(timezone.localtime(moment), "DATETIME_FORMAT") == (
            "06 Okt 2020, 16:07 WIB"
        )
    with translation.override("id-id"), timezone.override("Asia/Makassar"):
        assert date_format(timezone.localtime(moment), "DATETIME_FORMAT") == (
            "06 Okt 2020, 17:07 WITA"
        )


@pytest.mark.parametrize(("zone", "shown"), [("Asia/Jakarta", "WIB"), ("Asia/Jayapura", "WIT")])
def test_every_picked_time_shows_the_editors_zone(zone, shown):
    with timezone.override(zone):
        html = AdminDateTimeInput().render("go_live_at", None, attrs={"id": "id_go_live_at"})
    assert f'<span class="redaksi-zone" title="{zone}">{shown}</span>' in html
    assert 'initDateTimeChooser("id_go_live_at"' in html


@pytest.mark.django_db
def test_log_in_page_labels_are_indonesian(client):
    html = client.get("/admin/login/").content.decode()
    assert "Kata sandi" in html
    assert ">\n            Password<" not in html


@pytest.mark.django_db
def test_coverage_command_reports_the_figure_and_what_is_left():
    out = io.StringIO()
    with translation.override(settings.LANGUAGE_CODE):
        call_command("admin_translations", stdout=out)
    last = out.getvalue().strip().splitlines()[-1]
    assert last.startswith("Teks admin dalam bahasa Indonesia: ")

    report = io.StringIO()
    call_command("admin_translations", "--json", "--missing", stdout=report)
    document = json.loads(report.getvalue())
    assert document["translated"] == document["total"] > 2000


@pytest.mark.django_db
def test_coverage_command_lists_what_wagtail_leaves_english_without_our_catalogue():
    with override_settings(LOCALE_PATHS=SITE_ONLY):
        report = io.StringIO()
        call_command("admin_translations", "--json", "--missing", stdout=report)
    document = json.loads(report.getvalue())
    admin = next(c for c in document["catalogues"] if c["package"] == "wagtail.admin")
    assert {"context": None, "msgid": "Sort by"} in next(
        c["missing"] for c in document["catalogues"] if c["package"] == "wagtail.images"
    )
    assert admin["translated"] < admin["total"]
    assert document["translated"] < document["total"]


def test_command_help_and_server_lines_are_indonesian():
    command = load_command_class("redaksi.core", "worker")
    with translation.override("id-id"):
        help_text = command.create_parser("redaksi", "worker").format_help()
        server_line = start_up_line("127.0.0.1", 8000)
    assert "Jalankan tugas latar belakang dari antrean" in help_text
    assert "Hanya terbitkan berita terjadwal" in help_text
    assert server_line == "Melayani di http://127.0.0.1:8000/ (Ctrl+C untuk berhenti)."
