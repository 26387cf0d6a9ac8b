"""Who may use the ingest inbox.

Reporters and editors turn wire items into drafts (a draft publishes nothing,
and the review workflow still applies); only editors and admins manage the
feeds themselves. Granted after every migrate, next to the newsroom's roles.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from redaksi.newsroom import api as newsroom

MAKE_DRAFTS = ["view_wireitem", "change_wireitem"]
MANAGE_FEEDS = ["view_wirefeed", "add_wirefeed", "change_wirefeed", "delete_wirefeed"]
GRANTS = {
    newsroom.REPORTER: MAKE_DRAFTS,
    newsroom.EDITOR: MAKE_DRAFTS + MANAGE_FEEDS,
    newsroom.ADMIN: MAKE_DRAFTS + MANAGE_FEEDS,
}


@transaction.atomic
def grant_ingest_permissions() -> None:
    """Give the newsroom's roles their inbox permissions; idempotent."""
    for role, codenames in GRANTS.items():
        group = Group.objects.filter(name=role).first()
        if group is not None:
            group.permissions.add(
                *Permission.objects.filter(content_type__app_label="ingest", codename__in=codenames)
            )


def grant_after_migrate(sender, using=None, **kwargs) -> None:
    """Runs once per migrate, after the last app, once the roles exist."""
    from django.apps import apps

    with_models = [config for config in apps.get_app_configs() if config.models_module]
    if using not in (None, "default") or sender != with_models[-1]:
        return
    grant_ingest_permissions()
