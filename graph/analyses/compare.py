"""Findings of two imports side by side: what is new and what is resolved.

A finding's identity is (analysis, kind, subject, related); its explanation and extra fields may change
between imports (a renamed row, a new score) without it counting as new.
"""

from __future__ import annotations

from pydantic import BaseModel, Field

from graph.analyses.base import AnalysisResult, Finding, sort_findings


class Comparison(BaseModel):
    """`new`: findings of `dataset` that `compare` lacks; `resolved`: findings of `compare` that `dataset` lacks."""

    analysis: str
    dataset: str
    compare: str
    new: list[Finding] = Field(default_factory=list)
    resolved: list[Finding] = Field(default_factory=list)


def identity(analysis: str, finding: Finding) -> tuple[str, str, str, tuple[str, ...]]:
    return (analysis, finding.kind, finding.subject, tuple(finding.related))


def compare_results(current: AnalysisResult, previous: AnalysisResult) -> Comparison:
    """New and resolved findings of one analysis between two datasets (usually two imports of one region)."""
    now = {identity(current.analysis, f) for f in current.findings}
    before = {identity(previous.analysis, f) for f in previous.findings}
    return Comparison(
        analysis=current.analysis,
        dataset=current.dataset,
        compare=previous.dataset,
        new=sort_findings([f for f in current.findings if identity(current.analysis, f) not in before]),
        resolved=sort_findings([f for f in previous.findings if identity(previous.analysis, f) not in now]),
    )


def compare_datasets(
    db, dataset: str, other: str, name: str, *, lang: str = "sv", options: dict | None = None
) -> Comparison:
    """Run analysis `name` on `dataset` and on `other` (e.g. the previous import) and compare them."""
    from graph.analyses import run_analysis

    current = run_analysis(db, dataset, name, lang=lang, options=options)
    previous = run_analysis(db, other, name, lang=lang, options=options)
    return compare_results(current, previous)
