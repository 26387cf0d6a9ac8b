from django.conf import settings
from django.urls import include, path
from django.views.static import serve as serve_media
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("dokumen/", include(wagtaildocs_urls)),
    path("", include("redaksi.delivery.urls")),
    path("", include("redaksi.chat.urls")),
    path("", include("redaksi.channels.urls")),
    path("", include("redaksi.feeds.urls")),
    path("", include("redaksi.search.urls")),
    path("", include("redaksi.mostread.urls")),
    path("", include("redaksi.newsroom.urls")),
    path("", include("redaksi.portal.urls")),
]

if settings.MEDIA_URL.startswith("/") and settings.REDAKSI_SERVE_MEDIA:
    # Embedded profile: the app serves uploaded media itself; production puts nginx in front.
    urlpatterns += [
        path(
            f"{settings.MEDIA_URL.strip('/')}/<path:path>",
            serve_media,
            {"document_root": settings.MEDIA_ROOT},
        ),
    ]
urlpatterns += [path("", include(wagtail_urls))]
