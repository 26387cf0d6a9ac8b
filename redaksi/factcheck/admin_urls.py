from django.urls import path

from . import views

urlpatterns = [
    path("aduan/", views.tip_queue, name="tips"),
    path("aduan/<int:tip_id>/", views.tip_detail, name="tip"),
]
