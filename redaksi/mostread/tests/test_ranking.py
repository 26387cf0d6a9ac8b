"""Populer: the most read stories over 24 hours or 7 days, site-wide or per section."""

import pytest
from django.test import Client

from redaksi.core.surrogate import MOST_READ, story_key, surrogate_keys
from redaksi.mostread.api import WEEK, most_read
from redaksi.mostread.counting import flush_reads
from redaksi.mostread.models import HourlyReads
from redaksi.newsroom.tests.fixtures import make_article, utc

from .conftest import send_beacon

pytestmark = pytest.mark.django_db


def store(story, hour, reads):
    HourlyReads.objects.create(
        article=story, section_id=story.get_parent().pk, hour=hour, reads=reads
    )


def titles(stories) -> list[str]:
    return [story.title for story in stories]


@pytest.fixture
def week_of_reads(stories):
    """Banjir was big three days ago; Tol is read today; Pemilu a little today."""
    store(stories["banjir"], utc(2026, 3, 7, 12), 50)
    store(stories["banjir"], utc(2026, 3, 10, 8), 1)
    store(stories["tol"], utc(2026, 3, 9, 10), 6)  # 23 hours before 09:15: inside 24 hours
    store(stories["tol"], utc(2026, 3, 10, 9), 4)
    store(stories["pemilu"], utc(2026, 3, 10, 7), 3)
    store(stories["pemilu"], utc(2026, 3, 9, 9), 90)  # 24 hours ago: outside the day
    return stories


def test_the_last_24_hours_and_the_last_7_days_rank_differently(week_of_reads):
    day = most_read()
    assert titles(day) == [
        "Tarif tol naik pekan depan",
        "Pemilu di Chile berlangsung damai",
        "Banjir rendam tiga kecamatan",
    ]
    assert [story.read_count for story in day] == [10, 3, 1]
    week = most_read(hours=WEEK)
    assert [(story.title, story.read_count) for story in week][:2] == [
        ("Pemilu di Chile berlangsung damai", 93),
        ("Banjir rendam tiga kecamatan", 51),
    ]


def test_a_section_ranks_only_its_own_stories(week_of_reads, newsroom):
    news = most_read(section=newsroom["sections"]["news"])
    assert titles(news) == ["Tarif tol naik pekan depan", "Banjir rendam tiga kecamatan"]
    world = most_read(section=newsroom["sections"]["global"], hours=WEEK)
    assert titles(world) == ["Pemilu di Chile berlangsung damai"]


def test_equal_reads_put_the_newer_story_first(stories):
    for story in stories.values():
        store(story, utc(2026, 3, 10, 9), 7)
    assert titles(most_read()) == [
        "Pemilu di Chile berlangsung damai",
        "Tarif tol naik pekan depan",
        "Banjir rendam tiga kecamatan",
    ]


def test_unread_and_unpublished_stories_are_left_out(week_of_reads):
    week_of_reads["tol"].unpublish()
    assert "Tarif tol naik pekan depan" not in titles(most_read(hours=WEEK))
    assert len(most_read(limit=1)) == 1


def test_a_story_taken_down_or_retitled_changes_the_ranking_at_once(week_of_reads):
    assert "Tarif tol naik pekan depan" in titles(most_read())
    week_of_reads["tol"].unpublish()
    assert "Tarif tol naik pekan depan" not in titles(most_read())
    banjir = week_of_reads["banjir"]
    banjir.title = "Banjir surut di tiga kecamatan"
    banjir.save_revision().publish()
    assert "Banjir surut di tiga kecamatan" in titles(most_read())


def test_reads_not_yet_flushed_count_at_once_and_add_to_stored_ones(week_of_reads):
    for number in range(5):
        send_beacon(Client(), week_of_reads["banjir"], REMOTE_ADDR=f"10.0.0.{number + 1}")
    day = most_read()
    assert titles(day)[0] == "Tarif tol naik pekan depan"
    assert {s.title: s.read_count for s in day}["Banjir rendam tiga kecamatan"] == 6
    send_beacon(Client(), week_of_reads["banjir"], REMOTE_ADDR="10.0.0.99")
    flush_reads()
    send_beacon(Client(), week_of_reads["banjir"], REMOTE_ADDR="10.0.0.100")
    counts = {s.title: s.read_count for s in most_read()}
    assert counts["Banjir rendam tiga kecamatan"] == 8, "stored and buffered reads add up"


def test_the_ranking_looks_past_stories_that_went_off_the_site(newsroom, stories):
    news = newsroom["sections"]["news"]
    hour = utc(2026, 3, 10, 9)
    for number in range(12):
        withdrawn = make_article(news, newsroom["authors"], title=f"Ditarik {number}")
        withdrawn.get_latest_revision().publish()
        store(withdrawn, hour, 100 + number)
        withdrawn.refresh_from_db()
        withdrawn.unpublish()
    store(stories["banjir"], hour, 2)
    assert titles(most_read(limit=1)) == ["Banjir rendam tiga kecamatan"]


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError):
        most_read(hours=0)
    with pytest.raises(ValueError):
        most_read(limit=0)


# --- What readers see


def ranked_headlines(html: str) -> list[str]:
    import re

    items = re.findall(
        r'class="most-read(?:-ranking)?__item" data-story="\d+" data-reads="(\d+)">(.*?)</li>',
        html,
        re.S,
    )
    return [re.search(r'<a href="[^"]+">([^<]+)</a>', body).group(1) for _, body in items]


def test_the_populer_page_switches_between_24_hours_and_7_days(client, week_of_reads):
    day = client.get("/populer/")
    assert day.status_code == 200
    assert ranked_headlines(day.content.decode())[0] == "Tarif tol naik pekan depan"
    week = client.get("/populer/?rentang=7d")
    assert ranked_headlines(week.content.decode())[0] == "Pemilu di Chile berlangsung damai"
    assert 'href="?rentang=7d" aria-current="page"' in week.content.decode()
    odd = client.get("/populer/?rentang=tahun")
    assert odd.status_code == 200, "an unknown range falls back to 24 hours"
    assert ranked_headlines(odd.content.decode()) == ranked_headlines(day.content.decode())


def test_the_populer_page_filters_by_section(client, week_of_reads):
    page = client.get("/populer/?kanal=global&rentang=7d")
    assert ranked_headlines(page.content.decode()) == ["Pemilu di Chile berlangsung damai"]
    assert client.get("/populer/?kanal=tidak-ada").status_code == 404


def test_the_populer_page_says_when_nothing_was_read(client, stories):
    page = client.get("/populer/")
    assert page.status_code == 200
    assert ranked_headlines(page.content.decode()) == []
    assert 'class="listing-message"' in page.content.decode()


def test_pages_showing_a_ranking_are_tagged_for_purging(client, week_of_reads):
    response = client.get("/populer/")
    keys = surrogate_keys(response.wsgi_request)
    assert MOST_READ in keys and story_key(week_of_reads["tol"].pk) in keys
    home = client.get("/")
    assert MOST_READ in surrogate_keys(home.wsgi_request)


def test_home_and_story_pages_show_the_populer_box(client, week_of_reads):
    home = client.get("/").content.decode()
    assert ranked_headlines(home)[0] == "Tarif tol naik pekan depan"
    story = client.get(week_of_reads["pemilu"].url).content.decode()
    assert ranked_headlines(story) == ranked_headlines(home)
