"""What the evaluator's report is made from, read from the database in one place (the route or the CLI
calls `collect`; `viz/` only renders what it is given and never queries).

The report reads the same model of a dataset as every other view, `graph.views.DatasetGraph`, and the
analyses' findings on that graph's version key: the graph is read first and everything else follows its key,
so an import that switches the dataset while the report is collected cannot mix two versions in one report.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph import store
from graph.analyses import AnalysisResult
from graph.db import Database
from graph.views import DatasetGraph, load_with_findings


@dataclass
class ReportInput:
    """One dataset version: its graph, every analysis's findings and its row counts, all of that version;
    and optionally the same of an earlier import to compare with."""

    dataset: str
    graph: DatasetGraph
    """The dataset version as the web UI reads it (`graph.views.load_graph`): rows, links, observations,
    chains, goal areas and the follow-up."""
    results: dict[str, AnalysisResult]
    counts: dict[str, int]
    """Rows per table of the version (`graph.store.version_counts`, as the dataset listing shows them)."""
    previous: ReportInput | None = None


def collect(db: Database, dataset: str, *, lang: str = "sv", compare: str | None = None) -> ReportInput:
    """Everything the report of `dataset` needs; `compare` names an earlier import of the same region."""
    lang = "en" if lang == "en" else "sv"
    found = _one_version(db, dataset, lang)
    if compare:
        found.previous = _one_version(db, compare, lang)
    return found


def _one_version(db: Database, dataset: str, lang: str) -> ReportInput:
    """The current version's graph, then the analyses and counts on that graph's key (never resolved again)."""
    graph, results = load_with_findings(db, dataset, lang=lang)
    counts = store.while_version_lives(
        db, graph.key, lambda: store.version_counts(db, {graph.dataset: graph.key})[graph.key]
    )
    return ReportInput(dataset=dataset, graph=graph, results={r.analysis: r for r in results}, counts=counts)
