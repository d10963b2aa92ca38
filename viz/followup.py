"""The follow-up (uppföljning) per RUS goal: actions as traffic lights, progress comments, indicator trends.

One model for the follow-up page, the HTML report and the XLSX report, so all three say the same. It draws
on what is computed elsewhere and never works it out again: an action's current status is the one the
import stored (graph.progress), the actions reaching a goal are the chains of viz.chains (positive
`contributes_to` paths, as the scorecard counts them), and each indicator's trend is the contribution
scorecard's (graph.analyses.contribution); per municipality and gender the same `trend` function is
applied to that area's series.

Traffic lights (the rule is shown on the page, `LIGHT_RULE`):
- stopped (stoppad): the status is paused or cancelled;
- at risk (risk): no status; planned although its start has passed; or ongoing with reported progress more
  than `BEHIND_POINTS` percentage points behind the share of its run time (start–end) passed at the end of
  the period;
- on track (i rätt riktning): everything else (ongoing on time, completed, planned to start later).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from graph.analyses import Finding
from graph.analyses.contribution import trend
from graph.i18n import number, t
from graph.progress import current_status, latest_period, parse_period, period_key, previous_period, status_of
from graph.reference import reference_names
from graph.views import DatasetGraph, Node
from viz.chains import actions_reaching

BEHIND_POINTS = 25
LIGHTS = ("on_track", "at_risk", "stopped")
TREND_TOLERANCE = 0.01
"""The scorecard's default `trend_flat_tolerance`, for the per-area trends next to it."""


@dataclass
class ActionRow:
    node: Node
    plan: str
    status: str | None
    light: str
    reason: str
    report: dict[str, Any] | None
    actors: list[str]


@dataclass
class AreaRow:
    code: str
    name: str
    period: str
    values: dict[str, float]  # gender -> latest value
    trend: str


@dataclass
class IndicatorRow:
    node: Node
    trend: str
    series: list[tuple[str, float]]
    genders: dict[str, float]
    areas: list[AreaRow]
    latest_area_period: str | None = None


@dataclass
class GoalRow:
    node: Node
    area: Node | None
    actions: list[ActionRow]
    counts: dict[str, int]
    comments: list[tuple[ActionRow, dict[str, Any]]]
    indicators: list[IndicatorRow]
    changes: list[str]
    scorecard_actions: int


@dataclass
class FollowUp:
    periods: list[str]
    period: str | None
    previous: str | None
    goals: list[GoalRow]
    plans: list[Node]
    actors: list[Node]
    plan: str | None = None
    actor: str | None = None
    rule: str = ""
    totals: dict[str, int] = field(default_factory=dict)


def _day(text: Any, end: bool) -> dt.date | None:
    span = parse_period(str(text or "")[:10])
    return (span[1] if end else span[0]) if span else None


def light_of(
    action: Node, status: str | None, report: dict[str, Any] | None, at: dt.date, lang: str = "sv"
) -> tuple[str, str]:
    """(light, reason in words) for one action at the date `at` (the end of the period looked at)."""
    if status in ("paused", "cancelled"):
        return "stopped", ""
    if not status:
        return "at_risk", t("reason.no_status", lang)
    start, end = _day(action.get("start"), False), _day(action.get("end"), True)
    if status == "planned":
        if start is not None and start <= at:
            return "at_risk", t("reason.late_start", lang, start=action.get("start"))
        return "on_track", ""
    done = report.get("progress") if report else None
    if status == "ongoing" and done is not None and start is not None and end is not None and end > start:
        expected = max(0.0, min(1.0, (at - start).days / (end - start).days)) * 100
        words = {"done": number(done, lang, 0), "expected": number(expected, lang, 0)}
        if float(done) < expected - BEHIND_POINTS:
            return "at_risk", t("reason.behind", lang, **words)
        return "on_track", t("reason.on_time", lang, **words)
    return "on_track", ""


def status_at(action: Node, reports: list[dict[str, Any]], period: str | None, latest: str | None) -> str | None:
    """The status shown for `period`: the current status for the latest period (or none), else as reported then."""
    if period is None or period == latest:
        return status_of(action)
    return current_status(action.get("status"), reports, until=period)


def _series(graph: DatasetGraph, indicator: str, area: str | None, gender: str) -> list[tuple[str, float]]:
    rows = [
        (str(o["period"]), float(o["value"]))
        for o in graph.observations
        if o["indicator"] == indicator
        and (o.get("area") or None) == area
        and (o.get("gender") or "T") == gender
        and o["value"] is not None
    ]
    return sorted(rows, key=lambda r: period_key(r[0]))


def _trend(series: list[tuple[str, float]], direction: str | None) -> str:
    latest = [{"period": p, "value": v} for p, v in reversed(series[-2:])]
    return trend(latest, direction, TREND_TOLERANCE)


def indicator_row(graph: DatasetGraph, node: Node, scorecard_trend: str, lang: str) -> IndicatorRow:
    names = reference_names()
    series = _series(graph, node.id, None, "T")
    genders = {g: s[-1][1] for g in ("K", "M") if (s := _series(graph, node.id, None, g))}
    areas = []
    codes = sorted({o["area"] for o in graph.observations if o["indicator"] == node.id and o.get("area")})
    for code in codes:
        total = _series(graph, node.id, code, "T")
        last = total[-1][0] if total else None
        values: dict[str, float] = {}
        for g in ("T", "K", "M"):
            at_last = [v for p, v in _series(graph, node.id, code, g) if p == last]
            if at_last:
                values[g] = at_last[0]
        name = names.get(f"area:{code}", {}).get(lang, code)
        areas.append(AreaRow(code, name, last or "", values, _trend(total, node.get("direction"))))
    latest_area = max((a.period for a in areas if a.period), key=period_key, default=None)
    return IndicatorRow(node, scorecard_trend, series, genders, areas, latest_area)


