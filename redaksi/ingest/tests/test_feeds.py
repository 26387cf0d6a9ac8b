"""Wire feeds: polled from a local server into the inbox, once per item, errors recorded."""

from datetime import UTC, datetime, timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from redaksi.ingest import tasks
from redaksi.ingest.feeds import due_feeds, poll_due_feeds, poll_feed
from redaksi.ingest.models import WireFeed, WireItem
from redaksi.newsroom.api import publish_article
from redaksi.newsroom.tests.fixtures import make_article, paragraph

from .feeds import ATOM, BROKEN, RSS

pytestmark = pytest.mark.django_db

RSS_TYPE = "application/rss+xml"


def test_rss_and_atom_items_land_in_the_inbox(local_site):
    rss = WireFeed.objects.create(name="KBN", url=local_site.add("/rss.xml", RSS, RSS_TYPE))
    atom = WireFeed.objects.create(
        name="Mitra", url=local_site.add("/atom.xml", ATOM, "application/atom+xml")
    )

    results = poll_due_feeds()

    assert sorted(r.new_items for r in results) == [1, 2]
    cabai = WireItem.objects.get(guid="knb-1001")
    assert cabai.feed == rss and cabai.status == WireItem.NEW
    assert cabai.title == "Harga Cabai di Pasar Induk Turun Menjelang Panen Raya"
    assert cabai.summary == "Harga cabai rawit turun hampir separuh dalam sepekan."
    assert cabai.published_at == datetime(2020, 10, 6, 9, 7, tzinfo=UTC)
    assert cabai.authors == ["Dewi Anggraini"] and cabai.tags == ["ekonomi"]
    jembatan = WireItem.objects.get(guid="knb-1002")
    assert jembatan.published_at == datetime(2020, 10, 6, 4, 30, tzinfo=UTC)
    festival = WireItem.objects.get(feed=atom)
    assert festival.link == "https://mitra.contoh.id/budaya/2001"
    assert "Tarian penyambutan" in festival.content
    assert festival.authors == ["Yohanes Rumbiak"]
    rss.refresh_from_db()
    assert rss.last_polled_at is not None and rss.last_error == ""


def test_polling_again_adds_only_new_items(local_site):
    feed = WireFeed.objects.create(name="KBN", url=local_site.add("/rss.xml", RSS, RSS_TYPE))
    assert poll_feed(feed).new_items == 2
    assert poll_feed(feed).new_items == 0
    assert WireItem.objects.count() == 2


def test_a_malformed_feed_is_recorded_and_the_others_go_on(local_site):
    broken = WireFeed.objects.create(name="Rusak", url=local_site.add("/rusak.xml", BROKEN))
    missing = WireFeed.objects.create(name="Hilang", url=local_site.url("/hilang.xml"))
    good = WireFeed.objects.create(name="KBN", url=local_site.add("/rss.xml", RSS, RSS_TYPE))

    results = {r.feed.name: r for r in poll_due_feeds()}

    assert results["KBN"].new_items == 2 and not results["KBN"].error
    broken.refresh_from_db()
    missing.refresh_from_db()
    assert broken.last_error.startswith("Umpan tidak dapat dibaca")
    assert "404" in missing.last_error
    assert WireItem.objects.filter(feed=good).count() == 2
    assert not WireItem.objects.filter(feed__in=[broken, missing]).exists()


@override_settings(REDAKSI_INGEST_POLL_SECONDS=300)
def test_only_active_feeds_whose_interval_has_passed_are_due():
    now = timezone.now()
    never = WireFeed.objects.create(name="Baru", url="https://a.contoh.id/rss")
    recent = WireFeed.objects.create(
        name="Barusan", url="https://b.contoh.id/rss", last_polled_at=now - timedelta(seconds=60)
    )
    old = WireFeed.objects.create(
        name="Lama", url="https://c.contoh.id/rss", last_polled_at=now - timedelta(seconds=400)
    )
    slow = WireFeed.objects.create(
        name="Lambat",
        url="https://d.contoh.id/rss",
        poll_seconds=3600,
        last_polled_at=now - timedelta(seconds=400),
    )
    WireFeed.objects.create(name="Mati", url="https://e.contoh.id/rss", active=False)

    assert set(due_feeds(now)) == {never, old}
    assert recent not in due_feeds(now) and slow not in due_feeds(now)


def test_the_scheduler_tick_queues_polling_once_per_interval(local_site, monkeypatch):
    WireFeed.objects.create(name="KBN", url=local_site.add("/rss.xml", RSS, RSS_TYPE))
    monkeypatch.setattr(tasks, "_next_poll", 0.0)
    with override_settings(REDAKSI_INGEST_POLL_SECONDS=300):
        assert tasks.poll_when_due() is True
        assert tasks.poll_when_due() is False
    assert WireItem.objects.count() == 2
    with override_settings(REDAKSI_INGEST_POLL_SECONDS=0):
        monkeypatch.setattr(tasks, "_next_poll", 0.0)
        assert tasks.poll_when_due() is False


def test_a_wire_item_like_a_published_story_is_flagged(newsroom, local_site):
    text = (
        "Ratusan perahu hias dari kampung-kampung pesisir meramaikan pembukaan festival budaya "
        "di teluk, Rabu pagi."
    )
    story = make_article(
        newsroom["sections"]["news"],
        newsroom["authors"][:1],
        title="Perahu hias ramaikan teluk",
        pages=[
            (
                "",
                [
                    paragraph(text),
                    paragraph("Tarian penyambutan"),
                    paragraph(
                        "Penari muda membawakan tarian penyambutan di atas dermaga kayu sebelum "
                        "lomba dimulai."
                    ),
                    paragraph(
                        "Panitia menyebut festival berlangsung lima hari dan diikuti peserta "
                        "dari dua belas kampung."
                    ),
                ],
            )
        ],
    )
    publish_article(story)
    feed = WireFeed.objects.create(
        name="Mitra", url=local_site.add("/atom.xml", ATOM, "application/atom+xml")
    )

    poll_feed(feed)

    item = WireItem.objects.get(feed=feed)
    assert item.near_duplicate_of_id == story.pk and item.similarity >= 0.8


def test_import_puts_a_feed_file_into_the_inbox(tmp_path):
    path = tmp_path / "kawat.xml"
    path.write_text(RSS, encoding="utf-8")
    out = StringIO()

    call_command("import", str(path), stdout=out)
    call_command("import", str(path), stdout=out)

    assert WireItem.objects.count() == 2
    feed = WireFeed.objects.get()
    assert feed.name == "kawat" and not feed.active
    assert "2 kiriman kawat baru" in out.getvalue() and "0 kiriman kawat baru" in out.getvalue()
