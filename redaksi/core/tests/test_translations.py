from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.apps import apps
from django.template import Context, Template
from django.utils import translation

from redaksi.core.models import NewsImage

PACKAGE_DIR = Path(__file__).resolve().parents[2]
# Each desk's catalogue, the site templates' (locale/) and the admin override (locale_admin/).
CATALOGUES = sorted(PACKAGE_DIR.glob("**/locale/id/LC_MESSAGES/django.po")) + sorted(
    PACKAGE_DIR.glob("locale_admin/id/LC_MESSAGES/*.po")
)


def _translate(msgid: str) -> str:
    return Template("{% load i18n %}{% translate msgid %}").render(Context({"msgid": msgid}))


def test_model_names_are_english_msgids_with_indonesian_translations():
    with translation.override("en"):
        assert str(apps.get_model("newsroom", "ArticlePage")._meta.verbose_name) == "article"
        assert str(NewsImage._meta.verbose_name) == "image"
    with translation.override("id-id"):
        assert str(apps.get_model("newsroom", "ArticlePage")._meta.verbose_name) == "artikel"
        assert str(NewsImage._meta.verbose_name) == "gambar"


@pytest.mark.parametrize(
    ("msgid", "indonesian"),
    [
        ("Continue Reading", "Lanjutkan Membaca"),  # newsroom app
        ("Newer", "Lebih baru"),  # core app
        ("Latest News", "Berita Terkini"),  # portal app
        ("Skip to content", "Langsung ke konten"),  # project catalogue (LOCALE_PATHS)
    ],
)
def test_template_strings_follow_the_active_language(msgid, indonesian):
    with translation.override("id-id"):
        assert _translate(msgid) == indonesian
    with translation.override("en"):
        assert _translate(msgid) == msgid


@pytest.mark.parametrize("po_path", CATALOGUES, ids=lambda path: str(path.parent.parent.parent))
def test_catalogue_is_complete_and_compiled(po_path):
    with po_path.open("rb") as handle:
        catalogue = read_po(handle)
    unfinished = [m.id for m in catalogue if m.id and (not m.string or m.fuzzy)]
    assert unfinished == []
    assert po_path.with_suffix(".mo").is_file()


def test_every_desk_has_a_catalogue():
    desks = {path.relative_to(PACKAGE_DIR).parts[0] for path in CATALOGUES}
    apps_with_text = {path.parent.name for path in PACKAGE_DIR.glob("*/apps.py")}
    assert desks == apps_with_text | {"locale", "locale_admin"}
