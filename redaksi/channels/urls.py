from django.urls import path

from . import signup, views

app_name = "channels"
urlpatterns = [
    path("ikuti/", views.follow_page, name="follow"),
    path("ikuti/surel/", signup.email_signup, name="email"),
    path("ikuti/konfirmasi/<slug:token>/", signup.email_confirm, name="confirm"),
    path("ikuti/berhenti/<slug:token>/", signup.unsubscribe, name="unsubscribe"),
    path("ikuti/push/", signup.push_subscribe, name="push"),
    path("sw.js", signup.service_worker, name="service_worker"),
]
