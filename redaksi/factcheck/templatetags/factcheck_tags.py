from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def tipline_contact() -> dict:
    """The tipline's number and bot as readers see them (settings, not the database)."""
    return {
        "number": settings.REDAKSI_TIPLINE_WHATSAPP_NUMBER,
        "bot": settings.REDAKSI_TIPLINE_TELEGRAM_BOT,
    }
