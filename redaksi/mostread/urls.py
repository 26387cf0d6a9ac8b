from django.urls import path, re_path

from . import views

app_name = "mostread"
urlpatterns = [
    # Anything after the slash, so an id that is not one answers 404 here, not a slash redirect.
    re_path(r"^_baca/(?P<article_id>[^/]+)$", views.beacon, name="beacon"),
    path("populer/", views.most_read_page, name="most_read"),
]
