"""Anonymous readers get stored pages; a publish shows at once where the story appears."""

import pytest

from redaksi.core.surrogate import LATEST, story_key
from redaksi.delivery import pagecache

pytestmark = pytest.mark.django_db


def get(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, (url, response.status_code)
    return response


def test_second_anonymous_request_is_a_cache_hit_with_cdn_headers(client, page_cache, story):
    url = story.get_url()
    first = get(client, url)
    second = get(client, url)
    assert first["X-Cache"] == "MISS"
    assert second["X-Cache"] == "HIT"
    assert second.content == first.content
    assert "Banjir rob genangi pesisir Semarang" in second.content.decode()
    control = second["Cache-Control"]
    assert control.startswith("public, ")
    assert f"s-maxage={second['X-Accel-Expires']}," in control
    assert control.endswith("stale-while-revalidate=60")
    keys = second["Surrogate-Key"].split(" ")
    assert story_key(story.pk) in keys and LATEST in keys
    assert second["Cache-Tag"].split(",") == keys
    assert "Cookie" not in second.get("Vary", "")


def test_head_request_is_answered_from_the_cache_without_a_body(client, page_cache, story):
    get(client, story.get_url())
    response = client.head(story.get_url())
    assert response["X-Cache"] == "HIT"
    assert response.content == b""
    assert int(response["Content-Length"]) > 1000


def test_logged_in_editor_is_never_served_or_stored(editor_client, client, page_cache, story):
    url = story.get_url()
    get(client, url)  # an anonymous copy is stored
    response = get(editor_client, url)
    assert "X-Cache" not in response
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert "Surrogate-Key" not in response


def test_tracking_parameters_share_the_page_but_unknown_ones_bypass(client, page_cache, story):
    url = story.get_url()
    get(client, url)
    assert get(client, url + "?utm_source=whatsapp&fbclid=abc")["X-Cache"] == "HIT"
    assert "X-Cache" not in get(client, url + "?preview_token=1")
    assert get(client, url + "?single=1")["X-Cache"] == "MISS"


def test_update_shows_at_once_on_story_home_section_and_tag_pages(
    client, page_cache, story, newsroom, publish
):
    section = newsroom["sections"]["news"]
    urls = [story.get_url(), "/", section.get_url(), "/tag/banjir/"]
    for url in urls:
        get(client, url)
        assert get(client, url)["X-Cache"] == "HIT"

    publish(story, title="Banjir rob surut, warga mulai bersih-bersih")

    for url in urls:
        response = get(client, story.get_url() if url == urls[0] else url)
        assert response["X-Cache"] == "MISS", url
        assert "Banjir rob surut, warga mulai bersih-bersih" in response.content.decode(), url


def test_unpublished_story_is_gone_at_once(
    client, page_cache, story, django_capture_on_commit_callbacks
):
    url = story.get_url()
    get(client, url)
    get(client, "/")
    assert "Banjir rob genangi" in get(client, "/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        story.unpublish()
    assert client.get(url).status_code == 404
    assert "Banjir rob genangi" not in get(client, "/").content.decode()


def test_purging_one_story_keeps_unrelated_pages_cached(
    client, page_cache, story, newsroom, publish
):
    other_author = newsroom["authors"][1]
    get(client, other_author.get_url())
    get(client, story.get_url())
    publish(story, title="Banjir rob surut")
    assert get(client, other_author.get_url())["X-Cache"] == "HIT"
    assert get(client, story.get_url())["X-Cache"] == "MISS"


def test_page_rendered_before_a_purge_is_not_kept(page_cache, story):
    ident = "http://testserver/news/read/1/x?"
    entry = (200, [("Content-Type", "text/html")], b"lama", ("story-1",), 0.0)
    started = __import__("time").time()
    pagecache.purge({"story-1"})
    assert pagecache.store(ident, entry, {"story-1"}, 600, started) is False
    assert pagecache.lookup(ident) is None
    assert pagecache.store(ident, entry, {"story-1"}, 600, started + 10) is True
    assert pagecache.lookup(ident) is not None


def test_purge_logged_by_another_process_reaches_this_one(client, page_cache, story, settings):
    if pagecache._shared():
        pytest.skip("with Redis every process shares one index")
    url = story.get_url()
    get(client, url)
    # What `redaksi shell` publishing in a second process writes:
    with open(settings.REDAKSI_PURGE_LOG, "a") as log:
        log.write(f"{__import__('time').time():.6f} {story_key(story.pk)}\n")
    assert get(client, url)["X-Cache"] == "MISS"


def test_most_read_pages_are_kept_briefly(client, page_cache, story):
    response = get(client, "/")  # the home page shows the Populer ranking
    assert "s-maxage=60," in response["Cache-Control"]
    assert response["X-Accel-Expires"] == "60"


def test_admin_and_operator_paths_are_never_stored(client, page_cache, db):
    for url in ("/healthz", "/admin/login/"):
        client.get(url)
        assert "X-Cache" not in client.get(url)


def test_search_max_age_limits_every_cache(client, page_cache, story, settings):
    settings.REDAKSI_SEARCH_MAX_AGE = 45
    response = get(client, "/search?q=banjir")
    assert response["X-Cache"] == "MISS"
    assert "s-maxage=45," in response["Cache-Control"]
    assert response["X-Accel-Expires"] == "45"
    assert "s-maxage=45," in get(client, "/search?q=banjir")["Cache-Control"]


def test_with_https_on_plain_http_is_redirected_even_for_cached_pages(
    client, page_cache, story, settings
):
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    url = story.get_url()
    secure = {"HTTP_X_FORWARDED_PROTO": "https"}
    first = get(client, url, **secure)
    assert get(client, url, **secure)["X-Cache"] == "HIT"
    assert first["Strict-Transport-Security"].startswith("max-age=31536000")
    plain = client.get(url)
    assert plain.status_code == 301 and plain["Location"].startswith("https://")
    assert client.get("/healthz").status_code == 200  # load balancers probe over HTTP
