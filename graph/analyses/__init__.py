"""The analyses of spec/analyses.md: names, result models and the entry points every layer calls.

The CLI, the HTTP API, the UI and the report all go through `run_analysis` / `run_all`, so they show
the same findings. Each analysis lives in its own module here and its Cypher in `cypher/analyses/`.
"""

from __future__ import annotations

import json
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from graph.version_cache import VersionCache, store_of

ANALYSIS_NAMES: tuple[str, ...] = (
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

Severity = Literal["high", "medium", "low"]
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}


class Finding(BaseModel):
    """One finding, serialised exactly as spec/analyses.md shows (analyses may add fields)."""

    model_config = ConfigDict(extra="allow")

    kind: str
    subject: str
    related: list[str] = Field(default_factory=list)
    severity: Severity
    explanation: str


class AnalysisResult(BaseModel):
    analysis: str
    dataset: str
    findings: list[Finding] = Field(default_factory=list)


class AnalysisContext(BaseModel):
    """What one analysis run needs: the database, the dataset and its current version key, language, options."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    db: object
    dataset: str
    key: str
    lang: Literal["sv", "en"] = "sv"
    options: dict = Field(default_factory=dict)


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Deterministic order: severity, then subject id, then kind and related ids."""
    return sorted(findings, key=lambda f: (SEVERITY_ORDER[f.severity], f.subject, f.kind, f.related))


class _Kept:
    """One analysis's findings on one dataset version, and their JSON once someone asked for it."""

    __slots__ = ("findings", "json")

    def __init__(self, findings: tuple[Finding, ...]) -> None:
        self.findings = findings
        self.json: bytes | None = None


_RESULTS = VersionCache("analyses", max_entries=256, max_weight=500_000)
"""Findings per (store, dataset, version, analysis, language, options), weighed by findings kept."""


def forget_cached() -> None:
    """Drop every kept result and the query answers behind them (the benchmark times analyses from scratch)."""
    from graph.analyses import linkage

    _RESULTS.clear()
    linkage.forget()


def _kept(db, dataset: str, name: str, lang: str, options: dict | None, key: str | None) -> _Kept:
    """The findings of one analysis on the current version of `dataset`, computed once per version.

    A version never changes once readers follow it (an import writes a new one under a new key), so the
    findings are kept per (version key, analysis, language, options), least recently used out first.
    """
    import importlib

    from graph import store
    from graph.analyses.options import resolve
    from graph.errors import AnalysisNotFound

    if name not in ANALYSIS_NAMES:
        raise AnalysisNotFound(
            f"Analysen {name!r} finns inte. Analyser: {', '.join(ANALYSIS_NAMES)}.", details=list(ANALYSIS_NAMES)
        )
    key = key or store.current_key(db, dataset)
    lang = "en" if lang == "en" else "sv"
    resolved = resolve(options)
    cache_key = (store_of(db), dataset, key, name, lang, tuple(sorted(resolved.items())))
    kept = _RESULTS.get(cache_key)
    if kept is not None:
        return kept
    module = importlib.import_module(f"graph.analyses.{name}")
    ctx = AnalysisContext(db=db, dataset=dataset, key=key, lang=lang, options=resolved)
    kept = store.while_version_lives(db, key, lambda: _Kept(tuple(sort_findings(module.run(ctx)))))
    _RESULTS.put(cache_key, kept, weight=len(kept.findings) + 1)
    return kept


def run_analysis(
    db, dataset: str, name: str, *, lang: str = "sv", options: dict | None = None, key: str | None = None
) -> AnalysisResult:
    """Run one analysis of spec/analyses.md on the current version of `dataset`.

    Each analysis is the module `graph.analyses.<name>` with a function `run(ctx) -> list[Finding]`.
    `options` are the open parameters of graph/analyses/options.py (unknown names are refused).
    `key` is the dataset's current version key when the caller has already resolved it.
    """
    kept = _kept(db, dataset, name, lang, options, key)
    return AnalysisResult(analysis=name, dataset=dataset, findings=list(kept.findings))


def analysis_json(db, dataset: str, name: str, *, lang: str = "sv", options: dict | None = None) -> bytes:
    """`run_analysis` as JSON bytes (as JSONResponse writes it), also kept per version, so the API serves a
    large result again without serialising it again."""
    kept = _kept(db, dataset, name, lang, options, None)
    if kept.json is None:
        result = AnalysisResult(analysis=name, dataset=dataset, findings=list(kept.findings))
        kept.json = json.dumps(
            result.model_dump(mode="json"), ensure_ascii=False, allow_nan=False, separators=(",", ":")
        ).encode("utf-8")
    return kept.json


def run_all(db, dataset: str, *, lang: str = "sv", options: dict | None = None) -> list[AnalysisResult]:
    """Every analysis, in the order of ANALYSIS_NAMES, all on the same version of `dataset`."""
    from graph import store

    key = store.current_key(db, dataset)  # once: every result describes the same import
    return [run_analysis(db, dataset, name, lang=lang, options=options, key=key) for name in ANALYSIS_NAMES]
