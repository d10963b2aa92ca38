"""One scale for unlike kinds of evidence: z-scores over a question's candidates, added with fixed weights.

Why z-scores: a TF-IDF cosine lives around 0–0.3, a sentence-embedding cosine around 0.75–0.9, a shared
actor is yes or no. Standardising each over the candidates of one question puts them on one scale without
fitting anything to data, so the weights in `graph.suggest.engine` are round numbers, not learned.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass

# A z-sum of this many standard deviations above the pool's mean maps to a score of about 0.73.
SCORE_SCALE = 2.0


@dataclass
class Evidence:
    text: float = 0.0
    terms: tuple[str, ...] = ()
    via: tuple[str, ...] = ()  # the RUS goals whose words a shared term came from, not the goal's own text
    embed: float = 0.0
    neighbour: float = 0.0
    neighbour_id: str = ""
    plan: bool = False
    actor_id: str = ""
    siblings: float = 0.0
    total: float = 0.0
    prior: float = 0.0
    meaning: bool = False

    def score(self) -> float:
        """The combined evidence as 0…1: an average candidate (of the own plan, for actions) is 0.5."""
        return round(1.0 / (1.0 + math.exp(-(self.total + self.prior) / SCORE_SCALE)), 3)


def zscores(values: list[float]) -> list[float]:
    """Standardised values (0 where every value is the same): one scale for unlike kinds of evidence."""
    if len(values) < 2:
        return [0.0] * len(values)
    mean, spread = statistics.fmean(values), statistics.pstdev(values)
    return [(v - mean) / spread if spread > 1e-9 else 0.0 for v in values]


def combine(ranked: list[tuple[str, Evidence]], weights: dict[str, float]) -> list[tuple[str, Evidence]]:
    """Add the weighted z-scores of each kind of evidence; best first (ties by id)."""
    for name, weight in weights.items():
        if not weight:
            continue
        raw = [float(bool(ev.actor_id)) if name == "actor" else float(getattr(ev, name)) for _, ev in ranked]
        for (_, ev), z in zip(ranked, zscores(raw), strict=True):
            ev.total += weight * z
            if name == "embed" and z >= 1.0:
                ev.meaning = True
    return sorted(ranked, key=lambda pair: (-(pair[1].total + pair[1].prior), pair[0]))


def unit(vectors: list) -> object:
    total = sum(vectors)
    norm = float((total @ total) ** 0.5) or 1.0
    return total / norm
