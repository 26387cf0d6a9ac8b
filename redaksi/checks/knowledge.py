"""Who and where a story names: the gazetteer, the newsroom's own names, and the story's.

People are not in any gazetteer. The newsroom knows some of them (tag names,
author names); the story itself introduces the rest, Indonesian style, with a
title before the name ("Menteri Luar Negeri Turki, Mevlut Cavusoglu", "Presiden
Azerbaijan Ilham Aliyev") or as a run of capitalised words mid-sentence. A
person introduced once is afterwards often named by surname alone, so the
surname becomes one more name for them.
"""

from __future__ import annotations

from dataclasses import dataclass

from .gazetteer import ORGANISATION, PERSON, PLACE, Entity, Gazetteer, gazetteer
from .story import StoryText
from .text import Token, is_common_word, name_key, normalize, strip_clitic, tokens

# Words that introduce a person's name; they are never part of it.
TITLES = frozenset(
    """presiden wapres wakil menteri menlu menhan mendagri menkes menkeu menko mensesneg
    perdana pm kanselir raja ratu pangeran putri paus sekjen sekretaris jenderal ketua kepala
    juru bicara jubir direktur dirut gubernur bupati wali kota wakil kapolri kapolda kapolres
    kapolsek panglima kasad dubes duta besar hakim jaksa komisaris ceo pendiri pelatih kapten
    kolonel letnan mayor brigjen irjen kombes akbp dokter dr prof profesor senator anggota
    kiai ustaz syekh pastor uskup imam pak bu bapak ibu tuan nyonya mr mrs ms sir lord
    pemimpin tertinggi komandan kepolisian ketum sekda camat lurah kades rektor dekan""".split()
)


# Words after which a name that is also an ordinary word ("Malang", "Padang") is a place.
PLACE_CUES = frozenset(
    """di ke dari warga kota kabupaten kab pemkot pemkab polres polresta kodim asal
    wali bupati dprd menuju""".split()
)


@dataclass
class Mention:
    entity_id: str
    kind: str
    text: str
    start: int
    end: int


def group_of(kind: str) -> str:
    """Places are compared with places; people and organisations with each other."""
    return PLACE if kind == PLACE else "actor"


class Knowledge:
    """Names the checks recognise, on top of the shared gazetteer."""

    def __init__(self, places: Gazetteer | None = None) -> None:
        self.gazetteer = places or gazetteer()
        self.entities: dict[str, Entity] = {}
        self.index: dict[tuple[str, ...], str] = {}
        self.exact: dict[tuple[str, ...], str] = {}
        self.longest = self.gazetteer.longest
        self.trusted_words: set[str] = set()
        """Words of names the newsroom vouches for (tags, authors), not the story's own."""

    # --- Building

    @classmethod
    def for_story(cls, story: StoryText, *, extra_names: tuple[list, list] | None = None):
        """What a check of ``story`` may know: gazetteer, names the caller vouches for
        (the newsroom's tags and authors), the story's own people."""
        knowledge = cls()
        tags, authors = extra_names if extra_names is not None else ([], [])
        lower = {
            t.lower
            for text in [story.lede, *story.paragraphs]
            for t in tokens(text)
            if not t.is_capitalized
        }
        for name in [*tags, *story.tags]:
            # "Pilkada Ulang" over a story about "pemungutan suara ulang" is a topic tag.
            if not any(normalize(t.text) in lower for t in tokens(name)):
                knowledge.add_name(name)
        for name in [*authors, *story.authors]:
            knowledge.add_name(name, PERSON)
        for text in [story.lede, *story.paragraphs, *_captions(story)]:
            for name in people_in(text, knowledge):
                knowledge.add_name(name, PERSON, from_story=True)
        return knowledge

    def add_name(self, name: str, kind: str | None = None, *, from_story: bool = False) -> None:
        words = tokens(name)
        if not words or not words[0].is_capitalized or self.lookup(words) is not None:
            return
        if kind is None:
            if all(word.is_acronym for word in words):
                kind = ORGANISATION
            elif len(words) >= 2 and all(w.is_capitalized for w in words):
                kind = PERSON
            else:
                return  # a topic tag ("banjir", "Piala dunia"), not a name
        entity_id = f"name:{' '.join(name_key(name))}"
        entity = self.entities.setdefault(entity_id, Entity(entity_id, kind, name, {name}))
        self.index.setdefault(name_key(name), entity_id)
        if all(word.is_acronym for word in words):
            self.exact.setdefault(tuple(w.text for w in words), entity_id)
        last = words[-1]
        if not from_story:
            self.trusted_words.update(normalize(word.text) for word in words)
        if from_story and len(words) >= 2 and len(last.text) >= 4 and not is_common_word(last.text):
            self.index.setdefault((normalize(last.text),), entity_id)
            entity.names.add(last.text)
        self.longest = max(self.longest, len(words))

    # --- Reading

    def entity(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id) or self.gazetteer.entities.get(entity_id)

    def related(self, a: str, b: str) -> bool:
        """Same entity, or one lies in the other (Bandung and Jawa Barat)."""
        return a in self.gazetteer.lineage(b) or b in self.gazetteer.lineage(a)

    def within(self, inner: str, outer: str) -> bool:
        """Whether ``inner`` is ``outer`` or lies in it: a city implies its province, not
        the reverse (a story about Kediri that says "Jawa Timur" has not named Malang)."""
        return outer in self.gazetteer.lineage(inner)

    def lookup(self, window: list[Token]) -> str | None:
        exact_key = tuple(token.text for token in window)
        for source in (self.exact, self.gazetteer.exact):
            if exact_key in source:
                return source[exact_key]
        key = tuple(normalize(token.text) for token in window)
        keys = [key]
        stripped = normalize(strip_clitic(window[-1].text))
        if stripped != key[-1]:
            keys.append(key[:-1] + (stripped,))
        for candidate in keys:
            if all(token.is_acronym for token in window) and len(candidate) == 1:
                continue  # "TURKI" in a shouted headline is fine, but "AS" must be exact
            for source in (self.index, self.gazetteer.index):
                if candidate in source:
                    return source[candidate]
        return None

    def scan(self, text: str, *, title_case: bool = False) -> list[Mention]:
        """Every known name in ``text``, longest first.

        ``title_case`` is for headlines, where every word is capitalised: names that
        are also ordinary words ("Malang") are then not trusted.
        """
        words = tokens(text)
        found: list[Mention] = []
        i = 0
        while i < len(words):
            matched = 0
            if words[i].is_capitalized:
                for n in range(min(self.longest, len(words) - i), 0, -1):
                    window = words[i : i + n]
                    entity_id = self.lookup(window)
                    if entity_id is None:
                        continue
                    key = tuple(normalize(w.text) for w in window)
                    if key in self.gazetteer.ambiguous and (title_case or window[0].sentence_start):
                        if not (i and normalize(words[i - 1].text) in PLACE_CUES):
                            continue
                    entity = self.entity(entity_id)
                    start, end = window[0].start, window[-1].end
                    found.append(Mention(entity_id, entity.kind, text[start:end], start, end))
                    matched = n
                    break
            i += matched or 1
        return found

    def known_word(self, word: str) -> bool:
        """Whether ``word`` belongs to some known name (so it is no misspelling of another)."""
        lower = normalize(word)
        if lower in self.gazetteer.words or (word,) in self.gazetteer.exact:
            return True
        return lower in self.trusted_words


