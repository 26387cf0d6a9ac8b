"""Stories written for the search tests, in our own words."""

from redaksi.newsroom.tests.fixtures import make_article, paragraph, utc


def story(newsroom, title, text, *, section="news", when=None, lede=None, slug=None):
    """A live story (unless ``when`` is False) whose single page is ``text``."""
    return make_article(
        newsroom["sections"][section],
        newsroom["authors"][:1],
        title=title,
        slug=slug or title.lower().replace(" ", "-")[:50],
        lede=lede or "Ringkasan singkat untuk pengujian pencarian.",
        pages=[("", [paragraph(text)])],
        publish_at=None if when is False else (when or utc(2024, 8, 1, 3, 0)),
    )
