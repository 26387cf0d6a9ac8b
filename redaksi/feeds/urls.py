"""Feed, sitemap and robots addresses; all under /feed/ or at the root as crawlers expect.

The /feed/ prefix keeps feeds clear of section pages (/<kanal>/) and story
addresses (/<kanal>/read/<id>/<slug>), which Wagtail and the newsroom serve.
"""

from django.urls import path, re_path

from . import jsonfeed, syndication, views

app_name = "feeds"
urlpatterns = [
    path("feed/rss.xml", syndication.SiteRss(), name="rss"),
    path("feed/atom.xml", syndication.SiteAtom(), name="atom"),
    path("feed/feed.json", jsonfeed.site_feed, name="json"),
    path("feed/kanal/<slug:slug>/rss.xml", syndication.SectionRss(), name="section_rss"),
    path("feed/kanal/<slug:slug>/atom.xml", syndication.SectionAtom(), name="section_atom"),
    path("feed/kanal/<slug:slug>/feed.json", jsonfeed.section_feed, name="section_json"),
    path("feed/tag/<slug:slug>/rss.xml", syndication.TagRss(), name="tag_rss"),
    path("feed/tag/<slug:slug>/atom.xml", syndication.TagAtom(), name="tag_atom"),
    path("feed/tag/<slug:slug>/feed.json", jsonfeed.tag_feed, name="tag_json"),
    path("sitemap.xml", views.sitemap_index, name="sitemap_index"),
    path("sitemap-pages.xml", views.sitemap_pages, name="sitemap_pages"),
    re_path(
        r"^sitemap-stories-(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])\.xml$",
        views.sitemap_stories,
        name="sitemap_stories",
    ),
    path("sitemap-news.xml", views.sitemap_news, name="sitemap_news"),
    path("robots.txt", views.robots_txt, name="robots"),
]
