"""What the evaluator's report says, gathered once: findings of every analysis, rows, scorecards, diagrams.

`gather` shapes what `graph.report_input.collect` read (the analyses' findings and the dataset graph every
view reads, `graph.views.DatasetGraph`, of one version) into plain dicts that both the HTML and the XLSX
writers read, so the two documents always say the same. Nothing here reads the database.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any, get_args

from graph.analyses import ANALYSIS_NAMES, AnalysisResult, Finding
from graph.analyses.compare import compare_results
from graph.content import ActorKind
from graph.i18n import code_word, local_date, number, t
from graph.reference import reference_names
from graph.report_input import ReportInput
from graph.views import DatasetGraph
from viz.chains import chains_under
from viz.matrices import coverage
from viz.report_followup import followup_of, moved
from viz.texts import kind_name

TOUCHING = ("conflicts", "synergies", "uncovered_goals", "unmeasured", "complementarity", "alignment")
"""Analyses whose findings are listed under each RUS goal they name (subject or related)."""

GAP_ANALYSES = ("uncovered_goals", "unmeasured", "complementarity")

COUNTED = ("strategies", "goals", "actions", "indicators", "actors", "observations", "links")
"""The tables the report counts, in the order it lists them."""

ROW_LABELS = ("Strategy", "Goal", "Action", "Indicator", "Actor")


@dataclass
class Report:
    """Everything the report shows, in the report's language."""

    dataset: str
    lang: str
    created: str
    meta: dict[str, Any]
    """The dataset version's description, illustrative flag, source and import time (`DatasetGraph.meta`)."""
    rus: dict[str, Any] | None
    counts: dict[str, int]
    results: dict[str, AnalysisResult]
    names: dict[str, str]
    areas: list[dict[str, Any]]
    scorecards: list[dict[str, Any]]
    coverage: dict[str, Any]
    indicators: list[dict[str, Any]]
    uses_kolada: bool
    compare: dict[str, Any] | None = None
    headline: list[Finding] = field(default_factory=list)
    followup: dict[str, Any] | None = None

    @property
    def illustrative(self) -> bool:
        return bool(self.meta.get("illustrative"))

    @property
    def imported(self) -> str:
        """When the dataset was imported, as a date in Sweden."""
        return local_date(self.meta.get("imported_at"))

    @property
    def description(self) -> str:
        return str(self.meta.get("description") or "")

    @property
    def banner(self) -> str:
        """The illustrative-data notice at the top, in the report's language, then the dataset's description
        (without the Swedish notice it usually starts with, which would say the same twice)."""
        notice = t("illustrative", self.lang)
        rest = self.description
        for lang in ("sv", "en"):
            rest = rest.removeprefix(t("illustrative", lang))
        rest = rest.lstrip(" .–-")
        return f"{notice}. {rest}" if rest else f"{notice}."

    def name(self, row_id: str) -> str:
        return self.names.get(row_id, row_id)


def _names(graph: DatasetGraph, lang: str) -> dict[str, str]:
    """id -> name of every row and reference, and the words for the actor kinds findings name."""
    out = {k: code_word("actor_kind", k, lang) for k in get_args(ActorKind)}
    out.update({k: v["en" if lang == "en" else "sv"] for k, v in reference_names().items()})
    for label in ROW_LABELS:
        for node in graph.of_label(label):
            out[node.id] = node.name
    return out


