"""Findings of the analyses, indexed by the rows they involve, and the marks they put on the diagram."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

MARK_OF_ANALYSIS: dict[str, dict[str, str]] = {
    "orphan_actions": {"unlinked": "orphan", "dead_end": "orphan", "only_negative": "orphan"},
    "conflicts": {
        "declared": "conflict",
        "action_against_goal": "conflict",
        "trade_off": "conflict",
        "indirect": "conflict",
    },
    # Reached through a single plan is worth a look in the list, but it is not a gap in the chain.
    "uncovered_goals": {"no_action": "gap", "no_active_action": "gap"},
    "complementarity": {"territorial_gap": "gap"},
    "synergies": {"declared": "synergy"},
}
"""(analysis, kind) -> mark on the diagram; orphans, conflicts and gaps are the ones a meeting asks about."""

MARK_ORDER = ("conflict", "orphan", "gap", "synergy")


def index_findings(results: list[Any]) -> dict[str, list[dict[str, Any]]]:
    """Row id -> the findings that name it (as subject or related), each with its analysis and role."""
    index: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for result in results:
        for f in result.findings:
            item = {
                "analysis": result.analysis,
                "kind": f.kind,
                "severity": f.severity,
                "explanation": f.explanation,
                "subject": f.subject,
                "related": list(f.related),
            }
            index[f.subject].append(item | {"role": "subject"})
            for rid in dict.fromkeys(f.related):
                if rid != f.subject:
                    index[rid].append(item | {"role": "related"})
    return dict(index)


def marks_of(node_id: str, index: dict[str, list[dict[str, Any]]], node_type: str) -> list[str]:
    """The marks a node carries: conflicts mark every row involved, orphans and gaps only their subject."""
    marks: set[str] = set()
    for f in index.get(node_id, ()):
        mark = MARK_OF_ANALYSIS.get(f["analysis"], {}).get(f["kind"])
        if mark is None:
            continue
        if mark in ("conflict", "synergy") and node_type in ("Goal", "Action"):
            marks.add(mark)
        elif f["role"] == "subject":
            marks.add(mark)
    return [m for m in MARK_ORDER if m in marks]


def mark_index(results: list[Any], label_of: dict[str, str]) -> dict[str, list[str]]:
    """Row id -> its marks, in one pass over the findings (the rule of `marks_of`, without building the
    per-row index of every finding: silo pairs alone are hundreds of thousands at national scale)."""
    found: dict[str, set[str]] = defaultdict(set)
    for result in results:
        kinds = MARK_OF_ANALYSIS.get(result.analysis)
        if not kinds:
            continue
        for f in result.findings:
            mark = kinds.get(f.kind)
            if mark is None:
                continue
            found[f.subject].add(mark)
            if mark in ("conflict", "synergy"):
                for rid in f.related:
                    if label_of.get(rid) in ("Goal", "Action"):
                        found[rid].add(mark)
    return {rid: [m for m in MARK_ORDER if m in marks] for rid, marks in found.items()}


def findings_about(results: list[Any], row_id: str) -> list[dict[str, Any]]:
    """The findings that name one row (as `index_findings` lists them), for a panel opened on that row."""
    out = []
    for result in results:
        for f in result.findings:
            if f.subject == row_id or row_id in f.related:
                out.append(
                    {
                        "analysis": result.analysis,
                        "kind": f.kind,
                        "severity": f.severity,
                        "explanation": f.explanation,
                        "subject": f.subject,
                        "related": list(f.related),
                        "role": "subject" if f.subject == row_id else "related",
                    }
                )
    return out
