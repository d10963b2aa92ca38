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

from graph.analyses import AnalysisContext, Finding
from graph.analyses.linkage import Linkage
from graph.i18n import register, t

register({
    "uncovered_goals.no_action": {
        "sv": "RUS-målet {goal} nås inte av någon insats.",
        "en": "No action reaches the RUS goal {goal}.",
    },
    "uncovered_goals.single_plan": {
        "sv": "RUS-målet {goal} nås bara genom insatser i en plan, {plan}.",
        "en": "The RUS goal {goal} is reached only through actions in one plan, {plan}.",
    },
    "uncovered_goals.no_active_action": {
        "sv": "RUS-målet {goal} nås bara av insatser som är avslutade, pausade eller avbrutna ({actions}).",
        "en": "The RUS goal {goal} is reached only by actions that are completed, paused or cancelled ({actions}).",
    },
})


def run(ctx: AnalysisContext) -> list[Finding]:
    lk = Linkage(ctx)
    findings = []
    for goal in lk.covered_goals():
        actions = lk.actions_reaching.get(goal, [])
        name = lk.q(goal)
        if not actions:
            findings.append(Finding(kind="no_action", subject=goal, related=[], severity="high",
                                    explanation=t("uncovered_goals.no_action", ctx.lang, goal=name)))
            continue
        plans = sorted({lk.plan_of(a) for a in actions})
        if len(plans) == 1:
            findings.append(Finding(kind="single_plan", subject=goal, related=plans, severity="low",
                                    explanation=t("uncovered_goals.single_plan", ctx.lang, goal=name,
                                                  plan=lk.q(plans[0]))))
        if not any(lk.is_active(a) for a in actions):
            related = sorted(actions)
            findings.append(Finding(kind="no_active_action", subject=goal, related=related, severity="medium",
                                    explanation=t("uncovered_goals.no_active_action", ctx.lang, goal=name,
                                                  actions=lk.qlist(related))))
    return findings
