"""Every address a reader can reach answers out-of-range values with 400 or 404, never 500.

The walk covers each URL pattern of the reader-side desks (portal, newsroom
story addresses, search, feeds, sitemaps, Populer and its beacon) with edge
values: years 0, 1 and 9999, impossible dates, ids above 2^63 and negative or
non-numeric ones, huge page numbers. A pattern added to those desks without
being listed here fails the first test, so the walk keeps up with the site.
"""

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver

from redaksi.newsroom.tests.fixtures import make_article, utc

pytestmark = pytest.mark.django_db

HUGE = "9223372036854775808"  # 2^63: one past the largest database id
HUGER = "99999999999999999999999999"
IDS = ["0", "-1", HUGE, HUGER, "abc", "1e9"]
PAGES = ["0", "-1", "abc", HUGE, HUGER, "1e9", "2147483648", ""]
DATES = [
    "0000-01-01", "0001-01-01", "9999-12-31", "10000-01-01", "2026-02-30", "2026-13-01",
    "abc", "-1", "1-1-1",
]  # fmt: skip

# Every reader-side pattern, by its route, with the addresses that walk it.
ROUTES: dict[str, list[str]] = {
    "_baca/": [],  # POST only: see test_the_beacon_answers_out_of_range_ids_with_404
    "populer/": [f"/populer/?rentang={v}" for v in ("0", "999d", "24j")]
    + [f"/populer/?kanal={v}" for v in ("tidak-ada", "%00", "a" * 300)],
    "<slug:section>/read/<int:article_id>/<slug:slug>": [
        f"/news/read/{i}/judul" for i in ("0", HUGE, HUGER, "9223372036854775807")
    ],
    "(?P<section>[-\\w]+)/read/": [f"/news/read/{i}" for i in ("0", HUGE, HUGER)],
    "tag/<slug:slug>/": ["/tag/tidak-ada/"] + [f"/tag/banjir/?page={p}" for p in PAGES],
    "terkini/": [f"/terkini/?page={p}" for p in PAGES]
    + ["/terkini/?kanal=tidak-ada", "/terkini/?kanal=%00"],
    "indeks/": [f"/indeks/?page={p}" for p in PAGES]
    + [f"/indeks/?tanggal={d}" for d in DATES + ["%00"]],
    "indeks/<yyyy:year>/<dd:month>/<dd:day>/": [
        "/indeks/0000/01/01/",
        "/indeks/0001/01/01/",
        "/indeks/9999/12/31/",
        "/indeks/2026/02/30/",
        "/indeks/2026/13/01/",
        "/indeks/2026/00/10/",
        "/indeks/2026/01/00/",
        "/indeks/2026/01/32/",
        "/indeks/2024/02/29/?page=99999",
    ],  # fmt: skip
    "video/": [f"/video/?page={p}" for p in PAGES],
    "video/pilihan/": [f"/video/pilihan/?page={p}" for p in PAGES],
    "search/": [f"/search?q=banjir&dari={d}" for d in DATES]
    + [f"/search?q=banjir&sampai={d}" for d in DATES]
    + [f"/search?q=banjir&page={p}" for p in PAGES]
    + [
        "/search?q=banjir&dari=9999-12-31&sampai=0001-01-01",
        "/search?q=%00",
        "/search?q=" + "a" * 5000,
        "/search?q=banjir&kanal=tidak-ada",
        "/search?q=AND+OR+NOT+%22%28*",
    ],
    "feed/rss.xml": ["/feed/rss.xml?page=abc"],
    "feed/atom.xml": ["/feed/atom.xml"],
    "feed/feed.json": ["/feed/feed.json"],
    "feed/kanal/<slug:slug>/rss.xml": ["/feed/kanal/tidak-ada/rss.xml"],
    "feed/kanal/<slug:slug>/atom.xml": ["/feed/kanal/tidak-ada/atom.xml"],
    "feed/kanal/<slug:slug>/feed.json": ["/feed/kanal/tidak-ada/feed.json"],
    "feed/tag/<slug:slug>/rss.xml": ["/feed/tag/tidak-ada/rss.xml"],
    "feed/tag/<slug:slug>/atom.xml": ["/feed/tag/tidak-ada/atom.xml"],
    "feed/tag/<slug:slug>/feed.json": ["/feed/tag/tidak-ada/feed.json"],
    "sitemap.xml": ["/sitemap.xml"],
    "sitemap-pages.xml": ["/sitemap-pages.xml"],
    "sitemap-stories-": [
        "/sitemap-stories-0000-01.xml",
        "/sitemap-stories-0001-01.xml",
        "/sitemap-stories-9999-12.xml",
        "/sitemap-stories-2026-00.xml",
        "/sitemap-stories-2026-13.xml",
    ]
    + [f"/sitemap-stories-2026-03.xml?p={p}" for p in PAGES],  # fmt: skip
    "sitemap-news.xml": ["/sitemap-news.xml"],
    "robots.txt": ["/robots.txt"],
    # The tipline's webhooks (GET is WhatsApp's subscription handshake) and ways to follow.
    "tipline/whatsapp/": [
        "/tipline/whatsapp/",
        "/tipline/whatsapp/?hub.mode=subscribe&hub.verify_token=salah&hub.challenge=1",
        "/tipline/whatsapp/?hub.mode=%00&hub.challenge=" + "a" * 5000,
    ],
    "tipline/telegram/": ["/tipline/telegram/"],
    "ikuti/": ["/ikuti/", "/ikuti/?page=abc"],
    "ikuti/surel/": ["/ikuti/surel/", "/ikuti/surel/?email=%00"],
    "ikuti/konfirmasi/<slug:token>/": [
        f"/ikuti/konfirmasi/{t}/" for t in ("x", "a" * 500, "%00", HUGE)
    ],
    "ikuti/berhenti/<slug:token>/": [f"/ikuti/berhenti/{t}/" for t in ("x", "a" * 500, "%00")],
    "ikuti/push/": ["/ikuti/push/"],
    "sw.js": ["/sw.js"],
    # Wagtail's forms for pages behind a password or a log-in.
    "_util/authenticate_with_password/": [
        f"/_util/authenticate_with_password/{a}/{b}/"
        for a, b in (("0", "0"), (HUGE, "1"), ("1", HUGE), (HUGER, HUGER))
    ],
    "_util/login/": ["/_util/login/?next=https://elsewhere.example/"],
    # Pages Wagtail serves by tree path: sections, the author index and profiles.
    "((?:[\\w\\-]+/)*)": [f"/news/?page={p}" for p in PAGES]
    + [f"/penulis/?page={p}" for p in PAGES]
    + ["/tidak-ada/", "/news/tidak-ada/", "/" + "a/" * 200],
}
READER_APPS = {"portal", "newsroom", "search", "feeds", "mostread", None}
NOT_READER = ("admin/", "dokumen/", "healthz", "metrics", "media/", "static/")


