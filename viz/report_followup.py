"""The report's follow-up section (uppföljning): goal × period traffic lights, the latest reports per action,
indicator trends, and — with `--compare` — what moved between the two datasets.

It is the follow-up page's model (viz.followup.build) flattened into plain dicts for the HTML and XLSX
writers, so the page and both reports say the same about every action's status and indicator's trend.
"""

from __future__ import annotations

from typing import Any

from graph.analyses import Finding
from graph.i18n import number, t
from viz.followup import LIGHTS, FollowUp, build


def _counts(c: dict[str, int]) -> dict[str, int]:
    return {light: int(c.get(light, 0)) for light in LIGHTS}


def _action(row: Any, lang: str) -> dict[str, Any]:
    report = row.report or {}
    return {
        "id": row.node.id,
        "name": row.node.name,
        "plan": row.plan,
        "status": row.status,
        "status_name": t(f"status.{row.status or 'none'}", lang),
        "light": row.light,
        "light_name": t(f"light.{row.light}", lang),
        "reason": row.reason,
        "progress": report.get("progress"),
        "spent_sek": report.get("spent_sek"),
        "comment": report.get("comment") or "",
        "period": report.get("period") or "",
        "reported_by": report.get("reported_by") or "",
    }


def section(fu_by_period: dict[str, FollowUp], latest: FollowUp, lang: str) -> dict[str, Any]:
    """The section as plain data: `periods`, `goals` (with `cells` per period, `actions`, `indicators`)."""
    goals = []
    for g in latest.goals:
        cells = {}
        for period, fu in fu_by_period.items():
            row = next((x for x in fu.goals if x.node.id == g.node.id), None)
            cells[period] = _counts(row.counts if row else {})
        goals.append(
            {
                "id": g.node.id,
                "name": g.node.name,
                "level": g.node.get("level") or "goal",
                "cells": cells,
                "counts": _counts(g.counts),
                "actions": [_action(a, lang) for a in g.actions],
                "indicators": [
                    {
                        "id": i.node.id,
                        "name": i.node.name,
                        "unit": i.node.get("unit") or "",
                        "trend": i.trend,
                        "latest": f"{number(i.series[-1][1], lang)} ({i.series[-1][0]})" if i.series else "–",
                    }
                    for i in g.indicators
                ],
                "changes": g.changes,
            }
        )
    return {
        "periods": latest.periods,
        "period": latest.period,
        "previous": latest.previous,
        "rule": latest.rule,
        "goals": goals,
        "totals": latest.totals,
    }


def followup_of(graph: Any, scorecards: list[Finding], lang: str) -> dict[str, Any]:
    """The follow-up section from a dataset graph already read (the report's `collect` reads it)."""
    latest = build(graph, scorecards, lang=lang)
    by_period = {
        p: (latest if p == latest.period else build(graph, scorecards, period=p, lang=lang)) for p in latest.periods
    }
    return section(by_period, latest, lang)


def moved(now: dict[str, Any], then: dict[str, Any], lang: str) -> dict[str, Any]:
    """Actions whose current status changed between two follow-ups, and each goal's lights then and now."""

    def statuses(fu: dict[str, Any]) -> dict[str, dict[str, Any]]:
        return {a["id"]: a for g in fu["goals"] for a in g["actions"]}

    before, after = statuses(then), statuses(now)
    actions = [
        {
            "id": i,
            "name": a["name"],
            "then": before[i]["status_name"],
            "now": a["status_name"],
            "then_light": before[i]["light"],
            "now_light": a["light"],
        }
        for i, a in sorted(after.items())
        if i in before and (before[i]["status"] != a["status"] or before[i]["light"] != a["light"])
    ]
    old_goals = {g["id"]: g for g in then["goals"]}
    goals = [
        {"id": g["id"], "name": g["name"], "then": old_goals[g["id"]]["counts"], "now": g["counts"]}
        for g in now["goals"]
        if g["id"] in old_goals and old_goals[g["id"]]["counts"] != g["counts"]
    ]
    return {"actions": actions, "goals": goals}
