from django.urls import path

from . import views

urlpatterns = [
    path("berita/<int:story_id>/", views.story_report, name="story"),
    path("berita/<int:story_id>/kirim/", views.resend, name="resend"),
]
