from django.urls import path

from . import views

app_name = "mostread"
urlpatterns = [
    path("_baca/<int:article_id>", views.beacon, name="beacon"),
    path("populer/", views.most_read_page, name="most_read"),
]
