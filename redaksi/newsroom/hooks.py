"""Places on the newsroom's pages where the desks above it add what they own.

The newsroom renders a story, a section and an author profile; it does not know
who shows Populer, the tag pages, feed links or the Cek Fakta box around them.
Each desk registers a Wagtail hook under one of these names, returning the name
of a template to include there for the page (or None to add nothing), ordered
with ``hooks.register(name, order=N)``. The template is rendered with the page's
own context, so it sees ``page``, ``request`` and what the view put there.

    @hooks.register(newsroom.STORY_MORE, order=20)
    def most_read_under_stories(page):
        return "mostread/includes/story_most_read.html"
"""

from __future__ import annotations

# Inside the story's <article>, after its corrections (e.g. its tag links).
STORY_FOOTER = "newsroom_story_footer"
# Right after the story's <article> (e.g. the read counter's beacon, reader boxes).
STORY_AFTER = "newsroom_story_after"
# The "more to read" area under a story, in order (related, videos, Populer, latest).
STORY_MORE = "newsroom_story_more"
# A section page's <head> (e.g. the section's own feed links), before the site's.
SECTION_HEAD = "newsroom_section_head"
# Under a section's title and intro (e.g. how to ask the Cek Fakta tipline).
SECTION_INTRO = "newsroom_section_intro"

PLACES = (STORY_FOOTER, STORY_AFTER, STORY_MORE, SECTION_HEAD, SECTION_INTRO)
