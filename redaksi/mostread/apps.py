from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MostReadConfig(AppConfig):
    name = "redaksi.mostread"
    label = "mostread"
    verbose_name = _("Most read")
