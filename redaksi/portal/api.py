"""What other desks may ask the portal: its front page, and the stories pinned to it.

The demo loader (and an installer) put the front page at the top of the tree and
pin stories to its slots through these functions, as an editor would in the admin.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import Page, Site

from redaksi.core.models import User
from redaksi.newsroom import api as newsroom

from .models import EditorPick, HeadlinePick, HomePage, SectionPick, VideoPick

__all__ = ["SLOTS", "HomePage", "ensure_front_page", "front_page", "pin_front_page_stories"]

# Slot name -> (pick model, the home page's relation holding its picks).
SLOTS = {
    "headline": (HeadlinePick, "headline_picks"),
    "editor": (EditorPick, "editor_picks"),
    "video": (VideoPick, "video_picks"),
    "section": (SectionPick, "section_picks"),
}


def front_page() -> HomePage | None:
    """The portal's front page, if there is one."""
    return HomePage.objects.first()


def ensure_front_page(
    *, title: str, intro: str = "", actor: User | None = None
) -> tuple[HomePage, Site]:
    """The portal's front page at the top of the tree, served by the default site.

    Wagtail's installer leaves a plain "Welcome" page there; it has no template in
    Redaksi, so it is replaced (only if it is still a bare page with no children).
    An existing front page and site are kept as they are, but for a missing site name.
    """
    with transaction.atomic():
        root = Page.get_first_root_node()
        plain_page = ContentType.objects.get_for_model(Page)
        leftovers = list(root.get_children().filter(content_type=plain_page, numchild=0))
        home = front_page()
        if home is None:
            for page in leftovers:
                if page.slug == "home":
                    Page.objects.filter(pk=page.pk).update(slug=f"wagtail-welcome-{page.pk}")
            home = HomePage(title=title, slug="home", intro=intro, owner=actor)
            root.add_child(instance=home)
            home.save_revision(user=actor, log_action=True).publish(user=actor)
            home.refresh_from_db()

        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True)
        if site.pk is None or site.root_page_id != home.pk or not site.site_name:
            site.root_page = home
            site.site_name = site.site_name or title
            site.save()

        for page in leftovers:
            if not Site.objects.filter(root_page_id=page.pk).exists():
                page.delete()
    return home, site


def pin_front_page_stories(
    home: HomePage,
    pins: dict[str, Sequence[newsroom.ArticlePage]],
    *,
    actor: User | None = None,
) -> bool:
    """Pin stories to the front page's slots (``SLOTS``), in the order given, as a
    published revision; False, and nothing changed, when any slot already has pins
    (an editor's own arrangement is never replaced). Drafts are left out."""
    unknown = set(pins) - set(SLOTS)
    if unknown:
        raise ValueError(f"unknown front-page slots {sorted(unknown)}; known: {sorted(SLOTS)}")
    if any(getattr(home, relation).exists() for _model, relation in SLOTS.values()):
        return False
    with transaction.atomic():
        draft = home.get_latest_revision_as_object()
        for slot, stories in pins.items():
            model, relation = SLOTS[slot]
            picks = [
                model(article=story, sort_order=order)
                for order, story in enumerate(story for story in stories if story.live)
            ]
            setattr(draft, relation, picks)
        draft.save_revision(user=actor, log_action=True).publish(user=actor)
    home.refresh_from_db()
    return True
