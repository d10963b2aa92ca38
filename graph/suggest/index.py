"""TF-IDF vectors over a dataset's texts: names, descriptions and the bundled reference texts.

Cosine similarity of sublinear TF-IDF vectors is bounded (0…1), so text evidence can be added to the
structural evidence in `graph.suggest.engine` without a per-dataset calibration.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping

from graph.suggest.text import Vocabulary

Vector = dict[str, float]
MAX_DF = 0.2


class TextIndex:
    """Term vectors of named texts, with document frequencies taken over all of them."""

    def __init__(self, texts: Mapping[str, str], vocabulary: Vocabulary, max_df: float = MAX_DF) -> None:
        self.vocabulary = vocabulary
        bags: dict[str, dict[str, float]] = {key: vocabulary.terms(text) for key, text in texts.items()}
        df: Counter[str] = Counter()
        for bag in bags.values():
            df.update(set(bag))
        n = max(len(bags), 1)
        # A term in a large share of all texts (the region's name, "insats", a boilerplate sentence)
        # tells no goal from another; dropping it keeps it out of the reasons too.
        common = {term for term, count in df.items() if count > max_df * n and count > 2}
        self.bags = {key: {t: v for t, v in bag.items() if t not in common} for key, bag in bags.items()}
        self.idf = {term: math.log((1 + n) / (1 + count)) + 1.0 for term, count in df.items()}
        self._vectors: dict[str, Vector] = {}

    def vector_of_bag(self, bag: Mapping[str, float]) -> Vector:
        """A unit-length TF-IDF vector; terms unseen in the corpus get the highest idf."""
        top = max(self.idf.values(), default=1.0)
        raw = {
            t: (1.0 + math.log(tf)) * self.idf.get(t, top) if tf >= 1 else tf * self.idf.get(t, top)
            for t, tf in bag.items()
            if tf > 0
        }
        norm = math.sqrt(sum(v * v for v in raw.values())) or 1.0
        return {t: v / norm for t, v in raw.items()}

    def vector(self, key: str) -> Vector:
        if key not in self._vectors:
            self._vectors[key] = self.vector_of_bag(self.bags.get(key, {}))
        return self._vectors[key]

    def combined(self, parts: list[tuple[str, float]]) -> Vector:
        """One vector for several texts, each bag scaled by its weight (a goal plus the texts tied to it)."""
        bag: dict[str, float] = defaultdict(float)  # weighted term frequencies
        for key, weight in parts:
            for term, tf in self.bags.get(key, {}).items():
                bag[term] += tf * weight
        return self.vector_of_bag(bag)


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def shared_terms(a: Vector, b: Vector, limit: int = 3) -> list[str]:
    """The terms that contribute most to the similarity of a and b, best first."""
    common = sorted(((a[t] * b[t], t) for t in a.keys() & b.keys()), reverse=True)
    return [t for _, t in common[:limit]]
