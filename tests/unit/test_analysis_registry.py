"""The analyses are an explicit registry of typed functions: no analysis is found by importing a module
named after user input, and every name the spec lists is there."""

from __future__ import annotations

import inspect
import typing
from pathlib import Path

from graph.analyses import ANALYSES, ANALYSIS_NAMES, AnalysisContext, Finding
from graph.db import Database

ROOT = Path(__file__).resolve().parents[2]
SPEC_ORDER = (
    "chains",
    "orphan_actions",
    "uncovered_goals",
    "unmeasured",
    "conflicts",
    "synergies",
    "complementarity",
    "actors",
    "contribution",
    "alignment",
    "influence",
)


def test_analysis_registry_names_every_analysis_in_the_spec_order() -> None:
    assert ANALYSIS_NAMES == SPEC_ORDER == tuple(ANALYSES)


def test_analysis_registry_functions_take_a_context_and_give_findings() -> None:
    for name, run in ANALYSES.items():
        hints = typing.get_type_hints(run)
        assert hints["ctx"] is AnalysisContext, name
        assert hints["return"] == list[Finding], name
        assert run.__module__ == f"graph.analyses.{name}"
        assert list(inspect.signature(run).parameters) == ["ctx"]


def test_analysis_registry_context_holds_a_database() -> None:
    assert AnalysisContext.model_fields["db"].annotation is Database


def test_analysis_registry_nothing_dispatches_by_module_name() -> None:
    sources = [p for d in ("app", "graph", "viz", "importers") for p in (ROOT / d).rglob("*.py")]
    offenders = [
        str(p.relative_to(ROOT))
        for p in sources
        if "import_module(f" in p.read_text(encoding="utf-8") or "except ModuleNotFoundError" in p.read_text()
    ]
    # `ruslink bench` from an installed package: the benchmark lives beside the package, not in it.
    assert offenders == ["app/cli/bench_cmd.py"]
