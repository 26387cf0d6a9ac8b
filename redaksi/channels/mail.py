"""E-mail: breaking-news mails per story and a daily digest, each with one-click unsubscribe.

Every mail carries ``List-Unsubscribe`` (our link) and ``List-Unsubscribe-Post:
List-Unsubscribe=One-Click`` (RFC 8058), so mail clients can offer "unsubscribe"
themselves and a single POST to the link ends the subscription.
"""

import smtplib
from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from redaksi.chat.api import SendResult
from redaksi.newsroom import api as newsroom

from .models import EMAIL, Delivery, Follower, StoryMessage


def unsubscribe_url(follower: Follower) -> str:
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return base + reverse("channels:unsubscribe", args=[follower.token])


def confirm_url(follower: Follower) -> str:
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    return base + reverse("channels:confirm", args=[follower.token])


def _message(follower: Follower, subject: str, text: str) -> EmailMultiAlternatives:
    link = unsubscribe_url(follower)
    footer = _("To stop these e-mails: %(link)s") % {"link": link}
    return EmailMultiAlternatives(
        subject=subject,
        body=f"{text}\n\n--\n{footer}\n",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[follower.address],
        headers={
            "List-Unsubscribe": f"<{link}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )


def _deliver(message: EmailMultiAlternatives) -> SendResult:
    try:
        with get_connection(timeout=settings.REDAKSI_CHANNELS_TIMEOUT_SECONDS) as connection:
            connection.send_messages([message])
    except smtplib.SMTPRecipientsRefused as exc:
        codes = [code for code, _text in exc.recipients.values()]
        if any(code in (550, 551, 553) for code in codes):
            return SendResult("gone", error=f"SMTP {codes}")
        return SendResult("retry", error=f"SMTP {codes}")
    except smtplib.SMTPResponseException as exc:
        outcome = "retry" if 400 <= exc.smtp_code < 500 else "failed"
        return SendResult(outcome, error=f"SMTP {exc.smtp_code} {exc.smtp_error!r}")
    except (OSError, smtplib.SMTPException) as exc:
        return SendResult("retry", error=f"{type(exc).__name__}: {exc}")
    return SendResult("sent")


def send_story(story: StoryMessage, follower: Follower, key: str) -> SendResult:
    text = "\n\n".join(part for part in (story.headline, story.lede, story.url) if part)
    return _deliver(_message(follower, story.headline, text))


def send_digest(day: date, follower: Follower) -> SendResult:
    zone = timezone.get_current_timezone()
    start = datetime.combine(day, time.min, tzinfo=zone)
    stories = list(newsroom.articles_published_between(start, start + timedelta(days=1))[:30])
    if not stories:
        return SendResult("sent", provider_message_id="empty")
    lines = [f"- {story.title}\n  {story.full_url}" for story in stories]
    subject = _("%(site)s: the news of %(day)s") % {
        "site": settings.WAGTAIL_SITE_NAME,
        "day": day.strftime("%d/%m/%Y"),
    }
    return _deliver(_message(follower, subject, "\n".join(lines)))


def send_confirmation(follower: Follower) -> None:
    """Nobody gets our mail without clicking the link we sent to the address they typed."""
    subject = _("Confirm your subscription to %(site)s") % {"site": settings.WAGTAIL_SITE_NAME}
    body = _("Click to confirm that you want our news by e-mail: %(link)s") % {
        "link": confirm_url(follower)
    }
    _message(follower, subject, body).send()


def queue_digest(now: datetime | None = None) -> int:
    """Once the digest hour has passed (site zone), queue yesterday's digest for each reader."""
    now = timezone.localtime(now or timezone.now())
    if now.hour < settings.REDAKSI_CHANNELS_DIGEST_HOUR:
        return 0
    day = now.date() - timedelta(days=1)
    followers = Follower.objects.filter(
        channel=EMAIL, scope=Follower.Scope.DIGEST, active=True
    ).values_list("pk", flat=True)
    queued = set(Delivery.objects.filter(digest_date=day).values_list("follower_id", flat=True))
    rows = [
        Delivery(
            follower_id=pk,
            channel=EMAIL,
            digest_date=day,
            idempotency_key=f"digest:{day.isoformat()}:{pk}",
            next_attempt_at=timezone.now(),
        )
        for pk in followers
        if pk not in queued
    ]
    with transaction.atomic():
        created = Delivery.objects.bulk_create(rows, ignore_conflicts=True, batch_size=2000)
    return len(created)
