from django.urls import path

from . import views

app_name = "chat"
urlpatterns = [
    path("tipline/whatsapp/", views.whatsapp_webhook, name="whatsapp"),
    path("tipline/telegram/", views.telegram_webhook, name="telegram"),
]
