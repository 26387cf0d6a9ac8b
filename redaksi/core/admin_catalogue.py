"""How much of the admin an Indonesian editor meets in Indonesian.

Wagtail's Indonesian catalogue leaves many admin strings English, and each Wagtail upgrade
adds new ones. Redaksi fills the gap in an override catalogue (`redaksi/locale_admin/`,
loaded ahead of Wagtail's and Django's through LOCALE_PATHS). This module compares the
English message ids that Wagtail and Django ship for the admin an editor uses with every
Indonesian catalogue Django merges at run time (theirs, our desks', our override), so
`redaksi admin_translations` can say what is still English and how much is covered.
"""

import importlib.util
from dataclasses import dataclass, field
from pathlib import Path

from babel.messages.pofile import read_po
from django.apps import apps
from django.conf import settings

# Catalogues holding strings an editor can meet in the admin (Wagtail's parts we install,
# Django's own form, date and password messages). Django's own admin site is not served.
ADMIN_PACKAGES = (
    "wagtail.admin",
    "wagtail",
    "wagtail.users",
    "wagtail.images",
    "wagtail.documents",
    "wagtail.snippets",
    "wagtail.search",
    "wagtail.sites",
    "wagtail.embeds",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",
    "django.conf",
    "django.contrib.auth",
    "django.contrib.humanize",
    "taggit",
)
DOMAINS = ("django", "djangojs")
INDONESIAN = ("id_ID", "id")

Key = tuple[str | None, str]


@dataclass
class Coverage:
    """One catalogue (package and domain): its message ids and those still English."""

    package: str
    domain: str
    total: int = 0
    missing: list[Key] = field(default_factory=list)

    @property
    def translated(self) -> int:
        return self.total - len(self.missing)


def _package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise LookupError(name)
    return Path(next(iter(spec.submodule_search_locations)))


def _messages(po_path: Path) -> dict[Key, bool]:
    """Each message id of a catalogue, and whether it has a finished translation."""
    with po_path.open("rb") as handle:
        catalogue = read_po(handle)
    result = {}
    for message in catalogue:
        if not message.id:
            continue
        msgid = message.id if isinstance(message.id, str) else message.id[0]
        strings = [message.string] if isinstance(message.string, str) else message.string
        result[(message.context, msgid)] = bool(strings and strings[0]) and not message.fuzzy
    return result


def _indonesian_locale_dirs() -> list[Path]:
    """Every folder Django reads Indonesian from: Django, each installed app, LOCALE_PATHS."""
    dirs = [_package_dir("django.conf") / "locale"]
    dirs += [Path(app.path) / "locale" for app in apps.get_app_configs()]
    dirs += [Path(path) for path in settings.LOCALE_PATHS]
    return [path for path in dirs if path.is_dir()]


def indonesian_translations(domain: str) -> set[Key]:
    """Message ids any Indonesian catalogue of this domain translates."""
    done: set[Key] = set()
    for locale_dir in _indonesian_locale_dirs():
        for language in INDONESIAN:
            po_path = locale_dir / language / "LC_MESSAGES" / f"{domain}.po"
            if po_path.is_file():
                done.update(key for key, finished in _messages(po_path).items() if finished)
    return done


def admin_coverage() -> list[Coverage]:
    """Per admin catalogue: its English message ids, and those no Indonesian one translates."""
    translated = {domain: indonesian_translations(domain) for domain in DOMAINS}
    report = []
    for package in ADMIN_PACKAGES:
        if package != "django.conf" and not apps.is_installed(package):
            continue
        for domain in DOMAINS:
            source = _package_dir(package) / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
            if not source.is_file():
                continue
            keys = sorted(_messages(source), key=lambda key: (key[1], key[0] or ""))
            missing = [key for key in keys if key not in translated[domain]]
            report.append(Coverage(package, domain, total=len(keys), missing=missing))
    return report