def _patterns(resolver: URLResolver, prefix: str = ""):
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            if str(entry.pattern).startswith(NOT_READER):
                continue
            yield from _patterns(entry, route)
        elif isinstance(entry, URLPattern):
            yield route.removeprefix("^").removesuffix("$")


def _covered(route: str) -> bool:
    return any(route.startswith(known) or route.removeprefix("^") == known for known in ROUTES)


def test_every_reader_pattern_is_walked():
    routes = [r for r in _patterns(get_resolver()) if not r.startswith(NOT_READER)]
    missing = [r for r in routes if not _covered(r.lstrip("^"))]
    assert not missing, f"add these patterns to ROUTES with their edge values: {missing}"


@pytest.fixture
def site(newsroom):
    news = newsroom["sections"]["news"]
    story = make_article(
        news, newsroom["authors"], title="Banjir rendam tiga kecamatan", publish_at=utc(2026, 3, 7)
    )
    story.tags.add("banjir")
    story.save_revision().publish()
    return newsroom


@pytest.mark.parametrize("route", [route for route, urls in ROUTES.items() if urls])
def test_edge_values_never_break_a_page(site, route):
    client = Client(raise_request_exception=False)
    broken = [
        (url, status) for url in ROUTES[route] if (status := client.get(url).status_code) >= 500
    ]
    assert not broken, f"answered with a server error: {broken}"


@pytest.mark.parametrize(
    "url",
    [
        "/indeks/0000/01/01/",
        "/indeks/9999/12/31/",
        "/indeks/2026/02/30/",
        "/indeks/2026/13/01/",
        "/sitemap-stories-0000-01.xml",
        "/sitemap-stories-9999-12.xml",
        f"/news/read/{HUGE}/judul",
        f"/news/read/{HUGER}",
        "/news/read/0/judul",
        "/tag/tidak-ada/",
        "/feed/kanal/tidak-ada/rss.xml",
        "/feed/tag/tidak-ada/feed.json",
        "/populer/?kanal=tidak-ada",
    ],
)
def test_out_of_range_addresses_are_not_found(site, url):
    response = Client(raise_request_exception=False).get(url)
    assert response.status_code == 404, f"{url} answered {response.status_code}"


@pytest.mark.parametrize("field", ["dari", "sampai"])
@pytest.mark.parametrize("value", ["0001-01-01", "9999-12-31", "0000-01-01", "2026-02-30"])
def test_search_dates_out_of_range_are_refused_with_a_message(site, field, value):
    response = Client(raise_request_exception=False).get(
        f"/search?q=banjir&{field}={value}", HTTP_ACCEPT_LANGUAGE="id"
    )
    assert response.status_code == 400, f"{field}={value}: {response.status_code}"
    page = response.content.decode()
    assert "Pilih tanggal antara 0001-01-02 dan 9999-12-30" in page or "YYYY-MM-DD" in page


@pytest.mark.parametrize("article_id", IDS)
def test_the_beacon_answers_out_of_range_ids_with_404(site, article_id):
    response = Client(raise_request_exception=False).post(
        f"/_baca/{article_id}", HTTP_ORIGIN="http://testserver", HTTP_SEC_FETCH_SITE="same-origin"
    )
    assert response.status_code in (204, 404)
    if article_id in (HUGE, HUGER):
        assert response.status_code == 404
