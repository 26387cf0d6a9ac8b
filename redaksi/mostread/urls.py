from django.urls import path, re_path

from . import views

app_name = "mostread"
urlpatterns = [
    # Any digits, so an id out of range answers 404 here rather than a slash redirect.
    re_path(r"^_baca/(?P<article_id>[0-9]+)$", views.beacon, name="beacon"),
    path("populer/", views.most_read_page, name="most_read"),
]
