"""A headline that states as done what the story says is planned, expected or claimed.

"Presiden Resmikan Bendungan" over "Presiden dijadwalkan meresmikan bendungan pekan
depan"; "Harga Beras Naik" over "harga beras diperkirakan naik". The headline's verb
is found again in the body by its root; when every time the body uses it a word of
plan, forecast or claim stands before it, the headline has got ahead of the story.
"""

from __future__ import annotations

import re

from django.utils.translation import gettext

from ..story import Finding
from ..text import Token, is_common_word, normalize, sentences, stem, tokens
from . import Context, excerpt, places

# Words that make what follows planned, expected or conditional.
PLANNED = frozenset(
    """akan bakal hendak dijadwalkan berencana direncanakan rencananya merencanakan
    diperkirakan diprediksi diproyeksikan diprakirakan memperkirakan memprediksi
    mewacanakan diwacanakan menargetkan ditargetkan diharapkan berharap berpotensi
    jika bila apabila seandainya kalau ingin""".split()
)
# Words that make what follows somebody's claim, not an established fact.
CLAIMED = frozenset(
    """mengklaim diklaim klaim dikabarkan kabarnya disebut-sebut diisukan menuding
    dituding menuduh dituduh""".split()
)
# Markers that take a bare verb ("akan naik", "diperkirakan lolos"); the others are
# followed by a clause, where a bare word may be a noun ("berharap festival menarik …").
MODALS = frozenset(
    "akan bakal hendak diperkirakan diprediksi diproyeksikan diprakirakan berpotensi".split()
)
# "Pelantikan", "Kenaikan": nouns made from a verb, never the headline's verb.
_NOUN = re.compile(r"^(?:pe|ke)\w+an$", re.IGNORECASE)
# Words that may stand between the marker and the verb ("akan segera meresmikan").
_BETWEEN = frozenset("segera kembali mulai resmi untuk telah sudah tidak baru juga".split())
# A sentence saying the claim is unconfirmed makes every verb in it a claim.
_UNCONFIRMED = re.compile(
    r"\bbelum\s+(?:mengonfirmasi|mengkonfirmasi|dikonfirmasi|membenarkan|mengumumkan|"
    r"dipastikan|memastikan)|\bmembantah\b",
    re.IGNORECASE,
)
_VERB_PREFIX = re.compile(r"^(?:me|di|ber|ter|mem|men|meng|meny)", re.IGNORECASE)


def _same_root(a: str, b: str) -> bool:
    # Sastrawi gives "kunjung" for "Kunjungi" but "unjung" for "mengunjungi".
    return a == b or (len(a) > 3 and len(b) > 3 and (a[1:] == b or b[1:] == a))


def headline_tense(context: Context) -> list[Finding]:
    story = context.story
    headline = tokens(story.headline)
    if any(normalize(t.text) in PLANNED | CLAIMED for t in headline):
        return []  # "Presiden Akan Resmikan …" says it is a plan
    verbs = [
        t
        for t in headline
        if len(t.text) > 3 and is_common_word(t.text) and not _NOUN.match(t.text)
    ]
    texts = list(places(story, headline=False, captions=False))
    findings = []
    for verb in verbs:
        root = stem(verb.text)
        uses = [use for p in texts for use in _uses(p.text, root, verb)]
        if not uses or any(marker is None for _, _, marker in uses):
            continue
        sentence, token, marker = uses[0]
        findings.append(
            Finding(
                "headline_tense",
                "warning",
                "title",
                gettext(
                    'The headline says "%(verb)s" as if it has happened, but the story says '
                    'it is %(status)s: "%(evidence)s".'
                )
                % {
                    "verb": verb.text,
                    "status": gettext("only claimed") if marker in CLAIMED else gettext("planned"),
                    "evidence": excerpt(sentence, token.start, token.end, margin=50),
                },
                excerpt=story.headline,
            )
        )
        break  # one verb is enough to send the editor back to the headline
    return findings


def _uses(text: str, root: str, verb: Token) -> list[tuple[str, Token, str | None]]:
    """Each time ``text`` uses the verb, with the marker of plan or claim before it."""
    found = []
    for sentence in sentences(text):
        words = tokens(sentence)
        unconfirmed = bool(_UNCONFIRMED.search(sentence))
        for k, word in enumerate(words):
            if not _same_root(stem(word.text), root) or word.is_capitalized:
                continue
            prefixed = bool(_VERB_PREFIX.match(word.text))
            if not (prefixed or word.lower == verb.lower):
                continue  # "kenaikan" is the noun; the verb is "naik", "menaikkan"
            marker = _marker(words, k)
            if marker is not None and not prefixed and marker not in MODALS | CLAIMED:
                marker = None
            if marker is None and unconfirmed:
                marker = "diklaim"
            found.append((sentence, word, marker))
    return found


def _marker(words: list[Token], k: int) -> str | None:
    j = k - 1
    while j >= 0 and normalize(words[j].text) in _BETWEEN:
        j -= 1
    if j >= 0 and normalize(words[j].text) in PLANNED | CLAIMED:
        return normalize(words[j].text)
    # "mengklaim polisi telah membongkar": a claim may name its subject first.
    for back in range(max(0, k - 4), k):
        if normalize(words[back].text) in CLAIMED:
            return normalize(words[back].text)
    return None
