"""`contribution`: one scorecard per RUS goal (bidragsanalys / målkedja per mål).

Fields besides the shape of every finding (kind `scorecard`, subject = the RUS goal, related = the plans
involved, sorted by id):
- `level`: the goal's level (`vision`, `goal_area`, `goal`, `target`), named in the explanation;
- `actions`, `active_actions`: actions reaching the goal or a goal under it, all and those not
  completed/paused/cancelled — so a goal area and the vision count the actions of their goals;
- `reaching`: the ids of those actions, sorted; `plans`: their plans (strategies);
- `has_indicator`, `has_baseline`, `has_target`: whether the goal or a goal under it is measured by an
  indicator, and whether any of those has a baseline value / a target value;
- `indicators`: `[{"id", "trend"}]` for those indicators, sorted by id. The trend compares the last two
  observations for the whole area (no `area`) and gender T: a change within `trend_flat_tolerance`
  (default 0.005, i.e. half a per cent) of the previous value's magnitude is `flat`, otherwise `improving` or
  `worsening` against the indicator's `direction` (no direction given: higher counts as better);
  fewer than two such observations: `no_data`;
- `chain_completeness` (kedjans fullständighet), 0–1: the share of five links of the chain that are present —
  an action, an active action, an indicator, an indicator with baseline and target, an indicator with a
  trend (two observations). Severity: high below 0.5, medium below 1, low when complete.
Option `goal` restricts to one RUS goal.
"""

from __future__ import annotations

from typing import Any

from graph.analyses.base import AnalysisContext, Finding
from graph.analyses.chains import check_goal
from graph.analyses.linkage import INACTIVE_STATUSES, Linkage
from graph.analyses.options import OPTIONS
from graph.i18n import number, t


def trend(latest: list[dict[str, Any]], direction: str | None, tolerance: float) -> str:
    """`improving`, `worsening`, `flat` or `no_data` from the last two observations (newest first)."""
    if len(latest) < 2 or latest[0]["value"] is None or latest[1]["value"] is None:
        return "no_data"
    new, old = float(latest[0]["value"]), float(latest[1]["value"])
    change = new - old
    if abs(change) <= tolerance * abs(old) or (old == 0 and abs(change) <= tolerance):
        return "flat"
    better = change < 0 if direction == "decrease" else change > 0
    return "improving" if better else "worsening"


def scorecard(lk: Linkage, row: dict[str, Any], tolerance: float) -> Finding:
    goal, plans = row["goal"], sorted(row["plans"])
    indicators = sorted(row["indicators"], key=lambda i: i["id"])
    trends = [{"id": i["id"], "trend": trend(i["latest"] or [], i["direction"], tolerance)} for i in indicators]
    has_baseline = any(i["baseline_value"] is not None for i in indicators)
    has_target = any(i["target_value"] is not None for i in indicators)
    both = any(i["baseline_value"] is not None and i["target_value"] is not None for i in indicators)
    parts = [
        row["actions"] > 0,
        row["active_actions"] > 0,
        bool(indicators),
        both,
        any(x["trend"] != "no_data" for x in trends),
    ]
    completeness = round(sum(parts) / len(parts), 2)
    severity = "high" if completeness < 0.5 else ("medium" if completeness < 1 else "low")
    described = ", ".join(f"{lk.title(x['id'])}: {t('trend.' + x['trend'], lk.lang)}" for x in trends)
    level = row.get("level") or "goal"
    return Finding(
        kind="scorecard",
        subject=goal,
        related=plans,
        severity=severity,
        level=level,
        reaching=sorted(row.get("reaching") or []),
        actions=row["actions"],
        active_actions=row["active_actions"],
        plans=plans,
        has_indicator=bool(indicators),
        has_baseline=has_baseline,
        has_target=has_target,
        indicators=trends,
        chain_completeness=completeness,
        explanation=t(
            "contribution.scorecard",
            lk.lang,
            level=t(f"contribution.level.{level}", lk.lang),
            goal=lk.q(goal),
            actions=row["actions"],
            active=row["active_actions"],
            plans=len(plans),
            indicators=len(indicators),
            trends=described or t("contribution.no_indicators", lk.lang),
            completeness=number(completeness, lk.lang, decimals=1),
        ),
    )


def run(ctx: AnalysisContext) -> list[Finding]:
    lk = Linkage(ctx)
    goal = ctx.options.get("goal")
    check_goal(lk, goal)
    tolerance = float(ctx.options.get("trend_flat_tolerance", OPTIONS["trend_flat_tolerance"].default))
    return [
        scorecard(lk, row, tolerance)
        for row in lk.read("analyses/contribution", goal=goal, inactive=sorted(INACTIVE_STATUSES))
    ]
