from django.urls import path

from . import views

app_name = "ingest_inbox"
urlpatterns = [
    path("", views.inbox, name="index"),
    path("<int:pk>/draft/", views.make_item_draft, name="make_draft"),
    path("<int:pk>/dismiss/", views.dismiss_item, name="dismiss"),
]
