from django.apps import AppConfig, apps
from django.core import checks
from django.db.models.signals import post_save, pre_delete
from django.utils.translation import gettext_lazy as _
from wagtail.signals import page_published, page_unpublished, post_page_move

from redaksi.newsroom.signals import article_published, article_unpublished


class DeliveryConfig(AppConfig):
    name = "redaksi.delivery"
    label = "delivery"
    verbose_name = _("Delivery")

    def ready(self) -> None:
        # Models load after apps: what handles their signals is imported once they have.
        from . import invalidation as inv
        from . import nginxcache

        def nginx_cache_writable(**kwargs) -> list[checks.CheckMessage]:
            problem = nginxcache.check_cache_dir()
            return [checks.Warning(problem, id="delivery.W001")] if problem else []

        checks.register(nginx_cache_writable, deploy=False)

        article_published.connect(inv.on_article_published, dispatch_uid="delivery.published")
        article_unpublished.connect(inv.on_article_unpublished, dispatch_uid="delivery.unpublished")
        page_published.connect(inv.on_page_changed, dispatch_uid="delivery.page_published")
        page_unpublished.connect(inv.on_page_changed, dispatch_uid="delivery.page_unpublished")
        post_page_move.connect(inv.on_page_moved, dispatch_uid="delivery.page_moved")
        pre_delete.connect(inv.on_page_deleted, dispatch_uid="delivery.page_deleted")
        if apps.is_installed("redaksi.core"):
            post_save.connect(
                inv.on_site_settings_saved,
                sender=apps.get_model("core", "SiteIdentity"),
                dispatch_uid="delivery.site_identity",
            )
