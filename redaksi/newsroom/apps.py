from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class NewsroomConfig(AppConfig):
    name = "redaksi.newsroom"
    label = "newsroom"
    verbose_name = _("Newsroom")

    def ready(self) -> None:
        from wagtail.signals import page_published, page_unpublished

        from . import receivers, roles

        page_published.connect(
            receivers.on_page_published, dispatch_uid="newsroom.on_page_published"
        )
        page_unpublished.connect(
            receivers.on_page_unpublished, dispatch_uid="newsroom.on_page_unpublished"
        )
        post_migrate.connect(roles.ensure_roles_after_migrate, dispatch_uid="newsroom.ensure_roles")