def _captions(story: StoryText) -> list[str]:
    captions = [story.lead_caption]
    for page in story.pages:
        captions.extend(block.caption for block in page.blocks if block.caption)
    return [caption for caption in captions if caption]


def people_in(text: str, knowledge: Knowledge) -> list[str]:
    """Names of people a sentence introduces, by title or as capitalised runs mid-sentence."""
    words = tokens(text)
    found = []
    i = 0
    while i < len(words):
        if not words[i].is_capitalized:
            i += 1
            continue
        j = i
        while j < len(words) and words[j].is_capitalized and _adjacent(text, words, j):
            j += 1
        end = j + 1 if j < len(words) and words[j].is_capitalized else j
        found.extend(_name_in_run(text, words, i, end, knowledge))
        i = max(end, i + 1)
    return found


def _adjacent(text: str, words: list[Token], j: int) -> bool:
    """Whether words[j] and words[j + 1] sit in one name (only spaces between them)."""
    if j + 1 >= len(words):
        return False
    return text[words[j].end : words[j + 1].start] in (" ", "-")


def _name_in_run(text: str, words: list[Token], i: int, j: int, knowledge: Knowledge) -> list:
    run = words[i:j]
    titled = any(normalize(w.text) in TITLES for w in run[:-1]) or _after_title_comma(
        text, words, i
    )
    # The name is what follows the last title word or known name in the run.
    cut = 0
    for k, word in enumerate(run):
        if normalize(word.text) in TITLES or knowledge.lookup([word]) is not None:
            cut = k + 1
    name = run[cut:]
    if run and run[0].sentence_start and cut == 0:
        while name and is_common_word(name[0].text):
            name = name[1:]
    if not name or len(name) > 4 or any(w.is_acronym for w in name):
        return []
    if knowledge.lookup(name) is not None:
        return []
    if any(normalize(w.text) in knowledge.gazetteer.words for w in name):
        return []  # "Nagorno-Karakbakh" is a place misspelled, not a person
    uncommon = [w for w in name if not is_common_word(w.text)]
    if (len(name) >= 2 and uncommon) or (titled and len(name) >= 1 and uncommon):
        return [text[name[0].start : name[-1].end]]
    return []


def _after_title_comma(text: str, words: list[Token], i: int) -> bool:
    """ "Menteri Luar Negeri Turki, Mevlut Cavusoglu": a title, a comma, then the name."""
    if i == 0 or text[words[i - 1].end : words[i].start].strip() != ",":
        return False
    k = i - 1
    while k >= 0 and words[k].is_capitalized:
        if normalize(words[k].text) in TITLES:
            return True
        k -= 1
    return False
