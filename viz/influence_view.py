"""The `influence` analysis as the pages show it: a row per goal with its figures and a bar of positive and
negative out-influence, ordered by rank on request, and what a goal page says it affects and is affected by.

Everything here is read from the analysis's findings; nothing is computed again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from graph.analyses import AnalysisResult
from graph.i18n import number, score_name, signed, t
from graph.views import DatasetGraph
from viz.network import display_name


def figure(value: float | None, lang: str) -> str:
    """A figure with sign and two decimals ('+0,67', '−1', '–' for null)."""
    if value is None:
        return "\u2013"
    if value == 0:
        return "0"
    return ("+" if value > 0 else "\u2212") + number(abs(value), lang, decimals=2)


def influence_rows(result: AnalysisResult, name_of: Callable[[str], str], lang: str) -> list[dict[str, Any]]:
    """One row per goal of the interaction network, by rank then id, with bar widths in per cent of the
    largest positive or negative out-influence; `name_of` names a goal id."""
    flags: dict[str, set[str]] = {}
    for f in result.findings:
        if f.kind in ("leverage", "risk"):
            flags.setdefault(f.subject, set()).add(f.kind)
    found = [(f, f.model_extra or {}) for f in result.findings if f.kind == "influence"]
    widest = max([abs(x["out_neg"]) for _, x in found] + [x["out_pos"] for _, x in found] + [0])
    rows = []
    for f, x in sorted(found, key=lambda fx: (fx[1]["rank"], fx[0].subject)):
        rows.append(
            {
                "id": f.subject,
                "name": name_of(f.subject),
                "rank": x["rank"],
                "ei1": figure(x["ei1"], lang),
                "ei2": figure(x["ei2"], lang),
                "in": figure(x["in_pos"] + x["in_neg"], lang),
                "total_out": figure(x["total_out"], lang),
                "total_in": figure(x["total_in"], lang),
                "neg": round(100 * abs(x["out_neg"]) / widest) if widest else 0,
                "pos": round(100 * x["out_pos"] / widest) if widest else 0,
                "out_neg": figure(x["out_neg"], lang),
                "out_pos": figure(x["out_pos"], lang),
                "flags": sorted(flags.get(f.subject, ())),
                "dematel": x["total_out"] is not None,
            }
        )
    return rows


def goal_influence(result: AnalysisResult, graph: DatasetGraph, goal: str, lang: str) -> dict[str, Any]:
    """What a goal page says: the goal's figures, the goals it affects and the goals that affect it, each
    declared link with its score and its name on the scale (two links between the same goals are both
    listed; the counts are of goals)."""
    own = next((f for f in result.findings if f.kind == "influence" and f.subject == goal), None)
    n = sum(1 for f in result.findings if f.kind == "influence")
    affects: list[dict[str, Any]] = []
    affected_by: list[dict[str, Any]] = []
    for link in graph.links_of("INTERACTS_WITH"):
        if link.source == goal or link.target == goal:
            other = link.target if link.source == goal else link.source
            node = graph.nodes.get(other)
            item = {
                "id": other,
                "name": display_name(node, lang) if node is not None else other,
                "score": signed(link.score),
                "score_name": score_name(link.score, lang),
                "rationale": str(link.props.get("rationale") or ""),
                "css": _css(link.score),
            }
            (affects if link.source == goal else affected_by).append(item)
    summary = None
    if own is not None:
        x = own.model_extra or {}
        summary = {"ei1": figure(x["ei1"], lang), "ei2": figure(x["ei2"], lang), "rank": x["rank"], "n": n}
    return {
        "summary": summary,
        "affects": affects,
        "affected_by": affected_by,
        "n_affects": len({i["id"] for i in affects}),
        "n_affected_by": len({i["id"] for i in affected_by}),
    }


def graph_names(graph: DatasetGraph, lang: str) -> Callable[[str], str]:
    """A goal id's display name in `graph` (the id itself when the row is unknown)."""
    return lambda i: display_name(graph.nodes[i], lang) if i in graph.nodes else i


def _css(score: int) -> str:
    return f"score-{'m' if score < 0 else 'p'}{abs(score)}"


def report_texts(lang: str) -> dict[str, str]:
    """The report's words for the influence section, by short key."""
    keys = (
        "intro",
        "ei1",
        "ei2",
        "in",
        "total",
        "flags",
        "sources",
        "source_weitz",
        "source_nilsson",
        "source_dematel",
        "none",
    )
    return {k: t(f"inf.report.{k}", lang) for k in keys}
