"""`unmeasured`: gaps in follow-up.

- `goal_without_indicator` (medium): a RUS goal (any level) with no measured_by on itself or on any goal
  under it (goals.parent).
- `indicator_without_data` (medium): an indicator that something is measured by, with no observations
  (related: the goals and actions measured by it, sorted by id).
- `indicator_without_target` (low): an indicator with no target value.
"""

from __future__ import annotations

from graph.analyses.base import AnalysisContext, Finding
from graph.analyses.linkage import Linkage
from graph.i18n import t


def run(ctx: AnalysisContext) -> list[Finding]:
    lk = Linkage(ctx)
    findings = [
        Finding(
            kind="goal_without_indicator",
            subject=row["goal"],
            related=[],
            severity="medium",
            explanation=t("unmeasured.goal_without_indicator", ctx.lang, goal=lk.q(row["goal"])),
        )
        for row in lk.read("analyses/unmeasured_goals")
    ]
    for row in lk.read("analyses/unmeasured_indicators"):
        indicator = row["indicator"]
        if row["without_data"]:
            related = sorted(row["measures"])
            findings.append(
                Finding(
                    kind="indicator_without_data",
                    subject=indicator,
                    related=related,
                    severity="medium",
                    explanation=t(
                        "unmeasured.indicator_without_data", ctx.lang, indicator=lk.q(indicator), rows=lk.qlist(related)
                    ),
                )
            )
        if row["without_target"]:
            findings.append(
                Finding(
                    kind="indicator_without_target",
                    subject=indicator,
                    related=[],
                    severity="low",
                    explanation=t("unmeasured.indicator_without_target", ctx.lang, indicator=lk.q(indicator)),
                )
            )
    return findings
