"""Fingerprints and MinHash signatures for telling repeats from new stories.

Two questions are asked of every incoming story. "Is this exactly something we
imported before?" is answered by a SHA-256 fingerprint of the normalised
headline and body, so whitespace, case and punctuation changes do not fool it.
"Is this nearly a story we already have?" is answered by MinHash over word
shingles of the body: the share of equal slots in two signatures estimates the
Jaccard similarity of their shingle sets. Signatures are cut into bands so
that candidates are found by an indexed lookup instead of comparing with every
story (locality-sensitive hashing).

Everything here is pure and deterministic: the same text gives the same
signature in every process and on every machine, so stored signatures stay
comparable across releases as long as the constants below do not change.
"""

from __future__ import annotations

import hashlib
import random
import re
import unicodedata

SHINGLE_WORDS = 5
NUM_PERMUTATIONS = 128
BAND_ROWS = 4
NUM_BANDS = NUM_PERMUTATIONS // BAND_ROWS
_PRIME = (1 << 61) - 1
_MAX_HASH = (1 << 61) - 1
_SEED = 20201006  # fixed: stored signatures depend on it

_rng = random.Random(_SEED)
_PERMUTATIONS = [
    (_rng.randrange(1, _PRIME), _rng.randrange(0, _PRIME)) for _ in range(NUM_PERMUTATIONS)
]
_WORD = re.compile(r"\w+", re.UNICODE)


def normalize(text: str) -> str:
    """Lower-case words only, one space apart: what a reader would call "the same text"."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    return " ".join(_WORD.findall(text))


def fingerprint(headline: str, body: str) -> str:
    """Identity of a story's words; equal for the same story saved twice or re-spaced."""
    content = normalize(headline) + "\n" + normalize(body)
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Overlapping runs of ``size`` words; a text shorter than that is one shingle."""
    words = normalize(text).split()
    if not words:
        return set()
    if len(words) <= size:
        return {" ".join(words)}
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def _hash(shingle: str) -> int:
    digest = hashlib.blake2b(shingle.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") & _MAX_HASH


def signature(text: str) -> list[int]:
    """The MinHash signature of ``text``'s shingles; empty when there is no text."""
    hashes = [_hash(item) for item in shingles(text)]
    if not hashes:
        return []
    return [min((a * h + b) % _PRIME for h in hashes) for a, b in _PERMUTATIONS]


def similarity(first: list[int], second: list[int]) -> float:
    """Estimated Jaccard similarity of the texts behind two signatures (0.0 to 1.0)."""
    if not first or len(first) != len(second):
        return 0.0
    same = sum(1 for a, b in zip(first, second, strict=True) if a == b)
    return same / len(first)


def band_keys(sig: list[int]) -> list[str]:
    """Lookup keys for the signature's bands; two texts sharing one key are candidates.

    With 32 bands of 4 rows, texts with Jaccard similarity 0.6 share a band with
    a probability above 98%, so nothing near the default threshold is missed.
    """
    keys = []
    for band in range(NUM_BANDS):
        rows = sig[band * BAND_ROWS : (band + 1) * BAND_ROWS]
        if len(rows) < BAND_ROWS:
            break
        packed = b"".join(value.to_bytes(8, "big") for value in rows)
        keys.append(f"{band}:{hashlib.blake2b(packed, digest_size=8).hexdigest()}")
    return keys
