"""`unmeasured`: gaps in follow-up.

- `goal_without_indicator` (medium): a RUS goal (any level) with no measured_by on itself or on any goal
  under it (goals.parent).
- `indicator_without_data` (medium): an indicator that something is measured by, with no observations
  (related: the goals and actions measured by it, sorted by id).
- `indicator_without_target` (low): an indicator with no target value.
"""

from __future__ import annotations

from collections import defaultdict

from graph.analyses import AnalysisContext, Finding
from graph.analyses.linkage import Linkage
from graph.i18n import register, t

register({
    "unmeasured.goal_without_indicator": {
        "sv": "RUS-målet {goal} följs inte upp med någon indikator, varken direkt eller via mål under det.",
        "en": "The RUS goal {goal} is not measured by any indicator, neither itself nor through goals under it.",
    },
    "unmeasured.indicator_without_data": {
        "sv": "Indikatorn {indicator} används för att följa upp {rows} men har inga utfall.",
        "en": "The indicator {indicator} measures {rows} but has no observations.",
    },
    "unmeasured.indicator_without_target": {
        "sv": "Indikatorn {indicator} saknar målvärde.",
        "en": "The indicator {indicator} has no target value.",
    },
})


def run(ctx: AnalysisContext) -> list[Finding]:
    lk = Linkage(ctx)
    findings = []
    for goal in lk.rus_goals:
        if not lk.indicators_of(goal):
            findings.append(Finding(kind="goal_without_indicator", subject=goal, related=[], severity="medium",
                                    explanation=t("unmeasured.goal_without_indicator", ctx.lang, goal=lk.q(goal))))
    measuring: dict[str, set[str]] = defaultdict(set)
    for source, indicators in lk.measured_by.items():
        for indicator in indicators:
            measuring[indicator].add(source)
    for indicator in lk.ids("Indicator"):
        data = lk.indicator_data.get(indicator, {})
        if measuring.get(indicator) and not data.get("observations"):
            related = sorted(measuring[indicator])
            findings.append(Finding(kind="indicator_without_data", subject=indicator, related=related,
                                    severity="medium",
                                    explanation=t("unmeasured.indicator_without_data", ctx.lang,
                                                  indicator=lk.q(indicator), rows=lk.qlist(related))))
        if lk.rows[indicator].get("target_value") is None:
            findings.append(Finding(kind="indicator_without_target", subject=indicator, related=[], severity="low",
                                    explanation=t("unmeasured.indicator_without_target", ctx.lang,
                                                  indicator=lk.q(indicator))))
    return findings
