"""Builds the demo newsroom: site, sections, authors, accounts and two weeks of stories.

Sections, authors and stories go through the newsroom's write API, so the demo's
stories have the same revisions, history and publish fingerprints as stories
written in the admin. Every step looks for what an earlier run made (by slug, username or
picture title) and leaves it alone, so running the loader again changes nothing.
"""

from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.models import Site

from redaksi.core.models import SiteIdentity, User
from redaksi.factcheck import api as factcheck
from redaksi.newsroom import api
from redaksi.portal import api as portal

from . import content, factchecks
from .content import Account, Fix, PageBreak, Photo, Quote, Related, Story, Video
from .images import avatar_picture, save_picture, story_picture
from .picks import ensure_home_picks, warm_renditions
from .reads import ensure_demo_reads
from .stories import STORIES

WIB = ZoneInfo("Asia/Jakarta")
# A story timed later than this before the run moves to the day before.
FRESHNESS_MARGIN = timedelta(minutes=15)


@dataclass
class DemoResult:
    """What the loader made or found; the ``demo`` command prints it."""

    site: Site
    home: portal.HomePage
    sections: dict[str, api.SectionPage]
    authors: dict[str, api.AuthorPage]
    accounts: dict[str, User]
    # Accounts that existed before with a password other than the demo one.
    changed_passwords: list[str] = field(default_factory=list)
    articles: dict[str, api.ArticlePage] = field(default_factory=dict)
    created_articles: int = 0


def load_demo(*, now: datetime | None = None) -> DemoResult:
    """Load the demo newsroom into the database, or complete a partly loaded one.

    ``now`` is the moment story times count back from; tests pass a fixed one.
    """
    now = now or timezone.now()
    with transaction.atomic():
        accounts, changed = ensure_accounts()
        admin, editor = accounts["redaksi"], accounts["editor"]
        home, site = ensure_home(actor=admin)
        ensure_identity(site)
        sections = {
            slug: api.create_section(home, title=title, slug=slug, intro=intro, actor=admin)
            for slug, title, intro in content.SECTIONS
        }
        factcheck.grant_desk_permissions()  # the Cek Fakta section exists from here on
        authors = ensure_authors(home, accounts, actor=admin)
        result = DemoResult(site, home, sections, authors, accounts, changed)
        _StoryLoader(result, editor=editor, now=now).load_all()
        ensure_home_picks(home, result.articles, actor=editor)
        if result.created_articles:
            ensure_demo_reads(result.articles, now)
    warm_renditions(result.articles)
    return result


# --- Accounts, site and people


def ensure_accounts() -> tuple[dict[str, User], list[str]]:
    """The four demo accounts, one per role; existing accounts keep their passwords."""
    groups = api.ensure_roles()
    user_model = get_user_model()
    users, changed = {}, []
    for account in content.ACCOUNTS:
        user, created = user_model.objects.get_or_create(
            username=account.username, defaults=_account_fields(account)
        )
        if created:
            user.set_password(content.DEMO_PASSWORD)
            user.save(update_fields=["password"])
        elif not user.check_password(content.DEMO_PASSWORD):
            changed.append(account.username)
        if not user.groups.filter(pk=groups[account.role].pk).exists():
            user.groups.add(groups[account.role])
        users[account.username] = user
    return users, changed


def _account_fields(account: Account) -> dict:
    return {
        "first_name": account.first_name,
        "last_name": account.last_name,
        "email": f"{account.username}@example.com",
        "is_staff": account.superuser,
        "is_superuser": account.superuser,
    }


def ensure_home(*, actor: User | None = None) -> tuple[portal.HomePage, Site]:
    """The portal's front page at the top of the tree, served by the default site."""
    return portal.ensure_front_page(title=content.SITE_NAME, intro=content.HOME_INTRO, actor=actor)


# Wagtail's installer leaves the default site at localhost:80; a site an admin has given a real
# name is never touched.
_LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}


