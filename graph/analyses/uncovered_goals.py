"""`uncovered_goals`: RUS goals of level goal or target (and goal areas with no goals under them) that
actions do not carry well.

- `no_action` (high): no action reaches the goal.
- `no_active_action` (medium): every action reaching it is completed, paused or cancelled
  (related: those actions). Actions without a status count as active.
- `single_plan` (low): every action reaching it belongs to one plan (related: [that plan]). The RUS
  itself counts as a plan for actions placed directly under it.
A goal can have both `no_active_action` and `single_plan`.
"""

from __future__ import annotations

from graph.analyses.base import AnalysisContext, Finding
from graph.analyses.linkage import INACTIVE_STATUSES, Linkage
from graph.i18n import t

SEVERITY = {"no_action": "high", "no_active_action": "medium", "single_plan": "low"}


def run(ctx: AnalysisContext) -> list[Finding]:
    lk = Linkage(ctx)
    findings = []
    for row in lk.read("analyses/uncovered_goals", inactive=sorted(INACTIVE_STATUSES)):
        kind, goal, related = row["kind"], row["goal"], sorted(row["related"])
        findings.append(
            Finding(
                kind=kind,
                subject=goal,
                related=related,
                severity=SEVERITY[kind],
                explanation=t(
                    f"uncovered_goals.{kind}",
                    ctx.lang,
                    goal=lk.q(goal),
                    plan=lk.q(related[0]) if related else "",
                    actions=lk.qlist(related),
                ),
            )
        )
    return findings
