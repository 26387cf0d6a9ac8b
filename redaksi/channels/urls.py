from django.urls import path

from . import views

app_name = "channels"
urlpatterns = [
    path("ikuti/", views.follow_page, name="follow"),
]
