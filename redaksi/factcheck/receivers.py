"""The desk's reactions to the newsroom's story events and the scheduler's ticks."""

import sys
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from .index import bump_generation
from .loop import notify_askers
from .matching.semantic import warm_up
from .models import FactCheckPage, Question
from .tasks import encode_fact_check

_SERVERS = ("serve", "worker", "runserver", "demo")


def on_article_published(sender, article, first_publication, updated, **kwargs) -> None:
    if not isinstance(article, FactCheckPage):
        return
    bump_generation()
    encode_fact_check.enqueue(article.pk)
    notify_askers(article, updated=updated)


def on_article_unpublished(sender, article, **kwargs) -> None:
    if isinstance(article, FactCheckPage):
        bump_generation()


def forget_old_senders() -> int:
    """Blank readers' numbers on questions older than REDAKSI_TIPLINE_RETENTION_DAYS."""
    days = settings.REDAKSI_TIPLINE_RETENTION_DAYS
    if days <= 0:
        return 0
    cutoff = timezone.now() - timedelta(days=days)
    return (
        Question.objects.filter(asked_at__lt=cutoff)
        .exclude(sender="")
        .update(sender="", sender_name="")
    )


def warm_up_encoder() -> None:
    warm_up()


def is_server_process(argv: list[str] | None = None) -> bool:
    argv = sys.argv if argv is None else argv
    program = argv[0] if argv else ""
    return "gunicorn" in program or any(arg in _SERVERS for arg in argv[1:2])
