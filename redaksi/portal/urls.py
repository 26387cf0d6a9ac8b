from django.urls import path

from . import views

app_name = "portal"
urlpatterns = [
    path("tag/<slug:slug>/", views.tag, name="tag"),
]
