"""How good are the suggestions? Hide known links, ask again, count hits.

For every action with positive `contributes_to` links to goals, all its `contributes_to` links are
hidden and the action is ranked against every goal; a hit@k is a hidden goal among the first k. The
same for plan goals and their links to RUS goals. The method is measured as it runs (with sentence
embeddings where the bundled model loads) and with the lexical evidence alone; two comparisons on the
same questions:

- a word-overlap baseline: goals ranked by the number of whole words shared with the subject;
- a same-plan prior (actions only): three goals drawn at random from the action's own plan, as an
  exact expectation (no random numbers, so the figures are deterministic);
  for plan goals the prior draws three of the RUS goals that the plan's other goals link to.
"""

from __future__ import annotations

from math import comb
from pathlib import Path

from pydantic import BaseModel

from graph.content import DatasetContent
from graph.suggest.engine import Matcher
from graph.suggest.text import plain_words
from importers.load import read_dataset

REPO = Path(__file__).resolve().parents[1]
BENCH_DATA = (
    REPO / "importers" / "demo" / "data",
    REPO / "tests" / "data" / "norrsjo",
    REPO / "tests" / "data" / "sjobotten",
    REPO / "tests" / "data" / "fjallmark",
)
"""The datasets measured by default: the demo and three regions written for the measurement."""


class Hits(BaseModel):
    n: int = 0
    hit1: float = 0.0
    hit3: float = 0.0


class KindFigures(BaseModel):
    method: Hits
    lexical: Hits
    word_overlap: Hits
    same_plan: Hits


class BenchFigures(BaseModel):
    dataset: str
    embeddings: bool
    actions: KindFigures
    plan_goals: KindFigures


def _expected_random(pool: list[str], truth: set[str], k: int) -> float:
    """P(at least one of `truth` among k goals drawn without replacement from `pool`)."""
    n, m = len(pool), len(truth & set(pool))
    if n == 0 or m == 0:
        return 0.0
    k = min(k, n)
    return 1.0 - comb(n - m, k) / comb(n, k)


class _Tally:
    def __init__(self) -> None:
        self.n, self.h1, self.h3 = 0, 0.0, 0.0

    def add(self, h1: float, h3: float) -> None:
        self.n += 1
        self.h1 += h1
        self.h3 += h3

    def hits(self) -> Hits:
        if not self.n:
            return Hits()
        return Hits(n=self.n, hit1=round(self.h1 / self.n, 3), hit3=round(self.h3 / self.n, 3))


def _ranked_hits(ranked: list[str], truth: set[str]) -> tuple[float, float]:
    return float(bool(set(ranked[:1]) & truth)), float(bool(set(ranked[:3]) & truth))


def _overlap_rank(subject_text: str, pool: list[str], texts: dict[str, str]) -> list[str]:
    words = plain_words(subject_text)
    return sorted(pool, key=lambda gid: (-len(words & plain_words(texts[gid])), gid))


