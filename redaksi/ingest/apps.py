from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IngestConfig(AppConfig):
    name = "redaksi.ingest"
    label = "ingest"
    verbose_name = _("Ingest")
