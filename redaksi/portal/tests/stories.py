"""Stories for the portal's tests, published at chosen moments."""

from datetime import timedelta

from redaksi.newsroom.tests.fixtures import make_article, utc

VIDEO_URL = "https://www.youtube.com/watch?v=aqz-KE-bpKQ"
START = utc(2026, 3, 2, 1, 0)


def publish(newsroom, section: str = "news", *, hours: float = 0, title: str = "", **fields):
    """A live story in ``section``, first published ``hours`` after START."""
    at = START + timedelta(hours=hours)
    return make_article(
        newsroom["sections"][section],
        newsroom["authors"][:1],
        title=title or f"Berita {section} pukul {at:%d %H:%M}",
        publish_at=at,
        **fields,
    )


def publish_many(newsroom, count: int, section: str = "news", **fields) -> list:
    """``count`` stories an hour apart, returned newest first."""
    return [
        publish(newsroom, section, hours=n, title=f"Berita {section} ke-{n + 1}", **fields)
        for n in range(count)
    ][::-1]