def run_bench(content: DatasetContent, dataset: str) -> BenchFigures:
    """Hit rates of the suggestions, the word-overlap baseline and the same-plan prior on one dataset."""
    matcher = Matcher(content)
    lexical = Matcher(content, embeddings=False)
    matcher.warm(a.id for a in content.actions)
    goals = {g.id: g for g in content.goals}
    texts = {g.id: f"{g.name} {g.description or ''}" for g in content.goals}
    texts.update({a.id: f"{a.name} {a.description or ''}" for a in content.actions})
    goal_pool = [gid for gid, g in goals.items() if g.level in ("goal", "target")]
    rus_pool = [gid for gid in goal_pool if matcher._is_rus_goal(gid)]
    positive = [lk for lk in content.links if lk.type == "contributes_to" and lk.score > 0]

    tallies = {name: _Tally() for name in ("a_m", "a_l", "a_w", "a_p", "g_m", "g_l", "g_w", "g_p")}
    for action in content.actions:
        truth = {lk.to for lk in positive if lk.from_ == action.id and lk.to in goals}
        if not truth:
            continue
        known = [lk for lk in content.links if not (lk.from_ == action.id and lk.type == "contributes_to")]
        for key, which in (("a_m", matcher), ("a_l", lexical)):
            which.set_links(known)
            tallies[key].add(*_ranked_hits([gid for gid, _ in which.rank_action(action.id)], truth))
        tallies["a_w"].add(*_ranked_hits(_overlap_rank(texts[action.id], goal_pool, texts), truth))
        own = [gid for gid in goal_pool if goals[gid].strategy == action.strategy]
        tallies["a_p"].add(_expected_random(own, truth, 1), _expected_random(own, truth, 3))

    for goal in content.goals:
        if matcher._is_rus_goal(goal.id) or goal.level == "vision":
            continue
        truth = {lk.to for lk in positive if lk.from_ == goal.id and lk.to in rus_pool}
        if not truth:
            continue
        known = [
            lk for lk in content.links if not (lk.from_ == goal.id and lk.type == "contributes_to" and lk.to in goals)
        ]
        for key, which in (("g_m", matcher), ("g_l", lexical)):
            which.set_links(known)
            tallies[key].add(*_ranked_hits([gid for gid, _ in which.rank_plan_goal(goal.id)], truth))
        tallies["g_w"].add(*_ranked_hits(_overlap_rank(texts[goal.id], rus_pool, texts), truth))
        siblings = {
            lk.to
            for lk in positive
            if lk.to in rus_pool
            and lk.from_ != goal.id
            and lk.from_ in goals
            and goals[lk.from_].strategy == goal.strategy
        }
        pool = sorted(siblings) or rus_pool
        tallies["g_p"].add(_expected_random(pool, truth, 1), _expected_random(pool, truth, 3))
    matcher.set_links(content.links)

    def figures(prefix: str) -> KindFigures:
        return KindFigures(
            method=tallies[f"{prefix}_m"].hits(),
            lexical=tallies[f"{prefix}_l"].hits(),
            word_overlap=tallies[f"{prefix}_w"].hits(),
            same_plan=tallies[f"{prefix}_p"].hits(),
        )

    return BenchFigures(
        dataset=dataset, embeddings=matcher.use_embeddings, actions=figures("a"), plan_goals=figures("g")
    )


def bench_figures(paths: list[Path]) -> list[BenchFigures]:
    """Hit rates on each dataset folder or file (no database needed: everything runs in memory)."""
    return [
        run_bench(read_dataset(path).content, path.name if path.name != "data" else path.parent.name) for path in paths
    ]


def bench_table(figures: list[BenchFigures]) -> str:
    header = (
        "| dataset | what | n | method hit@1 | method hit@3 | lexical alone hit@1 | lexical alone hit@3 "
        "| word overlap hit@1 | word overlap hit@3 | same-plan prior hit@1 | same-plan prior hit@3 |"
    )
    lines = [header, "|---|---|---|---|---|---|---|---|---|---|---|"]
    for f in figures:
        for label, k in (("actions → goals", f.actions), ("plan goals → RUS goals", f.plan_goals)):
            lines.append(
                f"| {f.dataset} | {label} | {k.method.n} | {k.method.hit1:.2f} | {k.method.hit3:.2f} "
                f"| {k.lexical.hit1:.2f} | {k.lexical.hit3:.2f} "
                f"| {k.word_overlap.hit1:.2f} | {k.word_overlap.hit3:.2f} "
                f"| {k.same_plan.hit1:.2f} | {k.same_plan.hit3:.2f} |"
            )
    if figures and not all(f.embeddings for f in figures):
        lines.append("\n(the sentence model did not load: the method is the lexical one alone)")
    return "\n".join(lines)


def ingest_timing(pages: int) -> dict:
    """Seconds to ingest the sample plan padded to `pages` pages of PDF (needs reportlab, a dev dependency)."""
    import importlib.util
    import tempfile
    import time

    from importers.ingest.build import ingest

    spec = importlib.util.spec_from_file_location("plan_document", REPO / "tests" / "data" / "plan_document.py")
    if spec is None or spec.loader is None:
        raise RuntimeError("tests/data/plan_document.py is missing: the benchmark runs from a source checkout")
    sample = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sample)
    with tempfile.TemporaryDirectory() as folder:
        pdf = sample.write_pdf(Path(folder) / "plan.pdf", filler_pages=0)
        base = _pages(pdf)
        pdf = sample.write_pdf(Path(folder) / "plan.pdf", filler_pages=max(pages - base, 0))
        started, cpu = time.perf_counter(), time.process_time()
        content = ingest(pdf, Path(folder) / "review.xlsx", strategy_id="BENCH")
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        return {
            "pages": _pages(pdf),
            "seconds": round(seconds, 2),
            "cpu_seconds": round(cpu, 2),
            "goals": len(content.goals),
            "actions": len(content.actions),
        }


def _pages(pdf: Path) -> int:
    import pdfplumber

    with pdfplumber.open(str(pdf)) as document:
        return len(document.pages)
