import json

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from redaksi.factcheck.api import ask
from redaksi.factcheck.index import store_vectors


class Command(BaseCommand):
    @property
    def help(self) -> str:  # type: ignore[override]
        return _(
            'tipline ask "TEXT" [--json]: print the replies the Cek Fakta tipline would send to '
            "TEXT (nothing is recorded or sent); --json lists the matched fact-checks' URLs in "
            "order. "
            "tipline reindex: store the sentence vectors of fact-checks that lack one."
        )

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        question = sub.add_parser("ask", help=_("answer TEXT as the tipline would"))
        question.add_argument("text")
        question.add_argument("--json", action="store_true", dest="as_json")
        sub.add_parser(
            "reindex",
            help=_("encode every live fact-check that has no stored vector"),
        )

    def handle(self, *args, action: str, text: str = "", as_json: bool = False, **options):
        if action == "reindex":
            self.stdout.write(_("%(n)d fact-check vectors stored.") % {"n": store_vectors()})
            return
        if action != "ask":
            raise CommandError(_("Unknown action %(action)r.") % {"action": action})
        answer, replies = ask(text)
        if as_json:
            payload = {
                "kind": answer.kind,
                "urls": [match.entry.url for match in answer.matches],
                "matches": [
                    {
                        "url": match.entry.url,
                        "headline": match.entry.headline,
                        "verdict": match.entry.verdict,
                        "score": match.score,
                        "reason": match.reason,
                    }
                    for match in answer.matches
                ],
            }
            self.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2))
            return
        for reply in replies:
            self.stdout.write(reply.text)
            for button in reply.buttons:
                self.stdout.write(f"[{button.title}]")
