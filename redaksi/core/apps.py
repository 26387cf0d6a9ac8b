from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "redaksi.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Site
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from . import scheduler
        from .listings import forget_lists
        from .statistics import refresh_statistics_if_due

        scheduler.on_every_tick("core.refresh_statistics", refresh_statistics_if_due)
        for signal in (page_published, page_unpublished, post_page_move):
            signal.connect(forget_lists, dispatch_uid=f"core.forget_lists.{signal!r}")
        post_delete.connect(_forget_lists_on_page_delete, dispatch_uid="core.forget_lists.delete")
        # The menu and the site identity are kept under the list generation too.
        for model in (Site, self.get_model("SiteIdentity")):
            for signal in (post_save, post_delete):
                signal.connect(
                    forget_lists, sender=model, dispatch_uid=f"core.forget_lists.{model.__name__}"
                )


def _forget_lists_on_page_delete(sender, instance, **kwargs) -> None:
    from wagtail.models import Page

    if isinstance(instance, Page):
        from .listings import forget_lists

        forget_lists()
