"""The analyses of spec/analyses.md: names, result models and the entry points every layer calls.

The CLI, the HTTP API, the UI and the report all go through `run_analysis` / `run_all`, so they show
the same findings. Each analysis lives in its own module here, its Cypher in `cypher/analyses/`, and is named
in the registry `ANALYSES` (a name that is not there is an AnalysisNotFound, never an import error).
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from graph.analyses import (
    actors,
    alignment,
    chains,
    complementarity,
    conflicts,
    contribution,
    influence,
    orphan_actions,
    synergies,
    uncovered_goals,
    unmeasured,
)
from graph.analyses.base import (
    SEVERITY_ORDER,
    AnalysisContext,
    AnalysisResult,
    Finding,
    Severity,
    sort_findings,
)
from graph.db import Database
from graph.i18n import Lang
from graph.version_cache import Section, store_of

__all__ = [
    "ANALYSES",
    "ANALYSIS_NAMES",
    "SEVERITY_ORDER",
    "Analysis",
    "AnalysisContext",
    "AnalysisResult",
    "Finding",
    "Severity",
    "run_all",
    "run_analysis",
    "sort_findings",
]

Analysis = Callable[[AnalysisContext], list[Finding]]
"""One analysis: the findings on the context's dataset version (spec/analyses.md), in any order."""

ANALYSES: dict[str, Analysis] = {
    "chains": chains.run,
    "orphan_actions": orphan_actions.run,
    "uncovered_goals": uncovered_goals.run,
    "unmeasured": unmeasured.run,
    "conflicts": conflicts.run,
    "synergies": synergies.run,
    "complementarity": complementarity.run,
    "actors": actors.run,
    "contribution": contribution.run,
    "alignment": alignment.run,
    "influence": influence.run,
}
"""Every analysis by its name, in the order spec/analyses.md lists them (and every list shows them)."""

ANALYSIS_NAMES: tuple[str, ...] = tuple(ANALYSES)


class _Kept:
    """One analysis's findings on one dataset version (the API keeps their JSON bytes, app/cached.py)."""

    __slots__ = ("findings",)

    def __init__(self, findings: tuple[Finding, ...]) -> None:
        self.findings = findings


RESULTS = Section("analyses", max_entries=256, max_weight=500_000)
"""Findings per (store, dataset, version, analysis, language, options), weighed by findings kept."""


def forget_cached() -> None:
    """Drop every kept result and the query answers behind them, in the current owner's caches (the benchmark
    times analyses from scratch)."""
    from graph.analyses import linkage

    RESULTS.here().clear()
    linkage.forget()


def _kept(
    db: Database,
    dataset: str,
    name: str,
    lang: str,
    options: dict | None,
    key: str | None,
    kinds: Collection[str] | None = None,
) -> _Kept:
    """The findings of one analysis on the current version of `dataset`, computed once per version.

    A version never changes once readers follow it (an import writes a new one under a new key), so the
    findings are kept per (version key, analysis, language, options), least recently used out first.
    """
    from graph import store
    from graph.analyses.options import resolve
    from graph.errors import AnalysisNotFound

    if name not in ANALYSIS_NAMES:
        raise AnalysisNotFound(
            f"Analysen {name!r} finns inte. Analyser: {', '.join(ANALYSIS_NAMES)}.", details=list(ANALYSIS_NAMES)
        )
    key = key or store.current_key(db, dataset)
    language: Lang = "en" if lang == "en" else "sv"
    resolved = resolve(options)
    wanted = None if kinds is None else frozenset(kinds)
    cache_key = (
        store_of(db),
        dataset,
        key,
        name,
        language,
        tuple(sorted(resolved.items())),
        None if wanted is None else tuple(sorted(wanted)),
    )
    results = RESULTS.here()
    kept = results.get(cache_key)
    if kept is not None:
        return kept
    ctx = AnalysisContext(db=db, dataset=dataset, key=key, lang=language, options=resolved, kinds=wanted)

    def run() -> _Kept:
        found = ANALYSES[name](ctx)
        if wanted is not None:
            found = [f for f in found if f.kind in wanted]
        return _Kept(tuple(sort_findings(found)))

    kept = store.while_version_lives(db, key, run)
    results.put(cache_key, kept, weight=len(kept.findings) + 1)
    return kept


def run_analysis(
    db: Database,
    dataset: str,
    name: str,
    *,
    lang: str = "sv",
    options: dict | None = None,
    key: str | None = None,
    kinds: Collection[str] | None = None,
) -> AnalysisResult:
    """Run one analysis of spec/analyses.md on the current version of `dataset`.

    Each analysis is the function `ANALYSES[name]` (`run(ctx) -> list[Finding]` of its module).
    `options` are the open parameters of graph/analyses/options.py (unknown names are refused).
    `key` is the dataset's current version key when the caller has already resolved it.
    `kinds`: only findings of these kinds (None: all). The diagram's marks need only some kinds; the
    analysis then skips the work of the others (complementarity's silo pairs grow with the square of the
    plans per goal, and no mark is made of them).
    """
    kept = _kept(db, dataset, name, lang, options, key, kinds)
    return AnalysisResult(analysis=name, dataset=dataset, findings=list(kept.findings))


def run_all(
    db: Database, dataset: str, *, lang: str = "sv", options: dict | None = None, key: str | None = None
) -> list[AnalysisResult]:
    """Every analysis, in the order of ANALYSIS_NAMES, all on the same version of `dataset` (`key` when the
    caller has resolved it)."""
    from graph import store

    key = key or store.current_key(db, dataset)  # once: every result describes the same import
    return [run_analysis(db, dataset, name, lang=lang, options=options, key=key) for name in ANALYSIS_NAMES]
