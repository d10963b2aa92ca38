"""`synergies`: goals and actions that pull in the same direction.

- `declared`: an interacts_with link with score > 0 (subject = from goal, related = [to goal]); severity
  from the score: +3 high, +2 medium, +1 low. Extra field `score`.
- `multi_goal_action` (low): an action that reaches RUS goals in two or more different RUS goal areas
  (related = those goal areas, sorted by id). A goal's goal area is the nearest goal of level goal_area
  at or above it (goals.parent); RUS goals in no goal area are not counted.
"""

from __future__ import annotations

from graph.analyses.base import AnalysisContext, Finding
from graph.analyses.linkage import Linkage, severity_of_score
from graph.i18n import score_name, signed, t


def run(ctx: AnalysisContext) -> list[Finding]:
    lk = Linkage(ctx)
    findings = [
        Finding(
            kind="declared",
            subject=row["subject"],
            related=[row["target"]],
            score=row["score"],
            severity=severity_of_score(row["score"]),
            explanation=t(
                "synergies.declared",
                ctx.lang,
                a=lk.q(row["subject"]),
                b=lk.q(row["target"]),
                score=signed(row["score"]),
                score_name=score_name(row["score"], ctx.lang),
            ),
        )
        for row in lk.read("analyses/synergies_declared")
    ]
    for row in lk.read("analyses/synergies_multi_goal", min_areas=2):
        areas = sorted(row["areas"])
        findings.append(
            Finding(
                kind="multi_goal_action",
                subject=row["action"],
                related=areas,
                severity="low",
                explanation=t(
                    "synergies.multi_goal_action",
                    ctx.lang,
                    action=lk.q(row["action"]),
                    n=len(areas),
                    areas=lk.qlist(areas),
                ),
            )
        )
    return findings