def build(
    graph: DatasetGraph,
    scorecards: list[Finding],
    *,
    plan: str | None = None,
    actor: str | None = None,
    period: str | None = None,
    lang: str = "sv",
) -> FollowUp:
    """The follow-up of every RUS goal (not the vision) for `period` (default: the latest reported)."""
    reports: dict[str, list[dict[str, Any]]] = {}
    for report_row in graph.progress:
        reports.setdefault(report_row["action"], []).append(report_row)
    periods = sorted({str(x["period"]) for x in graph.progress}, key=period_key)
    latest = latest_period(periods)
    chosen = period if period in periods else latest
    previous = previous_period(periods, chosen) if chosen else None
    at = (_day(chosen, True) if chosen else None) or dt.date.today()
    actors_of = graph.actors_by_action
    reaching = actions_reaching(graph)
    cards = {f.subject: f for f in scorecards if f.kind == "scorecard"}
    goals = []
    lights_of: dict[str, str] = {}
    for goal in graph.rus_goals():
        card = cards.get(goal.id)
        if card is None or goal.get("level") == "vision":
            continue
        rows = []
        # The scorecard's own list: a goal area counts the actions reaching any goal under it (one truth).
        listed = getattr(card, "reaching", None) or (card.model_extra or {}).get("reaching")
        action_ids = list(listed) if listed else [c.start for c in reaching.get(goal.id, [])]
        for action_id in action_ids:
            a = graph.nodes.get(action_id)
            if a is None:
                continue
            if plan and a.get("strategy") != plan or actor and actor not in actors_of.get(a.id, []):
                continue
            mine = reports.get(a.id, [])
            report = _latest_until(mine, chosen)
            status = status_at(a, mine, chosen, latest)
            light, reason = light_of(a, status, report, at, lang)
            plan_node = graph.nodes.get(a.get("strategy"))
            rows.append(
                ActionRow(
                    a,
                    plan_node.name if plan_node else "",
                    status,
                    light,
                    reason,
                    report,
                    [graph.nodes[x].name for x in actors_of.get(a.id, []) if x in graph.nodes],
                )
            )
        rows.sort(key=lambda r: (LIGHTS.index(r.light) * -1, r.node.id))
        counts = {light: sum(1 for r in rows if r.light == light) for light in LIGHTS}
        for r in rows:
            lights_of[r.node.id] = r.light
        comments = sorted(
            (
                (r, r.report)
                for r in rows
                if r.report and r.report.get("comment") and (chosen is None or r.report["period"] == chosen)
            ),
            key=lambda x: (LIGHTS.index(x[0].light) * -1, x[0].node.id),
        )
        indicators = [
            indicator_row(graph, graph.nodes[i["id"]], i["trend"], lang)
            for i in card.model_dump().get("indicators", [])
            if i["id"] in graph.nodes
        ]
        goals.append(
            GoalRow(
                goal,
                graph.nodes.get(graph.goal_areas.get(goal.id) or ""),
                rows,
                counts,
                comments,
                indicators,
                _changes(rows, reports, chosen, previous, latest, lang),
                int(card.model_dump().get("actions", 0)),
            )
        )
    actor_ids = sorted(
        {x for ids in actors_of.values() for x in ids if x in graph.nodes}, key=lambda i: graph.nodes[i].name
    )
    return FollowUp(
        periods,
        chosen,
        previous,
        goals,
        graph.plans(),
        [graph.nodes[i] for i in actor_ids],
        plan,
        actor,
        t("light.rule", lang, points=BEHIND_POINTS),
        {light: sum(1 for x in lights_of.values() if x == light) for light in LIGHTS},
    )


def _latest_until(reports: list[dict[str, Any]], period: str | None) -> dict[str, Any] | None:
    chosen = [r for r in reports if period is None or period_key(r["period"]) <= period_key(period)]
    return max(chosen, key=lambda r: period_key(r["period"])) if chosen else None


def _changes(
    rows: list[ActionRow],
    reports: dict[str, list[dict[str, Any]]],
    period: str | None,
    previous: str | None,
    latest: str | None,
    lang: str,
) -> list[str]:
    """What moved between the previous period and `period`: statuses, per cent done, first reports."""
    if period is None or previous is None:
        return []
    out = []
    for row in rows:
        mine = reports.get(row.node.id, [])
        now = next((r for r in mine if r["period"] == period), None)
        before = _latest_until(mine, previous)
        name = f"{row.node.id} {row.node.name}"
        if now is None:
            continue
        if before is None:
            out.append(t("change.first", lang, action=name, status=t(f"status.{row.status or 'none'}", lang)))
            continue
        was = status_at(row.node, mine, previous, latest)
        if was != row.status:
            out.append(
                t(
                    "change.status",
                    lang,
                    action=name,
                    before=t(f"status.{was or 'none'}", lang),
                    after=t(f"status.{row.status or 'none'}", lang),
                )
            )
        elif (
            now.get("progress") is not None
            and before.get("progress") is not None
            and abs(float(now["progress"]) - float(before["progress"])) >= 10
        ):
            out.append(
                t(
                    "change.progress",
                    lang,
                    action=name,
                    before=number(before["progress"], lang, 0),
                    after=number(now["progress"], lang, 0),
                )
            )
    return out
