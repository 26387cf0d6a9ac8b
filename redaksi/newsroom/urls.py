from django.urls import path, re_path

from . import views

app_name = "newsroom"
urlpatterns = [
    path("<slug:section>/read/<int:article_id>/<slug:slug>", views.article, name="article"),
    re_path(r"^(?P<section>[-\w]+)/read/(?P<article_id>[0-9]+)/?$", views.article),
]
