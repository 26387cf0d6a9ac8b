"""What the most-read desk adds to story pages: the read beacon and the Populer box."""

from wagtail import hooks

from redaksi.newsroom import api as newsroom


@hooks.register(newsroom.STORY_AFTER, order=10)
def read_beacon_on_story(page) -> str:
    return "mostread/includes/story_beacon.html"


@hooks.register(newsroom.STORY_MORE, order=20)
def most_read_under_story(page) -> str:
    return "mostread/includes/story_most_read.html"