def point_site_at(hostname: str, port: int) -> bool:
    """Give the default site the address the demo is served on, while it still has a local
    one: links that leave the page (tipline answers, channel messages, feeds) use it."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or site.hostname not in _LOCAL_HOSTS:
        return False
    if (site.hostname, site.port) == (hostname, port):
        return False
    site.hostname, site.port = hostname, port
    site.save(update_fields=["hostname", "port"])
    return True


def ensure_identity(site: Site) -> SiteIdentity:
    """Publisher name and tagline, unless an editor has already set a tagline."""
    identity = SiteIdentity.for_site(site)
    if not identity.tagline:
        identity.publisher_name = content.SITE_NAME
        identity.tagline = content.TAGLINE
        identity.save()
    return identity


def ensure_authors(
    home: portal.HomePage, accounts: dict[str, User], *, actor: User | None = None
) -> dict[str, api.AuthorPage]:
    """The author profiles, with drawn portraits; demo accounts get their own byline."""
    index = api.create_author_index(home, intro=content.AUTHOR_INDEX_INTRO, actor=actor)
    authors = {}
    for spec in content.AUTHORS:
        existing = api.find_author(index, spec.slug)
        if existing is not None:
            authors[spec.slug] = existing
            continue
        user = accounts.get(spec.username)
        if user is not None and api.has_author_profile(user):
            user = None
        photo = save_picture(
            title=f"Foto profil {spec.name}",
            data=avatar_picture(spec.name),
            filename=f"penulis-{spec.slug}.jpg",
            caption=spec.name,
            credit="Redaksi",
        )
        authors[spec.slug] = api.create_author(
            index,
            name=spec.name,
            slug=spec.slug,
            role_title=spec.role_title,
            bio=spec.bio,
            photo=photo,
            user=user,
            actor=actor,
        )
    return authors


# --- Stories


def publication_time(story: Story, now: datetime) -> datetime:
    """When ``story`` went out: its WIB time ``days_ago`` days before ``now``, in UTC.

    A story timed later today than the run allows moves to yesterday, so nothing
    is ever published in the future whatever hour the demo is loaded.
    """
    if story.time.startswith("-"):
        hours, minutes = (int(part) for part in story.time[1:].split(":"))
        at = now - timedelta(hours=hours, minutes=minutes)
        return at.replace(second=0, microsecond=0).astimezone(UTC)
    hours, minutes = (int(part) for part in story.time.split(":"))
    day = now.astimezone(WIB).date() - timedelta(days=story.days_ago)
    at = datetime.combine(day, time(hours, minutes), tzinfo=WIB)
    if at > now - FRESHNESS_MARGIN:
        at -= timedelta(days=1)
    return at.astimezone(UTC)


class _StoryLoader:
    def __init__(self, result: DemoResult, *, editor: User, now: datetime) -> None:
        self.result = result
        self.editor = editor
        self.now = now
        self.by_slug = {story.slug: story for story in STORIES}
        self.section_titles = {slug: title for slug, title, _intro in content.SECTIONS}
        self.writers = {
            author.slug: result.accounts.get(author.username) for author in content.AUTHORS
        }
        self.in_progress: set[str] = set()

    def load_all(self) -> None:
        # Oldest first, so page ids (and story URLs) grow with publication time.
        for story in sorted(STORIES, key=lambda s: publication_time(s, self.now)):
            self.ensure(story)

    def ensure(self, story: Story) -> api.ArticlePage:
        done = self.result.articles
        if story.slug in done:
            return done[story.slug]
        if story.slug in self.in_progress:
            raise ValueError(f"demo stories link to each other in a circle at {story.slug!r}")
        self.in_progress.add(story.slug)
        section = self.result.sections[story.section]
        article = api.find_article(section, story.slug)
        if article is None:
            article = self.create(story, section)
            self.result.created_articles += 1
        done[story.slug] = article
        self.in_progress.discard(story.slug)
        return article

    def create(self, story: Story, section: api.SectionPage) -> api.ArticlePage:
        at = publication_time(story, self.now)
        label = self.section_titles[story.section]
        lead = save_picture(
            title=story.headline,
            data=story_picture(story.slug, section=story.section, motif=story.motif, label=label),
            filename=f"{story.slug}.jpg",
            caption=story.caption,
            credit=story.credit,
        )
        pages = self.pages(story)
        first_author = story.authors[0]
        writer = self.writers.get(first_author) or self.editor
        if story.slug in factchecks.BY_SLUG:
            article = self.fact_check_draft(factchecks.BY_SLUG[story.slug], section, pages, lead)
            return api.publish_article(article, actor=self.editor, at=at)
        article = api.create_article_draft(
            section,
            headline=story.headline,
            lede=story.lede,
            authors=[self.result.authors[slug] for slug in story.authors],
            pages=_as_first_published(pages, story.fix),
            dateline=story.dateline,
            wire_source=story.wire,
            lead_image=lead,
            lead_caption=story.caption,
            lead_credit=story.credit,
            lead_video_url=story.video,
            tags=story.tags,
            slug=story.slug,
            actor=writer,
        )
        if story.draft:
            return article
        article = api.publish_article(article, actor=self.editor, at=at)
        if story.fix is not None:
            fixed_at = min(at + timedelta(hours=story.fix.hours_later), self.now - FRESHNESS_MARGIN)
            fixed_at = max(fixed_at, at + timedelta(minutes=5)).replace(second=0, microsecond=0)
            api.add_correction(
                article, note=story.fix.note, corrected_at=fixed_at, pages=pages, actor=self.editor
            )
            article = api.publish_article(article, actor=self.editor, at=fixed_at)
        return article

    def fact_check_draft(self, item, section, pages, lead) -> api.ArticlePage:
        at = publication_time(factchecks.as_story(item), self.now)
        draft = factcheck.create_fact_check_draft(
            section,
            headline=item.headline,
            lede=item.lede,
            claim=item.claim,
            verdict=factcheck.verdict(item.verdict),
            conclusion=item.conclusion,
            authors=[self.result.authors[slug] for slug in item.authors],
            findings=pages,
            appearances=[
                {"platform": platform, "url": url, "seen_on": (at - timedelta(days=days)).date()}
                for platform, url, days in item.appearances
            ],
            references=item.references,
            spread_by=item.spread_by,
            tags=item.tags,
            slug=item.slug,
            dateline="Jakarta",
            lead_image=lead,
            lead_caption=f"Ilustrasi cek fakta: {item.headline}",
            lead_credit="Ilustrasi: Redaksi",
            actor=self.writers.get(item.authors[0]) or self.editor,
        )
        return draft

    def pages(self, story: Story) -> list[api.StoryPageData]:
        pages: list[api.StoryPageData] = [{"title": "", "blocks": []}]
        pictures = 0
        for item in story.body:
            blocks = pages[-1]["blocks"]
            if isinstance(item, str):
                blocks.append(("paragraph", item if item.startswith("<") else f"<p>{item}</p>"))
            elif isinstance(item, PageBreak):
                pages.append({"title": item.title, "blocks": []})
            elif isinstance(item, Quote):
                blocks.append(("quote", {"text": item.text, "attribution": item.attribution}))
            elif isinstance(item, Related):
                target = self.ensure(self.by_slug[item.slug])
                blocks.append(("related", {"article": target, "label": item.label}))
            elif isinstance(item, Video):
                blocks.append(("video", {"url": item.url, "title": item.title}))
            elif isinstance(item, Photo):
                pictures += 1
                image = save_picture(
                    title=f"{story.headline} ({pictures + 1})",
                    data=story_picture(
                        f"{story.slug}-{pictures}",
                        section=story.section,
                        motif=item.motif,
                        label=self.section_titles[story.section],
                    ),
                    filename=f"{story.slug}-{pictures + 1}.jpg",
                    caption=item.caption,
                    credit=item.credit,
                )
                blocks.append(
                    ("image", {"image": image, "caption": item.caption, "credit": item.credit})
                )
            else:
                raise TypeError(f"unknown demo story item {item!r} in {story.slug!r}")
        return pages


def _as_first_published(pages: list[api.StoryPageData], fix: Fix | None) -> list:
    """The body as it first went out: before the correction, with the error still in it."""
    if fix is None:
        return pages
    first = []
    for page in pages:
        blocks = [
            (kind, value.replace(fix.right, fix.wrong) if kind == "paragraph" else value)
            for kind, value in page["blocks"]
        ]
        first.append({"title": page["title"], "blocks": blocks})
    return first
