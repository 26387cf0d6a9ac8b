import json
import signal
import threading

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from redaksi.channels import api, outbox, push
from redaksi.channels.models import CHANNEL_CHOICES, WEBHOOK, Delivery, Follower


class Command(BaseCommand):
    @property
    def help(self) -> str:  # type: ignore[override]
        return _(
            "News channels: send a story to its followers, report its deliveries, run a sender."
        )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        send = sub.add_parser(
            "send", help=_("Queue a story for every follower who has not had it.")
        )
        send.add_argument("story_id", type=int)
        send.add_argument("--wait", action="store_true", help=_("Send the queue before exiting."))
        status = sub.add_parser("status", help=_("Deliveries of a story per channel and status."))
        status.add_argument("story_id", type=int)
        status.add_argument("--json", action="store_true")
        work = sub.add_parser(
            "work", help=_("Send deliveries until stopped (SIGTERM: clean stop).")
        )
        work.add_argument("--until-idle", action="store_true")
        work.add_argument("--concurrency", type=int, default=None)
        sub.add_parser("vapid", help=_("Generate Web Push (VAPID) keys for the environment."))
        partner = sub.add_parser("add-partner", help=_("Add a partner webhook (signed JSON)."))
        partner.add_argument("url")
        partner.add_argument("--secret", required=True)
        partner.add_argument("--name", default="")
        partner.add_argument("--scope", choices=list(Follower.Scope.values), default="all")
        partner.add_argument("--topic", action="append", default=[])

    def handle(self, *args, action: str, **options) -> None:
        getattr(self, f"do_{action.replace('-', '_')}")(**options)

    def do_send(self, story_id: int, wait: bool, **options) -> None:
        try:
            added = api.send_story(story_id)
        except api.UnknownStory as exc:
            raise CommandError(_("No live story has id %(id)s.") % {"id": story_id}) from exc
        self.stdout.write(_("%(n)d deliveries queued.") % {"n": added})
        if wait:
            outbox.drain()
            self.do_status(story_id, json=False)

    def do_status(self, story_id: int, json: bool = False, **options) -> None:
        report = api.story_status(story_id)
        if json:
            self.stdout.write(_json(story_id, report))
            return
        if not report:
            message = _("Story %(id)s has not been sent to any channel.")
            self.stdout.write(message % {"id": story_id})
        statuses = dict(Delivery.Status.choices)
        channels = dict(CHANNEL_CHOICES)
        for channel, counts in report.items():
            line = ", ".join(f"{statuses.get(status, status)} {n}" for status, n in counts.items())
            self.stdout.write(f"{channels.get(channel, channel)}: {line}")

    def do_work(self, until_idle: bool, concurrency: int | None, **options) -> None:
        stop = threading.Event()

        def graceful(signum, frame):
            stop.set()

        signal.signal(signal.SIGTERM, graceful)
        signal.signal(signal.SIGINT, graceful)
        handled = outbox.work(stop, until_idle=until_idle, concurrency=concurrency)
        self.stdout.write(_("%(n)d deliveries handled.") % {"n": handled})

    def do_vapid(self, **options) -> None:
        private, public = push.generate_keys()
        self.stdout.write(f"REDAKSI_VAPID_PRIVATE_KEY={private}")
        self.stdout.write(f"REDAKSI_VAPID_PUBLIC_KEY={public}")

    def do_add_partner(self, url: str, secret: str, name: str, scope: str, topic: list, **options):
        follower = api.follow(
            WEBHOOK, url, scope=scope, topic=" ".join(topic), name=name, secret=secret
        )
        message = _("Partner %(url)s follows (id %(id)s).")
        self.stdout.write(message % {"url": url, "id": follower.pk})


def _json(story_id: int, report: dict) -> str:
    return json.dumps({"story_id": story_id, "channels": report}, indent=2)
