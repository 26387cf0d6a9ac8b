"""Indeks: the stories of one day, the day running midnight to midnight in the site's zone."""

import pytest
from django.utils import timezone

from redaksi.core import surrogate
from redaksi.core.models import SiteIdentity
from redaksi.newsroom.tests.fixtures import make_article, utc

pytestmark = pytest.mark.django_db


def _story(newsroom, title, at):
    return make_article(
        newsroom["sections"]["news"], newsroom["authors"][:1], title=title, publish_at=at
    )


def _titles(response) -> list[str]:
    return [story.title for story in response.context["articles"]]


def test_a_day_runs_from_midnight_to_midnight_wib(newsroom, client):
    # 5 March 2026 in WIB (UTC+7) is 4 March 17:00 UTC up to 5 March 17:00 UTC.
    _story(newsroom, "Terbit 4 Maret 23.59 WIB", utc(2026, 3, 4, 16, 59))
    _story(newsroom, "Terbit 5 Maret 00.00 WIB", utc(2026, 3, 4, 17, 0))
    _story(newsroom, "Terbit 5 Maret 23.59 WIB", utc(2026, 3, 5, 16, 59))
    _story(newsroom, "Terbit 6 Maret 00.01 WIB", utc(2026, 3, 5, 17, 1))
    response = client.get("/indeks/2026/03/05/")
    assert response.status_code == 200
    assert _titles(response) == ["Terbit 5 Maret 23.59 WIB", "Terbit 5 Maret 00.00 WIB"]
    assert "Kamis, 5 Maret 2026" in response.content.decode()
    keys = surrogate.surrogate_keys(response.wsgi_request)
    assert surrogate.day_key(timezone.datetime(2026, 3, 5).date()) in keys


def test_the_day_follows_the_sites_zone(newsroom, client):
    identity = SiteIdentity.for_site(newsroom["home"].get_site())
    identity.time_zone = "Asia/Jayapura"  # WIT, UTC+9
    identity.save()
    _story(newsroom, "Terbit 5 Maret 01.30 WIT", utc(2026, 3, 4, 16, 30))
    assert _titles(client.get("/indeks/2026/03/05/")) == ["Terbit 5 Maret 01.30 WIT"]
    assert _titles(client.get("/indeks/2026/03/04/")) == []


def test_links_to_the_days_before_and_after(newsroom, client):
    html = client.get("/indeks/2026/03/01/").content.decode()
    assert 'href="/indeks/2026/02/28/"' in html
    assert 'href="/indeks/2026/03/02/"' in html


def test_no_link_into_the_future(newsroom, client):
    today = timezone.localtime(timezone.now(), timezone.get_fixed_timezone(7 * 60)).date()
    response = client.get(f"/indeks/{today:%Y/%m/%d}/")
    assert response.status_code == 200
    assert 'rel="next"' not in response.content.decode()


@pytest.mark.parametrize("path", ["/indeks/2026/02/30/", "/indeks/2026/13/01/", "/indeks/26/3/5/"])
def test_impossible_dates_are_not_found(newsroom, client, path):
    assert client.get(path).status_code == 404


def test_index_goes_to_today_or_the_picked_date(newsroom, client):
    today = timezone.localtime(timezone.now(), timezone.get_fixed_timezone(7 * 60)).date()
    assert client.get("/indeks/")["Location"] == f"/indeks/{today:%Y/%m/%d}/"
    picked = client.get("/indeks/?tanggal=2025-12-31")
    assert picked["Location"] == "/indeks/2025/12/31/"
    assert client.get("/indeks/?tanggal=kemarin")["Location"] == f"/indeks/{today:%Y/%m/%d}/"