def _latest(graph: DatasetGraph) -> dict[str, list[dict[str, Any]]]:
    """indicator -> its whole-area, gender T observations, newest first."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for obs in graph.observations:
        if obs.get("area") is None and obs.get("gender") == "T":
            out[obs["indicator"]].append({"period": str(obs["period"]), "value": obs["value"], "source": obs["source"]})
    for rows in out.values():
        rows.sort(key=lambda r: r["period"], reverse=True)
    return out


def _indicator_rows(graph: DatasetGraph, lang: str) -> dict[str, dict[str, Any]]:
    latest = _latest(graph)
    out = {}
    for ind in graph.of_label("Indicator"):
        obs = latest.get(ind.id, [])
        out[ind.id] = {
            "id": ind.id,
            "name": ind.name,
            "unit": ind.get("unit") or "",
            "source": code_word("source", ind.get("source"), lang),
            "direction": code_word("direction", ind.get("direction"), lang),
            "baseline": _when(ind.get("baseline_value"), ind.get("baseline_year"), lang),
            "target": _when(ind.get("target_value"), ind.get("target_year"), lang),
            "latest": _when(obs[0]["value"], obs[0]["period"], lang) if obs else "–",
            "latest_value": obs[0]["value"] if obs else None,
            "latest_period": obs[0]["period"] if obs else None,
            "baseline_value": ind.get("baseline_value"),
            "target_value": ind.get("target_value"),
        }
    return out


def _when(value: float | None, year: Any, lang: str) -> str:
    if value is None:
        return "–"
    return f"{number(value, lang)} ({year})" if year else number(value, lang)


def _touching(results: dict[str, AnalysisResult], goal: str) -> list[tuple[str, Finding]]:
    return [(name, f) for name in TOUCHING for f in results[name].findings if f.subject == goal or goal in f.related]


def _diagram_data(graph: DatasetGraph, goal: str, reaching: list[str], limit: int = 18) -> dict[str, Any]:
    """The layered chain of one RUS goal: actions -> goals on the way -> the goal, along the chains found
    (for a goal area or the vision: each counted action's chain to the goal under it, as the goal page)."""
    paths = sorted((list(c.path) for c in chains_under(graph, goal, reaching)), key=lambda path: path[0])
    shown = paths[:limit]
    middle: list[str] = []
    for path in shown:
        for step in path[1:]:
            if step != goal and step not in middle:
                middle.append(step)
    pairs = {(a, b) for path in shown for a, b in zip(path, path[1:], strict=False)}
    edges = sorted((a, b, graph.contribution_scores.get((a, b), 1)) for a, b in pairs)
    return {
        "goal": goal,
        "actions": [path[0] for path in shown],
        "middle": middle[: 2 * limit],
        "edges": edges,
        "hidden": len(paths) - len(shown),
    }


def gather(given: ReportInput, *, lang: str = "sv") -> Report:
    """Everything the report shows, from what `collect` read (with the earlier import, if any)."""
    lang = "en" if lang == "en" else "sv"
    dataset, results, graph = given.dataset, given.results, given.graph
    names = _names(graph, lang)
    indicators = _indicator_rows(graph, lang)
    rus_goals = graph.rus_goals()

    cards = {f.subject: f for f in results["contribution"].findings}
    scorecards = []
    for goal_node in rus_goals:
        goal = goal_node.id
        card = cards.get(goal)
        extra = (card.model_extra or {}) if card is not None else {}
        # The contribution scorecard decides which actions count (for a goal area or the vision: those
        # reaching any goal under it); the report only names them.
        actions = list(extra.get("reaching", []))
        actors = sorted({a for action in actions for a in graph.actors_by_action.get(action, ())})
        trends = {x["id"]: x["trend"] for x in extra.get("indicators", [])}
        touching = _touching(results, goal)
        scorecards.append(
            {
                "id": goal,
                "name": names.get(goal, goal),
                "level": goal_node.get("level"),
                "area": graph.goal_areas.get(goal),
                "actions": extra.get("actions", len(actions)),
                "active_actions": extra.get("active_actions", 0),
                "plans": extra.get("plans", []),
                "actors": actors,
                "indicators": [
                    dict(indicators[i], trend=trends.get(i, "no_data"))
                    for i in graph.indicators_of(goal)
                    if i in indicators
                ],
                "completeness": extra.get("chain_completeness", 0.0),
                "severity": card.severity if card is not None else "high",
                "conflicts": [f for n, f in touching if n == "conflicts"],
                "synergies": [f for n, f in touching if n == "synergies"],
                # Silo pairs grow with the square of the plans: summarised per goal (count, first few), never listed.
                "gaps": [(n, f) for n, f in touching if n in GAP_ANALYSES and f.kind != "silo"],
                "silos": [f for n, f in touching if n == "complementarity" and f.kind == "silo" and f.subject == goal],
                "alignment": [f for n, f in touching if n == "alignment" and f.subject == goal],
                "diagram": _diagram_data(graph, goal, actions),
            }
        )

    by_area: dict[str | None, list[dict[str, Any]]] = defaultdict(list)
    for scorecard in scorecards:
        by_area[scorecard["area"]].append(scorecard)
    areas: list[dict[str, Any]] = [
        {"id": a, "name": names.get(a, a), "goals": by_area[a]}
        for a in [g.id for g in rus_goals if g.get("level") == "goal_area"]
        if by_area.get(a)
    ]
    if by_area.get(None):
        areas.insert(0, {"id": None, "name": "", "goals": by_area[None]})

    # Thematic plans in import order, then any other strategy that holds actions.
    plans = [s.id for s in graph.of_label("Strategy") if s.get("kind") == "plan"]
    plans += sorted({str(a.get("strategy")) for a in graph.of_label("Action")} - set(plans))
    matrix_of = coverage(graph)
    covered = [g.id for g in rus_goals if matrix_of.counted(g)]
    matrix = {g: {p: matrix_of.cell(p, g).count for p in plans} for g in covered}

    counts = {table: int(given.counts.get(table, 0)) for table in COUNTED}
    uses_kolada = any(i.get("source") == "kolada" for i in graph.of_label("Indicator")) or any(
        str(o.get("source") or "").lower().startswith("kolada") for o in graph.observations
    )
    headline = [
        f
        for name in ("conflicts", "orphan_actions", "uncovered_goals", "actors", "complementarity")
        for f in results[name].findings
        if f.severity == "high"
    ][:12]

    report = Report(
        dataset=dataset,
        lang=lang,
        created=date.today().isoformat(),
        meta=graph.meta,
        rus=dict(graph.rus.props) if graph.rus is not None else None,
        counts=counts,
        results=results,
        names=names,
        areas=areas,
        scorecards=scorecards,
        coverage={"plans": plans, "goals": covered, "cells": matrix},
        indicators=list(indicators.values()),
        uses_kolada=uses_kolada,
        headline=headline,
    )
    report.followup = followup_of(given.graph, results["contribution"].findings, lang)
    if given.previous is not None:
        report.compare = _compare(report, given.previous, lang)
    return report


def _compare(report: Report, earlier: ReportInput, lang: str) -> dict[str, Any]:
    """New and resolved findings per analysis, and each indicator's latest value now against then."""
    previous, other = earlier.results, earlier.dataset
    followup_then = followup_of(earlier.graph, previous["contribution"].findings, lang)
    analyses = []
    for name in ANALYSIS_NAMES:
        if name in ("chains", "contribution"):
            continue  # one finding per goal or path: their changes show in the other analyses
        c = compare_results(report.results[name], previous[name])
        analyses.append({"name": name, "new": c.new, "resolved": c.resolved})
    then = _indicator_rows(earlier.graph, lang)
    movement = []
    for row in report.indicators:
        old = then.get(row["id"], {})
        now_v, old_v = row["latest_value"], old.get("latest_value")
        change = now_v - old_v if now_v is not None and old_v is not None else None
        movement.append(
            {
                "id": row["id"],
                "name": row["name"],
                "unit": row["unit"],
                "then": old.get("latest", "–"),
                "now": row["latest"],
                "change": change,
                "change_text": ("+" if change and change > 0 else "") + number(change, lang)
                if change is not None
                else "–",
            }
        )
    return {
        "dataset": other,
        "analyses": analyses,
        "movement": movement,
        "followup": moved(report.followup, followup_then, lang) if report.followup else None,
        "new": sum(len(a["new"]) for a in analyses),
        "resolved": sum(len(a["resolved"]) for a in analyses),
    }


def finding_label(f: Finding, lang: str) -> str:
    """The finding's kind in words (the same words as the web UI and the CLI)."""
    return kind_name(f.kind, lang)
