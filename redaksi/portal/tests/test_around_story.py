"""The lists under a story come from cached teasers, yet always show stories as they are now."""

import time

import pytest
from django.core.cache import cache

from redaksi.core.listings import GENERATION_KEY
from redaksi.core.surrogate import LATEST, story_key
from redaksi.delivery import pagecache
from redaksi.delivery.pagecache import ALL_PAGES
from redaksi.newsroom import api as newsroom_api

from .stories import publish

pytestmark = pytest.mark.django_db


def _latest_block(html: str) -> str:
    return html.split('id="berita-terkini"')[1].split("</section>")[0]


def _new_headline(story, headline: str):
    draft = story.get_latest_revision_as_object()
    draft.title = headline
    draft.save_revision()
    return newsroom_api.publish_article(draft)


def test_a_new_headline_shows_at_once_in_another_storys_latest_news(newsroom, client):
    story = publish(newsroom, hours=1, title="Jalan tol Semarang dibuka")
    other = publish(newsroom, "global", hours=2, title="Harga minyak turun")
    assert "Harga minyak turun" in _latest_block(client.get(story.url).content.decode())

    _new_headline(other, "Harga minyak turun tajam")

    latest = _latest_block(client.get(story.url).content.decode())
    assert "Harga minyak turun tajam" in latest
    assert f'href="{other.url}"' in latest


@pytest.fixture
def other_process(settings, tmp_path):
    """Write a purge line as another process on this machine does after it published."""
    if pagecache._shared():
        pytest.skip("with Redis every process shares one list generation")
    settings.REDAKSI_PAGE_CACHE = True
    settings.REDAKSI_PURGE_LOG = str(tmp_path / "purge.log")
    cache.clear()
    pagecache.clear()

    def purged(*keys: str) -> None:
        with open(settings.REDAKSI_PURGE_LOG, "a") as log:
            log.write(f"{time.time():.6f} {' '.join(keys)}\n")

    yield purged
    pagecache.clear()


def test_a_headline_published_by_another_process_shows_here_at_once(
    newsroom, client, other_process
):
    story = publish(newsroom, hours=1, title="Jalan tol Semarang dibuka")
    other = publish(newsroom, "global", hours=2, title="Harga minyak turun")
    client.get(story.url)
    generation = cache.get(GENERATION_KEY)

    _new_headline(other, "Harga minyak turun tajam")
    cache.set(GENERATION_KEY, generation, None)  # this process never heard of the publish
    other_process(story_key(other.pk), LATEST)

    latest = _latest_block(client.get(story.url).content.decode())
    assert "Harga minyak turun tajam" in latest
    assert "Harga minyak turun</a>" not in latest


def test_a_story_taken_down_by_another_process_never_shows(newsroom, client, other_process):
    story = publish(newsroom, hours=1, title="Jalan tol Semarang dibuka")
    withdrawn = publish(newsroom, "global", hours=2, title="Kabar yang ditarik")
    assert "Kabar yang ditarik" in client.get(story.url).content.decode()
    generation = cache.get(GENERATION_KEY)

    withdrawn.unpublish()
    cache.set(GENERATION_KEY, generation, None)  # this process never heard of the unpublish
    other_process(story_key(withdrawn.pk), LATEST)

    assert "Kabar yang ditarik" not in client.get(story.url).content.decode()


def test_a_section_renamed_by_another_process_shows_in_the_menu(newsroom, client, other_process):
    story = publish(newsroom, hours=1, title="Jalan tol Semarang dibuka")
    section = newsroom["sections"]["global"]
    client.get(story.url)
    generation = cache.get(GENERATION_KEY)

    section.title = "Mancanegara"
    section.save_revision().publish()
    cache.set(GENERATION_KEY, generation, None)  # this process never heard of the publish
    other_process(ALL_PAGES)

    menu = client.get(story.url).content.decode().split('class="site-nav"')[1].split("</nav>")[0]
    assert "Mancanegara" in menu


def test_teasers_read_the_same_whether_rendered_or_kept(newsroom, client):
    story = publish(newsroom, hours=1, title="Jalan tol Semarang dibuka", tags=("tol",))
    publish(newsroom, "global", hours=2, title="Tol laut diperluas", tags=("tol",))
    publish(newsroom, "global", hours=3, title="Harga minyak turun")
    first = client.get(story.url).content.decode()
    kept = client.get(story.url).content.decode()
    assert kept == first
    related = first.split('id="berita-terkait"')[1].split("</section>")[0]
    assert '<article class="teaser teaser--plain">' in related
    assert "Tol laut diperluas" in related
    assert "Harga minyak turun" in _latest_block(first)
