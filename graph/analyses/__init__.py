"""The analyses of spec/analyses.md: names, result models and the entry points every layer calls.

The CLI, the HTTP API, the UI and the report all go through `run_analysis` / `run_all`, so they show
the same findings. Each analysis lives in its own module here and its Cypher in `cypher/analyses/`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

ANALYSIS_NAMES: tuple[str, ...] = (
    "chains", "orphan_actions", "uncovered_goals", "unmeasured", "conflicts", "synergies",
    "complementarity", "actors", "contribution", "alignment",
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
