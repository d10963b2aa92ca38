"""What the evaluator's report is made from, read from the database in one place (the route or the CLI
calls `collect`; `viz/` only renders what it is given and never queries).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from graph import store
from graph.analyses import AnalysisResult, run_all
from graph.content import DatasetContent
from graph.content_read import read_content
from graph.db import Database
from graph.views import DatasetGraph, load_graph


@dataclass
class ReportInput:
    """One dataset's description, every analysis's findings and its rows, all of one version; and
    optionally the same of an earlier import to compare with."""

    dataset: str
    info: dict[str, Any]
    results: dict[str, AnalysisResult]
    content: DatasetContent
    graph: DatasetGraph
    """The dataset graph (`graph.views.load_graph`): goal areas (as the web UI reads them) and the follow-up."""
    previous: ReportInput | None = None


def collect(db: Database, dataset: str, *, lang: str = "sv", compare: str | None = None) -> ReportInput:
    """Everything the report of `dataset` needs; `compare` names an earlier import of the same region."""
    lang = "en" if lang == "en" else "sv"
    info = store.dataset_info(db, dataset)
    results = {r.analysis: r for r in run_all(db, dataset, lang=lang)}
    found = ReportInput(
        dataset=dataset,
        info=info,
        results=results,
        content=read_content(db, dataset),
        graph=load_graph(db, dataset),
    )
    if compare:
        found.previous = ReportInput(
            dataset=compare,
            info=store.dataset_info(db, compare),
            results={r.analysis: r for r in run_all(db, compare, lang=lang)},
            content=read_content(db, compare),
            graph=load_graph(db, compare),
        )
    return found
