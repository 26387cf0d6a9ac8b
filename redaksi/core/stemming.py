"""Indonesian stemming: one stemmer for search, the checks and every other desk.

Stories are indexed with a stemmed copy of their headline, lede and body, and
queries are stemmed the same way, so "pemilihan" finds a story that says
"memilih": both reduce to "pilih". Doing it in Python rather than in the search
engine is what makes the same behaviour hold on SQLite FTS5, PostgreSQL
full-text and OpenSearch alike.
"""

import re
from functools import lru_cache

from Sastrawi.Dictionary.ArrayDictionary import ArrayDictionary
from Sastrawi.Stemmer.Stemmer import Stemmer
from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

# Letters and digits only: the same boundaries SQLite's unicode61 tokenizer, PostgreSQL's
# "simple" parser and OpenSearch's standard tokenizer draw, so both sides agree on words.
WORD = re.compile(r"[^\W_]+")

# Sastrawi's inflection rules only make sense for words of some length; short words,
# numbers and codes ("g20", "2024") are kept as typed.
_MIN_STEM_LENGTH = 4


@lru_cache(maxsize=1)
def _stemmer() -> Stemmer:
    """One Sastrawi stemmer per process, with its root-word list held as a set.

    Sastrawi keeps its 30 000 root words in a list and scans it on every lookup,
    which costs up to a few hundred milliseconds a word; a set makes it a hash lookup.
    """
    dictionary = ArrayDictionary(StemmerFactory().get_words_from_file())
    dictionary.words = frozenset(dictionary.words)
    return Stemmer(dictionary)


@lru_cache(maxsize=200_000)
def stem_word(word: str) -> str:
    """The root of one lowercase word ("berlari" -> "lari")."""
    if len(word) < _MIN_STEM_LENGTH or not word.isalpha():
        return word
    return _stemmer().stem_word(word) or word


def is_root_word(word: str) -> bool:
    """Whether lowercase ``word`` is one of Sastrawi's Indonesian root words."""
    return _stemmer().dictionary.contains(word)


@lru_cache(maxsize=20_000)
def query_stems(word: str) -> tuple[str, ...]:
    """The stem of a word a reader typed, then other roots it may be indexed under.

    Sastrawi reads a pe-…-kan noun as pe- + root + -kan, so "penyelidikan" becomes
    "lidi" while "menyelidiki" becomes "selidik" (and "penyidikan" "sidi", not
    "sidik"). Where the root really ends in k and the suffix is -an, the word without
    -an ("penyelidik") or its meN- verb ("menyelidik") stems to the right root; those
    roots are added when Sastrawi's dictionary knows them. Only the query side does
    this: a story is indexed under its plain stems, and the query asks for any of them.
    """
    stem = stem_word(word)
    found = [stem]
    if word.startswith("pe") and word.endswith("kan") and len(word) > 7:
        for form in (word[:-2], "me" + word[2:-2]):
            root = stem_word(form)
            if root != form and root not in found and is_root_word(root):
                found.append(root)
    return tuple(found)


def words(text: str) -> list[str]:
    """The lowercase words of ``text``, in order."""
    return WORD.findall(text.lower())


def stem_text(text: str) -> str:
    """``text`` reduced to its stems, space separated, for the search index."""
    return " ".join(stem_word(word) for word in words(text))
