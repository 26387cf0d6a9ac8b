"""Following and unfollowing: the chat words, and the functions every channel's sign-up uses.

"langganan" follows all news, "langganan <section or tag>" adds that section or
tag, "langganan breaking" asks for breaking news only, "berhenti" stops. Each is
answered with a confirmation. Anything else is not ours: the Cek Fakta tipline
gets it.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Site

from redaksi.chat.api import IncomingMessage, Reply
from redaksi.newsroom import api as newsroom

from .models import Follower

SUBSCRIBE = "langganan"
UNSUBSCRIBE = "berhenti"
BREAKING_WORDS = {"breaking", "penting", "breaking-news"}


def follow(channel: str, address: str, *, scope: str, topic: str = "", name: str = "", **extra):
    """Start (or widen) following; a topic is added to those already chosen."""
    with transaction.atomic():
        follower, created = Follower.objects.select_for_update().get_or_create(
            channel=channel, address=address, defaults={"name": name, "scope": scope, **extra}
        )
        if created:
            if topic:
                follower.topics = topic
                follower.save(update_fields=["topics"])
            return follower
        topics = follower.topic_set() if follower.active else set()
        if topic:
            topics.add(topic)
        follower.topics = " ".join(sorted(topics))
        # "all news" wins over topics; topics win over "breaking only".
        if follower.active and follower.scope == Follower.Scope.ALL and scope != Follower.Scope.ALL:
            scope = Follower.Scope.ALL
        follower.scope = scope
        follower.active = True
        follower.left_at = None
        follower.left_reason = ""
        for field, value in extra.items():
            setattr(follower, field, value)
        follower.save()
        return follower


def unfollow(channel: str, address: str, reason: str) -> int:
    return Follower.objects.filter(channel=channel, address=address, active=True).update(
        active=False, left_at=timezone.now(), left_reason=reason[:300]
    )


def find_topic(words: str) -> tuple[str, str] | None:
    """("section:<slug>", "News") or ("tag:<slug>", "pemilu") for what the reader typed."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is not None:
        section = newsroom.find_section_named(site, words) or newsroom.find_section(
            site, slugify(words)
        )
        if section is not None:
            return f"section:{section.slug}", section.title
    slug = slugify(words)
    name = newsroom.tag_name(slug)
    if name is not None:
        return f"tag:{slug}", name
    return None


def _section_names() -> str:
    site = Site.objects.filter(is_default_site=True).first()
    return ", ".join(s.title for s in newsroom.site_sections(site)) if site else ""


def handle_message(message: IncomingMessage) -> list[Reply] | None:
    words = " ".join((message.text or "").split())
    command, _sep, rest = words.partition(" ")
    command = command.lower()
    if command == UNSUBSCRIBE and not rest:
        left = unfollow(message.platform, message.sender, "berhenti")
        if not left:
            return [Reply(text=_('You were not following our news. Type "langganan" to start.'))]
        return [
            Reply(text=_('You will no longer get our news here. Type "langganan" to follow again.'))
        ]
    if command != SUBSCRIBE:
        return None
    name = message.sender_name
    if not rest:
        follow(message.platform, message.sender, scope=Follower.Scope.ALL, name=name)
        return [
            Reply(
                text=_('Done: you will get all our news here. Type "berhenti" at any time to stop.')
            )
        ]
    if rest.lower() in BREAKING_WORDS:
        follow(message.platform, message.sender, scope=Follower.Scope.BREAKING, name=name)
        return [
            Reply(
                text=_(
                    'Done: you will get breaking news only. Type "berhenti" at any time to stop.'
                )
            )
        ]
    found = find_topic(rest)
    if found is None:
        return [
            Reply(
                text=_(
                    'We do not know the section or tag "%(words)s". Sections: %(sections)s. '
                    'Type "langganan" alone for all news.'
                )
                % {"words": rest, "sections": _section_names()}
            )
        ]
    topic, title = found
    follow(message.platform, message.sender, scope=Follower.Scope.TOPICS, topic=topic, name=name)
    return [
        Reply(
            text=_('Done: you will get news on %(topic)s. Type "berhenti" at any time to stop.')
            % {"topic": title}
        )
    ]
