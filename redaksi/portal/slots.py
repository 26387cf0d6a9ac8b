"""What the front page shows, slot by slot.

Editors pin stories to slots; a slot they leave short is topped up from the
newest stories. The page is filled in a fixed order (headlines, Video Pilihan,
Pilihan Editor, Berita Terkini, Video Terkini, then one block per section) and a
story already shown is never shown again further down, so a reader scrolling
the home page meets every story once.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import QuerySet
from django.http import HttpRequest
from wagtail.models import Site

from redaksi.core.listings import cached
from redaksi.core.surrogate import add_surrogate_keys, story_key
from redaksi.newsroom import api as newsroom

HEADLINES = 5
"""The lead story and the four headlines beside it."""
EDITOR_PICKS = 4
VIDEO_PICKS = 4
LATEST = 10
LATEST_VIDEOS = 4
PER_SECTION = 4


@dataclass
class HomeLayout:
    headlines: list = field(default_factory=list)
    editor_picks: list = field(default_factory=list)
    video_picks: list = field(default_factory=list)
    latest: list = field(default_factory=list)
    latest_videos: list = field(default_factory=list)
    section_blocks: list = field(default_factory=list)

    @property
    def lead(self):
        return self.headlines[0] if self.headlines else None

    @property
    def more_headlines(self) -> list:
        return self.headlines[1:]

    def all_stories(self) -> list:
        stories = [
            *self.headlines,
            *self.editor_picks,
            *self.video_picks,
            *self.latest,
            *self.latest_videos,
        ]
        for _section, block in self.section_blocks:
            stories.extend(block)
        return stories


class _Filler:
    """Hands out stories for one page, remembering what it has already placed.

    Pins are placed before anything is filled automatically, so a story an editor
    pinned to a block further down is never taken by an automatic slot above it.
    """

    def __init__(self, site_root) -> None:
        self.site_root = site_root
        self.shown: set[int] = set()

    def pin(self, picks, size: int, *, videos_only: bool = False) -> list:
        """The live stories of ``picks`` not placed yet, in the editors' order, at most ``size``."""
        ids = [pick.article_id for pick in picks if pick.article_id]
        stories = newsroom.live_articles(ids, site_root=self.site_root)
        chosen = [
            story
            for story in stories
            if story.pk not in self.shown and (story.has_video or not videos_only)
        ][:size]
        self.shown.update(story.pk for story in chosen)
        return chosen

    def top_up(self, chosen: list, fallback: QuerySet, size: int) -> list:
        """``chosen`` followed by the newest stories of ``fallback`` not placed yet."""
        if len(chosen) < size:
            extra = list(fallback.exclude(pk__in=self.shown)[: size - len(chosen)])
            self.shown.update(story.pk for story in extra)
            chosen = chosen + extra
        return chosen


def featured_videos(home, size: int = VIDEO_PICKS) -> list:
    """Video Pilihan: the videos editors pinned, topped up with the newest videos."""
    filler = _Filler(home)
    pinned = filler.pin(home.video_picks.all(), size, videos_only=True)
    return filler.top_up(pinned, newsroom.video_articles(site_root=home), size)


_BLOCKS = ("headlines", "editor_picks", "video_picks", "latest", "latest_videos")


def home_layout(home, site: Site | None = None) -> HomeLayout:
    """Every block of the front page of ``home``, with no story shown twice.

    Choosing the stories walks the archive a dozen times; the choice only changes when
    something is published, unpublished, moved or deleted (the home page's own slots
    included), so the chosen ids are kept under the list generation and the stories
    are read afresh in one query.
    """
    site = site or home.get_site()
    chosen = cached(
        f"home-layout:{home.pk}:{site.pk if site else 0}",
        lambda: _layout_ids(_choose_layout(home, site)),
    )
    wanted = [pk for name in _BLOCKS for pk in chosen[name]]
    wanted += [pk for _section, ids in chosen["sections"] for pk in ids]
    stories = {story.pk: story for story in newsroom.live_articles(wanted, site_root=home)}
    layout = HomeLayout()
    for name in _BLOCKS:
        setattr(layout, name, [stories[pk] for pk in chosen[name] if pk in stories])
    sections = {section.pk: section for section in _sections(site)}
    layout.section_blocks = [
        (sections[section_pk], [stories[pk] for pk in ids if pk in stories])
        for section_pk, ids in chosen["sections"]
        if section_pk in sections
    ]
    return layout


def _sections(site: Site | None) -> list:
    return newsroom.site_sections(site) if site is not None else []


def _layout_ids(layout: HomeLayout) -> dict:
    ids = {name: [story.pk for story in getattr(layout, name)] for name in _BLOCKS}
    ids["sections"] = [
        (section.pk, [story.pk for story in stories]) for section, stories in layout.section_blocks
    ]
    return ids


def _choose_layout(home, site: Site | None) -> HomeLayout:
    filler = _Filler(home)
    latest = newsroom.latest_articles(site_root=home)
    videos = newsroom.video_articles(site_root=home)
    sections = _sections(site)

    headlines = filler.pin(home.headline_picks.all(), HEADLINES)
    video_picks = filler.pin(home.video_picks.all(), VIDEO_PICKS, videos_only=True)
    editor_picks = filler.pin(home.editor_picks.all(), EDITOR_PICKS)
    section_pins = filler.pin(home.section_picks.all(), PER_SECTION * len(sections))

    layout = HomeLayout()
    layout.headlines = filler.top_up(headlines, latest, HEADLINES)
    layout.video_picks = filler.top_up(video_picks, videos, VIDEO_PICKS)
    layout.editor_picks = filler.top_up(editor_picks, latest, EDITOR_PICKS)
    layout.latest = filler.top_up([], latest, LATEST)
    layout.latest_videos = filler.top_up([], videos, LATEST_VIDEOS)
    for section in sections:
        pinned = [story for story in section_pins if story.path.startswith(section.path)]
        stories = filler.top_up(
            pinned[:PER_SECTION], newsroom.latest_articles(section=section), PER_SECTION
        )
        layout.section_blocks.append((section, stories))
    return layout


def record_shown(request: HttpRequest, stories: Iterable) -> None:
    """Tag the response with every story it links to, so changing one refreshes the page."""
    add_surrogate_keys(request, *(story_key(story.pk) for story in stories))
