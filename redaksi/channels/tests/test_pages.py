"""What editors and readers see of the channels."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import override_settings

from redaksi.channels import outbox
from redaksi.channels.models import Delivery, Follower
from redaksi.chat.tests.fakes import WHATSAPP_RATE_LIMITED
from redaksi.newsroom import api as newsroom

pytestmark = pytest.mark.django_db


def test_editor_sees_per_channel_counts_and_failures_and_can_resend(client, chat_api, site):
    Follower.objects.create(channel="whatsapp", address="628100000101")
    Follower.objects.create(channel="whatsapp", address="628100000102")
    story = site["publish"]("Banjir rob di pesisir utara")
    with override_settings(REDAKSI_CHANNELS_MAX_ATTEMPTS=1):
        chat_api.fail_next("whatsapp", 429, WHATSAPP_RATE_LIMITED)
        outbox.drain()
    client.force_login(site["editor"])
    page = client.get(f"/admin/channel/berita/{story.pk}/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Banjir rob di pesisir utara" in html
    assert "Pengiriman yang gagal" in html and "130429" in html
    assert Delivery.objects.filter(status="dead").count() == 1

    response = client.post(f"/admin/channel/berita/{story.pk}/kirim/", follow=True)
    assert "Dikirim ke channel" in response.content.decode()
    outbox.drain()
    assert Delivery.objects.filter(status="sent").count() == 3  # two readers and Telegram
    assert len(chat_api.whatsapp_sent) == 2

    edit = client.get(f"/admin/pages/{story.pk}/edit/")
    assert f"/admin/channel/berita/{story.pk}/" in edit.content.decode()


def test_reporters_cannot_resend(client, chat_api, site):
    story = site["publish"]()
    reporter = get_user_model().objects.create_user("rani", password="rahasia-uji-123")
    reporter.groups.add(Group.objects.get(name=newsroom.REPORTER))
    client.force_login(reporter)
    Follower.objects.create(channel="whatsapp", address="628100000103")
    # Wagtail turns the refusal into a redirect to the dashboard with a message.
    assert client.get(f"/admin/channel/berita/{story.pk}/").status_code in (302, 403)
    assert client.post(f"/admin/channel/berita/{story.pk}/kirim/").status_code in (302, 403)
    assert not Delivery.objects.filter(follower__address="628100000103").exists()


@override_settings(
    REDAKSI_CHANNELS_WHATSAPP_URL="https://whatsapp.com/channel/0029VaUji",
    REDAKSI_CHANNELS_TELEGRAM_URL="https://t.me/redaksi_uji",
)
def test_every_story_page_says_how_to_follow(client, site):
    story = site["publish"]()
    html = client.get(story.url).content.decode()
    assert "Follow Official WhatsApp Channel Redaksi" in html
    assert 'href="https://whatsapp.com/channel/0029VaUji"' in html
    assert 'href="https://t.me/redaksi_uji"' in html
    follow = client.get("/ikuti/")
    assert follow.status_code == 200
    text = follow.content.decode()
    assert "langganan" in text and "berhenti" in text and "/feed/rss.xml" in text


def test_without_links_the_line_stays_away(client, site):
    story = site["publish"]()
    assert "Follow Official WhatsApp Channel" not in client.get(story.url).content.decode()
