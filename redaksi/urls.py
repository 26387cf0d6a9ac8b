from django.conf import settings
from django.contrib.auth import views as auth_views
from django.urls import include, path
from django.views.static import serve as serve_media
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from redaksi.core.login import ThrottledAuthenticationForm

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's log-in for restricted pages, with the same limit on guessing as the admin's.
    path(
        "_util/login/",
        auth_views.LoginView.as_view(
            template_name=getattr(
                settings, "WAGTAIL_FRONTEND_LOGIN_TEMPLATE", "wagtailcore/login.html"
            ),
            authentication_form=ThrottledAuthenticationForm,
        ),
        name="wagtailcore_login",
    ),
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
