"""What every analysis shares: its context, its findings and their order.

Its own module so that each analysis can import it while `graph/analyses/__init__.py` imports the analyses
into its registry.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from graph.db import Database
from graph.i18n import Lang

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

    db: Database
    dataset: str
    key: str
    lang: Lang = "sv"
    options: dict = Field(default_factory=dict)
    kinds: frozenset[str] | None = None
    """Only these kinds of finding are wanted (None: all); an analysis may skip the work of the others."""

    def wants(self, kind: str) -> bool:
        """Whether findings of `kind` are wanted from this run."""
        return self.kinds is None or kind in self.kinds


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Deterministic order: severity, then subject id, then kind and related ids."""
    return sorted(findings, key=lambda f: (SEVERITY_ORDER[f.severity], f.subject, f.kind, f.related))
