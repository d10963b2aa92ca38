"""`contribution`: one scorecard per RUS goal (bidragsanalys / målkedja per mål).

Fields besides the shape of every finding (kind `scorecard`, subject = the RUS goal, related = the plans
involved, sorted by id):
- `actions`, `active_actions`: actions reaching the goal, all and those not completed/paused/cancelled;
- `plans`: the plans (strategies) of those actions;
- `has_indicator`, `has_baseline`, `has_target`: whether the goal or a goal under it is measured by an
  indicator, and whether any of those has a baseline value / a target value;
- `indicators`: `[{"id", "trend"}]` for those indicators, sorted by id. The trend compares the last two
  observations for the whole area (no `area`) and gender T: a change within `trend_flat_tolerance`
  (default 0.01, i.e. 1 %) of the previous value's magnitude is `flat`, otherwise `improving` or
  `worsening` against the indicator's `direction` (no direction given: higher counts as better);
  fewer than two such observations: `no_data`;
- `chain_completeness` (kedjans fullständighet), 0–1: the share of five links of the chain that are present —
  an action, an active action, an indicator, an indicator with baseline and target, an indicator with a
  trend (two observations). Severity: high below 0.5, medium below 1, low when complete.
Option `goal` restricts to one RUS goal.
"""

from __future__ import annotations

from typing import Any

from graph.analyses import AnalysisContext, Finding
from graph.analyses.chains import check_goal
from graph.analyses.linkage import Linkage
from graph.i18n import number, register, t

register({
    "contribution.scorecard": {
        "sv": ("RUS-målet {goal}: bidragande insatser: {actions} (aktiva: {active}), planer: {plans}, indikatorer: "
               "{indicators} ({trends}); kedjans fullständighet {completeness}."),
        "en": ("The RUS goal {goal}: contributing actions: {actions} (active: {active}), plans: {plans}, indicators: "
               "{indicators} ({trends}); chain completeness {completeness}."),
    },
    "trend.improving": {"sv": "går åt rätt håll", "en": "improving"},
    "trend.worsening": {"sv": "går åt fel håll", "en": "worsening"},
    "trend.flat": {"sv": "oförändrad", "en": "flat"},
    "trend.no_data": {"sv": "saknar data", "en": "no data"},
    "contribution.no_indicators": {"sv": "ingen uppföljning", "en": "no follow-up"},
})


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


def scorecard(lk: Linkage, goal: str, tolerance: float) -> Finding:
    actions = lk.actions_reaching.get(goal, [])
    active = [a for a in actions if lk.is_active(a)]
    plans = sorted({lk.plan_of(a) for a in actions})
    indicators = lk.indicators_of(goal)
    rows = [lk.rows.get(i, {}) for i in indicators]
    trends = [{"id": i, "trend": trend(lk.indicator_data.get(i, {}).get("latest") or [], row.get("direction"),
                                       tolerance)} for i, row in zip(indicators, rows)]
    has_baseline = any(r.get("baseline_value") is not None for r in rows)
    has_target = any(r.get("target_value") is not None for r in rows)
    both = any(r.get("baseline_value") is not None and r.get("target_value") is not None for r in rows)
    parts = [bool(actions), bool(active), bool(indicators), both, any(x["trend"] != "no_data" for x in trends)]
    completeness = round(sum(parts) / len(parts), 2)
    severity = "high" if completeness < 0.5 else ("medium" if completeness < 1 else "low")
    described = ", ".join(f"{lk.title(x['id'])}: {t('trend.' + x['trend'], lk.lang)}" for x in trends)
    return Finding(
        kind="scorecard", subject=goal, related=plans, severity=severity,
        actions=len(actions), active_actions=len(active), plans=plans, has_indicator=bool(indicators),
        has_baseline=has_baseline, has_target=has_target, indicators=trends, chain_completeness=completeness,
        explanation=t("contribution.scorecard", lk.lang, goal=lk.q(goal), actions=len(actions), active=len(active),
                      plans=len(plans), indicators=len(indicators),
                      trends=described or t("contribution.no_indicators", lk.lang),
                      completeness=number(completeness, lk.lang, decimals=1)),
    )


def run(ctx: AnalysisContext) -> list[Finding]:
    lk = Linkage(ctx)
    goal = ctx.options.get("goal")
    check_goal(lk, goal)
    tolerance = float(ctx.options.get("trend_flat_tolerance", 0.01))
    return [scorecard(lk, g, tolerance) for g in lk.rus_goals if not goal or g == goal]
