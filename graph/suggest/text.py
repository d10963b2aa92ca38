"""Swedish text to matching terms: words, Snowball stems and compound parts.

Swedish glues words together ("batterimaterialindustri", "kollektivtrafiken"), so two texts about the
same thing often share no whole word. Each word is stemmed (Snowball Swedish) and long stems are split
into parts that are themselves stems of the corpus, so "kollektivtrafiken" also yields "kollektiv" and
"trafik". Everything here is offline and deterministic.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache

import snowballstemmer

_WORD = re.compile(r"[a-zåäöéü]+", re.IGNORECASE)

# Function words and the words every strategy text uses ("öka", "fler", "regional"), which say nothing
# about which goal a text belongs to.
STOPWORDS = frozenset(
    """
alla allt andra annan annat att av bara bli blir de del dem den denna deras dess dessa det detta dig din
du efter eller en er ett fler flera från för genom ha har hela hon hos här i ifrån in inom inte ja jag
kan kunna man med mellan men mer mest mot mycket många ni nu när och också om oss på samt sig sin sina
sitt ska skall som så till under upp ut utan vara varje vad var vi vid vilka vilken vilket än är år åt
även över ökad ökat öka ökar ökade nya ny nytt egen eget egna sådan sådana samma två tre fyra fem
bättre god goda gott stor stora större minst högre mindre ingen inga inget något några både bland
särskilt främst exempel ge ger får få göra gör görs tas tar
exempeldata illustrativt illustrativ påhittad påhittat officiella officiell uppföljning regionens
""".split()
)

MIN_WORD = 2
MIN_PART = 3
MIN_SPLIT = 7
PREFIX = 5


@lru_cache(maxsize=1)
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("swedish")


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """The Snowball Swedish stem of a lower-case word."""
    return _stemmer().stemWord(word)


def words(text: str) -> list[str]:
    """Lower-case words of `text`, without stop words and one-letter words."""
    return [
        w for w in (m.group(0).lower() for m in _WORD.finditer(text or "")) if len(w) >= MIN_WORD and w not in STOPWORDS
    ]


class Vocabulary:
    """The stems of a corpus, used to split compounds and to show a stem as a readable word.

    Why a corpus vocabulary instead of a dictionary: the only parts worth finding are those that
    occur elsewhere in the same dataset, since only they can connect two texts.
    """

    def __init__(self, texts: Iterable[str]) -> None:
        self.surface: dict[str, Counter[str]] = {}
        for text in texts:
            for w in words(text):
                self.surface.setdefault(stem(w), Counter())[w] += 1
        self.stems = frozenset(s for s in self.surface if len(s) >= MIN_PART)
        self._split_cache: dict[str, tuple[str, ...]] = {}

    def display(self, term: str) -> str:
        """A readable form of a stem: its shortest surface word in the corpus (ties: the most common)."""
        if term.startswith("~"):
            # A prefix term: the shortest corpus word whose stem starts with it.
            stems = sorted((s for s in self.surface if s.startswith(term[1:])), key=lambda s: (len(s), s))
            term = stems[0] if stems else term[1:]
        forms = self.surface.get(term)
        if not forms:
            return term
        return min(forms, key=lambda w: (len(w), -forms[w], w))

    def split(self, term: str) -> tuple[str, ...]:
        """Known parts of a compound stem (longest head first), or () when it does not split."""
        if len(term) < MIN_SPLIT:
            return ()
        if term not in self._split_cache:
            self._split_cache[term] = self._split(term, depth=0)
        return self._split_cache[term]

    def _split(self, term: str, depth: int) -> tuple[str, ...]:
        for cut in range(len(term) - MIN_PART, MIN_PART - 1, -1):
            head, tail = term[:cut], term[cut:]
            if head not in self.stems:
                continue
            # Linking -s- ("näringslivs|utveckling") is part of the head in Swedish compounds.
            for rest in (tail, tail[1:] if tail.startswith("s") and len(tail) > MIN_PART else None):
                if not rest:
                    continue
                known = self._known(rest)
                if known:
                    return (head, known)
                if depth < 2 and len(rest) >= MIN_SPLIT:
                    parts = self._split(rest, depth + 1)
                    if parts:
                        return (head, *parts)
        return ()

    def _known(self, rest: str) -> str | None:
        """`rest` as a corpus stem, also when Snowball left a definite ending on it ("industrin")."""
        for form in (
            stem(rest),
            rest,
            rest[:-1] if rest.endswith("n") else "",
            stem(rest[:-2]) if rest.endswith(("en", "et", "na")) else "",
        ):
            if form and form in self.stems:
                return form
        return None

    def terms(self, text: str, part_weight: float = 0.6, prefix_weight: float = 0.3) -> dict[str, float]:
        """Weighted terms of `text`: each stem counts 1, each compound part `part_weight`."""
        bag: dict[str, float] = defaultdict(float)  # compound parts and prefixes count a fraction
        for w in words(text):
            s = stem(w)
            bag[s] += 1.0
            parts = self.split(s)
            for part in parts:
                if part != s and part not in STOPWORDS:
                    bag[part] += part_weight
            # The first letters stand in for what stemming misses ("gymnasium" / "gymnasieutbildning").
            head = parts[0] if parts else s
            if len(head) > PREFIX:
                bag["~" + head[:PREFIX]] += prefix_weight
        return dict(bag)


def plain_words(text: str) -> set[str]:
    """Whole lower-case words without stop words: what a plain word-overlap method sees."""
    return set(words(text))
