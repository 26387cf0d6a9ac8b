"""What the Pemeriksa Fakta role may do once the desk is installed.

Fact-checkers see and work the tips queue (including readers' numbers, which no
other role sees), manage the verdict list, and edit every story in the Cek Fakta
section; publishing still goes through an editor's approval.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page

from redaksi.newsroom.api import ADMIN, FACT_CHECKER

_MODEL_PERMISSIONS = {
    FACT_CHECKER: [
        "view_tip",
        "change_tip",
        "view_tip_sender",
        "add_verdict",
        "change_verdict",
        "view_verdict",
    ],
    ADMIN: [
        "view_tip",
        "change_tip",
        "view_tip_sender",
        "add_verdict",
        "change_verdict",
        "delete_verdict",
        "view_verdict",
    ],
}
_SECTION_PAGE_PERMISSIONS = ["add_page", "change_page"]


def grant_desk_permissions() -> None:
    for name, codenames in _MODEL_PERMISSIONS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="factcheck", codename__in=codenames)
        )
    section = Page.objects.filter(slug=settings.REDAKSI_FACTCHECK_SECTION, depth=3).first()
    checkers = Group.objects.filter(name=FACT_CHECKER).first()
    if section is not None and checkers is not None:
        for codename in _SECTION_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=checkers,
                page=section,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )


def grant_after_migrate(sender, using=None, **kwargs) -> None:
    """After the newsroom has made its roles: once per migrate, on the last app's signal."""
    from django.apps import apps

    with_models = [config for config in apps.get_app_configs() if config.models_module]
    if using in (None, "default") and sender == with_models[-1]:
        grant_desk_permissions()
