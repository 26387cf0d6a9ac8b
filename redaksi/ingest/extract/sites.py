"""The second layer: what we know about the markup of the big Indonesian portals.

Each rule names where a portal puts its headline, byline, times, lead photo,
body and page titles. A rule is chosen by the page's host or, for saved files
without a URL, by markers the portal leaves in every page. Anything a rule does
not name falls back to the generic paths at the bottom, so a redesign degrades
to the generic extractor instead of failing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit


def cls(name: str) -> str:
    """XPath test for one class name (lxml has no CSS selectors without cssselect)."""
    return f'contains(concat(" ", normalize-space(@class), " "), " {name} ")'


@dataclass(frozen=True)
class SiteRule:
    name: str
    source_name: str
    hosts: tuple[str, ...]
    markers: tuple[str, ...]
    headline: tuple[str, ...] = ()
    body: tuple[str, ...] = ()
    pages: str = ""
    page_title: str = ""
    byline: tuple[str, ...] = ()
    published: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    lead_figure: tuple[str, ...] = ()
    section: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()


# A credit printed under a photo often shares the byline's class ("author"): not a byline.
NOT_IN_PHOTO = (
    '[not(ancestor-or-self::figure) and not(../img) and not(ancestor::*[contains(@class,"photo")'
    ' or contains(@class,"foto") or contains(@class,"caption") or contains(@class,"image")])]'
)

GENERIC = SiteRule(
    name="generic",
    source_name="",
    hosts=(),
    markers=(),
    headline=("//article//h1", "//h1"),
    body=('//*[@itemprop="articleBody"]',),
    byline=(
        '//*[@rel="author"]',
        '//*[@itemprop="author"]',
        f"//*[{cls('author')} or {cls('byline')} or {cls('penulis')} or {cls('reporter')}]"
        + NOT_IN_PHOTO,
        # Boxes named "nmreporter", "author-name": the class only contains the word.
        (
            '//*[contains(@class,"author") or contains(@class,"reporter")'
            ' or contains(@class,"penulis")]' + NOT_IN_PHOTO
        ),
    ),
    published=(
        '//time[@itemprop="datePublished"]/@datetime',
        "//article//time/@datetime",
        "//time/@datetime",
        f"//*[{cls('date')} or {cls('published')} or {cls('tanggal')}]",
    ),
    lead_figure=("//article//figure[.//img]", "//main//figure[.//img]"),
    section=(f"//*[{cls('breadcrumb')} or {cls('breadcrumbs')}]//a",),
    tags=(f"//*[{cls('tags')} or {cls('tag-list')} or {cls('topik')}]//a", '//a[@rel="tag"]'),
)

RULES = (
    SiteRule(
        name="liputan6",
        source_name="Liputan6.com",
        hosts=("liputan6.com",),
        markers=("read-page--header", "article-content-body__item"),
        headline=(f"//h1[{cls('read-page--header--title')}]",),
        pages=f"//div[{cls('article-content-body__item-page')}]",
        page_title=f".//*[{cls('article-content-body__item-title')}]",
        body=(f"//div[{cls('article-content-body__item-content')}]",),
        byline=(f"//*[{cls('read-page--header--author__name')}]",),
        published=(f"//time[{cls('read-page--header--author__datetime')}]/@datetime",),
        updated=(f"//time[{cls('read-page--header--author__datetime-updated')}]/@datetime",),
        lead_figure=(f"//*[{cls('read-page--top-media')}]//figure",),
        section=(f"//*[{cls('read-page--breadcrumb')}]//a",),
        tags=(f"//*[{cls('tags--snippet__item')}]//a", f"//*[{cls('tags--snippet')}]//a"),
    ),
    SiteRule(
        name="detik",
        source_name="detikcom",
        hosts=("detik.com",),
        markers=("detail__body-text", "detail__title", "cdn.detik.net.id"),
        headline=(f"//h1[{cls('detail__title')}]",),
        body=(f"//div[{cls('detail__body-text')}]",),
        byline=(f"//div[{cls('detail__author')}]",),
        published=(f"//div[{cls('detail__date')}]",),
        lead_figure=(f"//figure[{cls('detail__media-image')}]", f"//*[{cls('detail__media')}]"),
        section=(f"//*[{cls('page__breadcrumb')}]//a",),
        tags=(f"//*[{cls('detail__body-tag')}]//a",),
    ),
    SiteRule(
        name="kompas",
        source_name="Kompas.com",
        hosts=("kompas.com",),
        markers=("read__content", "read__title"),
        headline=(f"//h1[{cls('read__title')}]",),
        body=(f"//div[{cls('read__content')}]",),
        byline=(f"//*[{cls('read__credit')}]", f"//*[{cls('credit-title-name')}]"),
        published=(f"//div[{cls('read__time')}]",),
        lead_figure=(f"//div[{cls('photo')}]", f"//*[{cls('photo__wrap')}]/.."),
        section=(f"//*[{cls('breadcrumb__wrap')}]//a", f"//*[{cls('breadcrumb')}]//a"),
        tags=(f"//*[{cls('tag__article__wrap')}]//a", f"//*[{cls('tag__article__item')}]//a"),
    ),
    SiteRule(
        name="tempo",
        source_name="Tempo.co",
        hosts=("tempo.co",),
        markers=("TEMPO.CO", "tempo.co/"),
        headline=('//h1[@itemprop="headline"]', f"//h1[{cls('title')}]", "//article//h1"),
        body=('//div[@id="isi"]', f"//div[{cls('detail-konten')}]", f"//div[{cls('detail-in')}]"),
        byline=(f"//*[{cls('detail-author')}]", f"//*[{cls('reporter')}]"),
        published=(f"//*[{cls('date')}]",),
        lead_figure=(f"//figure[{cls('foto-detail')}]", "//article//figure"),
        section=(f"//*[{cls('breadcrumbs')}]//a", f"//*[{cls('breadcrumb')}]//a"),
        tags=(f"//*[{cls('tags')}]//a",),
    ),
    SiteRule(
        name="antara",
        source_name="ANTARA",
        hosts=("antaranews.com",),
        markers=("antaranews.com", "(ANTARA)"),
        headline=(f"//h1[{cls('post-title')}]", "//article//h1"),
        body=(f"//div[{cls('post-content')}]", f"//div[{cls('wrap__article-detail-content')}]"),
        byline=(f"//*[{cls('text-muted')}]",),
        published=(f"//*[{cls('article-date')}]",),
        lead_figure=(f"//*[{cls('wrap__article-detail-image')}]//figure", "//header//figure"),
        section=(f"//*[{cls('breadcrumb')}]//a",),
        tags=(f"//*[{cls('tags-wrapper')}]//a",),
    ),
    SiteRule(
        name="cnnindonesia",
        source_name="CNN Indonesia",
        hosts=("cnnindonesia.com",),
        markers=("cnnindonesia.com", "CNN Indonesia --"),
        headline=(f"//h1[{cls('title')}]", "//h1"),
        body=(f"//div[{cls('detail-text')}]", f"//div[{cls('detail_text')}]"),
        byline=(f"//*[{cls('author')}]",),
        published=(f"//*[{cls('date')}]",),
        lead_figure=(f"//*[{cls('media_artikel')}]", f"//*[{cls('detail-image')}]//figure"),
        section=(f"//*[{cls('breadcrumb')}]//a",),
        tags=(f"//*[{cls('detail-tag')}]//a", f"//*[{cls('tags')}]//a"),
    ),
)


def find_rule(html: str, url: str = "") -> SiteRule | None:
    """The portal rule for this page: by host first, then by markers in the markup."""
    host = (urlsplit(url).hostname or "").lower()
    if host:
        for rule in RULES:
            if any(host == h or host.endswith("." + h) for h in rule.hosts):
                return rule
    head = html[:400_000]
    scores = []
    for rule in RULES:
        hits = sum(1 for marker in rule.markers if marker in head)
        if hits:
            scores.append((hits, rule))
    if not scores:
        return None
    best = max(s[0] for s in scores)
    top = [rule for hits, rule in scores if hits == best]
    if len(top) > 1:  # markers of several portals (a page quoting another): trust the host names
        for rule in top:
            if re.search(re.escape(rule.hosts[0]) + r"/", head):
                return rule
    return top[0]
