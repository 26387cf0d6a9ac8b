"""What the feeds desk adds to section pages: links to the section's own feeds."""

from wagtail import hooks

from redaksi.newsroom import api as newsroom


@hooks.register(newsroom.SECTION_HEAD, order=10)
def section_feed_links(page) -> str:
    return "feeds/includes/section_feed_links.html"
