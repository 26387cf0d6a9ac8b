"""E-mail over real SMTP, Web Push decrypted by the push service, WebSub pings to a hub."""

from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone

from redaksi.channels import mail, outbox, push
from redaksi.channels.models import Delivery, Follower

from .receivers import push_service, smtp_server, websub_hub

pytestmark = pytest.mark.django_db


@pytest.fixture
def smtp():
    with (
        smtp_server() as (port, messages),
        override_settings(
            EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
            EMAIL_HOST="127.0.0.1",
            EMAIL_PORT=port,
            WAGTAILADMIN_BASE_URL="http://testserver",
        ),
    ):
        yield messages


def test_email_signup_is_confirmed_by_link_before_any_news(client, smtp, site, deliver):
    response = deliver(
        lambda: client.post("/ikuti/surel/", {"email": "Pembaca@Contoh.id", "scope": "breaking"})
    )
    assert "buka surel" in response.content.decode().lower()
    follower = Follower.objects.get(channel="email")
    assert follower.address == "pembaca@contoh.id" and not follower.active
    [(to, confirmation)] = smtp
    assert to == ["pembaca@contoh.id"]
    link = next(w for w in confirmation.get_content().split() if "/ikuti/konfirmasi/" in w)
    site["publish"]("Berita sebelum konfirmasi", tags=("breaking-news",))
    outbox.drain()
    assert len(smtp) == 1
    assert client.get(link.removeprefix("http://testserver")).status_code == 200
    assert Follower.objects.get(pk=follower.pk).active


def test_bad_email_input_is_refused_in_indonesian(client, smtp, site):
    response = client.post("/ikuti/surel/", {"email": "bukan-surel", "scope": "breaking"})
    assert response.status_code == 400
    assert "bukan alamat surel" in response.content.decode()
    assert not Follower.objects.exists() and smtp == []


def test_breaking_news_mail_has_one_click_unsubscribe(client, smtp, site):
    reader = Follower.objects.create(channel="email", address="siti@contoh.id", scope="breaking")
    site["publish"]("Harga beras biasa saja")
    story = site["publish"]("Gunung Marapi meletus", tags=("breaking-news",))
    outbox.drain()
    [(to, message)] = smtp
    assert to == ["siti@contoh.id"] and message["Subject"] == "Gunung Marapi meletus"
    assert story.full_url in message.get_content()
    link = f"http://testserver/ikuti/berhenti/{reader.token}/"
    assert message["List-Unsubscribe"].strip() == f"<{link}>"
    assert message["List-Unsubscribe-Post"].strip() == "List-Unsubscribe=One-Click"
    # A link scanner's GET changes nothing; the mail client's one-click POST unsubscribes.
    assert client.get(link).status_code == 200
    assert Follower.objects.get(pk=reader.pk).active
    response = client.post(link, {"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert not Follower.objects.get(pk=reader.pk).active


def test_daily_digest_lists_yesterday_once(smtp, site):
    Follower.objects.create(channel="email", address="budi@contoh.id", scope="digest")
    first = site["publish"]("Pasar saham menguat")
    second = site["publish"]("Timnas menang tipis")
    morning = timezone.localtime().replace(hour=7)
    yesterday_noon = (morning - timedelta(days=1)).replace(hour=12)
    type(first).objects.filter(pk__in=[first.pk, second.pk]).update(
        first_published_at=yesterday_noon
    )
    outbox.drain()
    assert smtp == []  # digest readers get no per-story mail
    assert mail.queue_digest(morning) == 1
    assert mail.queue_digest(morning) == 0
    outbox.drain()
    [(to, message)] = smtp
    text = message.get_content()
    assert "Pasar saham menguat" in text and "Timnas menang tipis" in text
    assert message["List-Unsubscribe-Post"].strip() == "List-Unsubscribe=One-Click"
    assert mail.queue_digest(morning.replace(hour=3)) == 0


@pytest.fixture
def vapid():
    private, public = push.generate_keys()
    with override_settings(
        REDAKSI_VAPID_PRIVATE_KEY=private,
        REDAKSI_VAPID_PUBLIC_KEY=public,
        REDAKSI_VAPID_SUBJECT="mailto:redaksi@contoh.id",
        DEBUG=True,  # the local push service speaks http, not https
    ):
        yield public


def test_web_push_payload_is_encrypted_for_the_browser(client, vapid, site):
    with push_service() as service:
        subscribed = client.post(
            "/ikuti/push/", service.subscription(), content_type="application/json"
        )
        assert subscribed.status_code == 201
        story = site["publish"]("Banjir di Semarang", tags=("breaking-news",))
        outbox.drain()
    [payload] = service.received
    assert payload == {"title": "Banjir di Semarang", "body": story.lede, "url": story.full_url}
    headers = service.headers[0]
    assert headers["Content-Encoding"] == "aes128gcm"
    assert (
        headers["Authorization"].startswith("vapid t=") and f"k={vapid}" in headers["Authorization"]
    )
    assert headers["Urgency"] == "high"
    page = client.get("/ikuti/").content.decode()
    assert f'data-vapid-key="{vapid}"' in page
    sw = client.get("/sw.js")
    assert sw["Content-Type"] == "application/javascript" and b"showNotification" in sw.content


@pytest.mark.parametrize("status", [404, 410])
def test_a_push_subscription_the_service_calls_gone_is_removed(client, vapid, site, status):
    with push_service() as service:
        client.post("/ikuti/push/", service.subscription(), content_type="application/json")
        service.answer_status = status
        site["publish"]()
        outbox.drain()
    follower = Follower.objects.get(channel="webpush")
    assert not follower.active
    assert Delivery.objects.get(follower=follower).status == "failed"


def test_a_broken_subscription_is_refused(client, vapid):
    response = client.post("/ikuti/push/", {"endpoint": "x"}, content_type="application/json")
    assert response.status_code == 400 and "langganan notifikasi" in response.json()["error"]
    assert not Follower.objects.exists()


def test_websub_hub_is_advertised_and_pinged_on_publish(client, site):
    with websub_hub() as hub, override_settings(REDAKSI_WEBSUB_HUB=hub.url):
        story = site["publish"]("Debat kandidat", tags=("pemilu",))
        outbox.drain()
        feed = client.get("/feed/atom.xml").content.decode()
        rss = client.get("/feed/rss.xml")
    [urls] = hub.pings
    root = story.full_url.split("/news/")[0]
    assert f"{root}/feed/atom.xml" in urls
    assert f"{root}/feed/kanal/news/rss.xml" in urls
    assert f"{root}/feed/tag/pemilu/feed.json" in urls
    assert f'<link href="{hub.url}" rel="hub"' in feed or f'rel="hub" href="{hub.url}"' in feed
    assert f'<{hub.url}>; rel="hub"' in rss["Link"]
