"""The demo front page as an editor would arrange it: a few stories pinned to each slot.

Pins are saved as a published revision of the home page, as the admin would,
and only when the home page has none yet, so an editor's own arrangement
survives the demo loader running again.
"""

from redaksi.core.models import User
from redaksi.newsroom import api
from redaksi.portal import api as portal

# Slot -> story slugs, in the order the slot shows them. Slots are topped up with
# the newest stories, so the demo still shows how automatic filling looks.
PINS = {
    "headline": (
        "peringatan-dini-cuaca-ekstrem-pesisir-utara-jawa",
        "cek-fakta-pesan-berantai-pemblokiran-rekening",
    ),
    "editor": (
        "kopi-temanggung-tembus-pasar-timur-tengah",
        "kampus-bandung-kembangkan-model-ai-berbahasa-sunda",
    ),
    "video": (
        "film-sintel-jadi-bahan-praktik-siswa-smk-animasi",
        "nonton-bareng-film-pendek-spring-di-denpasar",
    ),
    "section": ("rotterdam-uji-taman-air-untuk-tampung-hujan-ekstrem",),
}


def ensure_home_picks(
    home: portal.HomePage, articles: dict[str, api.ArticlePage], *, actor: User | None = None
) -> bool:
    """Pin the demo's stories to the home page's slots; False when pins were already there."""
    pins = {
        slot: [articles[slug] for slug in slugs if slug in articles] for slot, slugs in PINS.items()
    }
    return portal.pin_front_page_stories(home, pins, actor=actor)


# The rendition specs the portal's teasers ask for (newsroom/includes/article_teaser.html).
# Making them while loading means the demo's first reader does not wait while a
# hundred pictures are resized; a story page's own sizes are made when it is opened.
TEASER_RENDITIONS = [
    f"fill-{size}|format-{fmt}" for size in ("320x180", "640x360") for fmt in ("webp", "jpeg")
]
LEAD_RENDITIONS = [
    f"fill-{size}|format-{fmt}"
    for size in ("480x270", "800x450", "1200x675")
    for fmt in ("webp", "jpeg")
]
LEAD_CANDIDATES = 10


def warm_renditions(articles: dict[str, api.ArticlePage]) -> None:
    """Resize live stories' lead pictures to the sizes the home page and listings use."""
    live = [story for story in articles.values() if story.live and story.lead_image]
    live.sort(key=lambda story: story.first_published_at, reverse=True)
    for number, story in enumerate(live):
        pinned = any(story.slug in slugs for slugs in PINS.values())
        lead = number < LEAD_CANDIDATES or pinned
        story.lead_image.get_renditions(*TEASER_RENDITIONS, *(LEAD_RENDITIONS if lead else ()))
