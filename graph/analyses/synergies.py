"""`synergies`: goals and actions that pull in the same direction.

- `declared`: an interacts_with link with score > 0 (subject = from goal, related = [to goal]); severity
  from the score: +3 high, +2 medium, +1 low. Extra field `score`.
- `multi_goal_action` (low): an action that reaches RUS goals in two or more different RUS goal areas
  (related = those goal areas, sorted by id). A goal's goal area is the nearest goal of level goal_area
  at or above it (goals.parent); RUS goals in no goal area are not counted.
"""

from __future__ import annotations

from graph.analyses import AnalysisContext, Finding
from graph.analyses.linkage import Linkage, severity_of_score
from graph.i18n import register, score_name, signed, t

register({
    "synergies.declared": {
        "sv": "Synergi: {a} påverkar {b} positivt ({score}, {score_name}).",
        "en": "Synergy: {a} affects {b} positively ({score}, {score_name}).",
    },
    "synergies.multi_goal_action": {
        "sv": "Insatsen {action} bidrar till RUS-mål i {n} målområden: {areas}.",
        "en": "The action {action} contributes to RUS goals in {n} goal areas: {areas}.",
    },
})


def run(ctx: AnalysisContext) -> list[Finding]:
    lk = Linkage(ctx)
    best: dict[tuple[str, str], int] = {}
    for link in lk.interactions:
        if link["score"] > 0:
            pair = (link["source"], link["target"])
            best[pair] = max(link["score"], best.get(pair, 0))
    findings = [Finding(kind="declared", subject=a, related=[b], score=score, severity=severity_of_score(score),
                        explanation=t("synergies.declared", ctx.lang, a=lk.q(a), b=lk.q(b), score=signed(score),
                                      score_name=score_name(score, ctx.lang)))
                for (a, b), score in best.items()]
    for action in lk.actions:
        areas = sorted({area for g in lk.rus_reached(action) if (area := lk.goal_area(g))})
        if len(areas) >= 2:
            findings.append(Finding(kind="multi_goal_action", subject=action, related=areas, severity="low",
                                    explanation=t("synergies.multi_goal_action", ctx.lang, action=lk.q(action),
                                                  n=len(areas), areas=lk.qlist(areas))))
    return findings
