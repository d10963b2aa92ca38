"""Silo findings summarised under their RUS goal: a count and an expandable list, never a row per pair.

Silos are pairs of plans, so their number grows with the square of the plans per goal (thousands at a
national scale); the findings page and the report group them by the goal they concern (the finding's
subject) and show at most SHOWN pairs per goal.
"""

from __future__ import annotations

from typing import Any

from graph.i18n import t

SHOWN = 50
"""Pairs listed under one goal when it is opened; the rest are counted (the API pages through them all)."""


def pairs_text(n: int, lang: str) -> str:
    return t("silo.pairs_one", lang) if n == 1 else t("silo.pairs", lang, n=n)


def group_silos(
    rows: list[dict[str, Any]], goal_name: Any, lang: str
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(rows that are not silos, silo groups): each group {goal, name, count, label, rows, more}, the goals
    with most pairs first. `rows` carry the finding under "finding"; `goal_name(id)` names a goal."""
    others: list[dict[str, Any]] = []
    groups: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        finding = row["finding"]
        if finding.kind == "silo":
            groups.setdefault(finding.subject, []).append(row)
        else:
            others.append(row)
    out = [
        {
            "goal": goal,
            "name": goal_name(goal),
            "count": len(items),
            "label": pairs_text(len(items), lang),
            "rows": items[:SHOWN],
            "more": t("silo.more", lang, n=len(items) - SHOWN) if len(items) > SHOWN else "",
        }
        for goal, items in groups.items()
    ]
    out.sort(key=lambda g: (-g["count"], g["goal"]))
    return others, out
