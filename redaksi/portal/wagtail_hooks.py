"""What the portal adds to the newsroom's story pages: tag links and the lists under it."""

from wagtail import hooks

from redaksi.newsroom import api as newsroom


@hooks.register(newsroom.STORY_FOOTER, order=10)
def story_tag_links(page) -> str:
    return "portal/includes/story_tags.html"


@hooks.register(newsroom.STORY_MORE, order=10)
def related_and_videos_under_story(page) -> str:
    return "portal/includes/story_related.html"


@hooks.register(newsroom.STORY_MORE, order=30)
def latest_under_story(page) -> str:
    return "portal/includes/story_latest.html"
