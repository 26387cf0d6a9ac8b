"""The newsroom's four roles and what each may do.

Reporter: writes drafts and submits them for review, edits only their own.
Editor (Redaktur): edits any story, approves or rejects, publishes, schedules,
    unpublishes, locks.
Fact-checker (Pemeriksa Fakta): writes and submits like a reporter; the Cek
    Fakta desk widens this when it lands.
Admin: everything, including accounts, roles, site settings and workflows.

Groups are named in Indonesian because editors see them; code refers to them
through the ROLE_* constants. ``ensure_roles`` is idempotent and runs after
every migrate, so a fresh database always has working roles.
"""

from django.contrib.auth.models import Group, Permission
from django.db import transaction

REPORTER = "Reporter"
EDITOR = "Editor"
FACT_CHECKER = "Pemeriksa Fakta"
ADMIN = "Admin"
ROLES = (REPORTER, EDITOR, FACT_CHECKER, ADMIN)

REVIEW_WORKFLOW = "Alur Redaksi"
REVIEW_TASK = "Tinjauan Editor"

_PAGE_PERMISSIONS = {
    REPORTER: ["add_page"],
    FACT_CHECKER: ["add_page"],
    EDITOR: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    ADMIN: [
        "add_page",
        "change_page",
        "publish_page",
        "bulk_delete_page",
        "lock_page",
        "unlock_page",
    ],
}
_IMAGE_PERMISSIONS = {
    REPORTER: ["add_image", "choose_image"],
    FACT_CHECKER: ["add_image", "choose_image"],
    EDITOR: ["add_image", "change_image", "choose_image"],
    ADMIN: ["add_image", "change_image", "delete_image", "choose_image"],
}
_DOCUMENT_PERMISSIONS = {
    REPORTER: ["add_document", "choose_document"],
    FACT_CHECKER: ["add_document", "choose_document"],
    EDITOR: ["add_document", "change_document", "choose_document"],
    ADMIN: ["add_document", "change_document", "delete_document", "choose_document"],
}
_MODEL_PERMISSIONS = {
    REPORTER: [("wagtailadmin", "access_admin")],
    FACT_CHECKER: [("wagtailadmin", "access_admin")],
    EDITOR: [("wagtailadmin", "access_admin")],
    ADMIN: [
        ("wagtailadmin", "access_admin"),
        ("core", "add_user"),
        ("core", "change_user"),
        ("core", "delete_user"),
        ("auth", "add_group"),
        ("auth", "change_group"),
        ("auth", "delete_group"),
        ("core", "change_siteidentity"),
        ("wagtailcore", "add_workflow"),
        ("wagtailcore", "change_workflow"),
        ("wagtailcore", "add_task"),
        ("wagtailcore", "change_task"),
        ("wagtailredirects", "add_redirect"),
        ("wagtailredirects", "change_redirect"),
        ("wagtailredirects", "delete_redirect"),
    ],
}
# Wagtail's installer creates these; Redaksi's roles replace them.
_WAGTAIL_DEFAULT_GROUPS = ("Editors", "Moderators")
_WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


@transaction.atomic
def ensure_roles() -> dict[str, Group]:
    """Create or repair the four roles, their permissions and the review workflow."""
    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    groups = {name: Group.objects.get_or_create(name=name)[0] for name in ROLES}
    tree_root = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()

    for name, group in groups.items():
        for app_label, codename in _MODEL_PERMISSIONS[name]:
            group.permissions.add(_permission(app_label, codename))
        if tree_root is not None:
            for codename in _PAGE_PERMISSIONS[name]:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=tree_root, permission=_permission("wagtailcore", codename)
                )
        if root_collection is not None:
            for app_label, table in (
                ("wagtailimages", _IMAGE_PERMISSIONS),
                ("wagtaildocs", _DOCUMENT_PERMISSIONS),
            ):
                for codename in table[name]:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group,
                        collection=root_collection,
                        permission=_permission(app_label, codename),
                    )

    Group.objects.filter(name__in=_WAGTAIL_DEFAULT_GROUPS, user__isnull=True).delete()

    if tree_root is not None:
        _ensure_review_workflow(tree_root, reviewers=[groups[EDITOR], groups[ADMIN]])
    return groups


def _ensure_review_workflow(tree_root, reviewers: list[Group]) -> None:
    """Put "Alur Redaksi" in place of Wagtail's default; leave an admin's own choice alone."""
    from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

    review, created = GroupApprovalTask.objects.get_or_create(name=REVIEW_TASK)
    if created:
        review.groups.set(reviewers)
    workflow, _ = Workflow.objects.get_or_create(name=REVIEW_WORKFLOW)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=review, defaults={"sort_order": 0})
    current = WorkflowPage.objects.filter(page=tree_root).select_related("workflow").first()
    if current is None or current.workflow.name == _WAGTAIL_DEFAULT_WORKFLOW:
        WorkflowPage.objects.update_or_create(page=tree_root, defaults={"workflow": workflow})
        Workflow.objects.filter(name=_WAGTAIL_DEFAULT_WORKFLOW).update(active=False)


def ensure_roles_after_migrate(sender, using=None, **kwargs) -> None:
    """Runs once per migrate, after the last app, when every permission exists."""
    from django.apps import apps

    with_models = [config for config in apps.get_app_configs() if config.models_module]
    if using not in (None, "default") or sender != with_models[-1]:
        return
    ensure_roles()
