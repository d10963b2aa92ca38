"""`complementarity`: how the plans' actions complement each other.

- `silo` (medium): two plans whose actions reach the same RUS goal, where the actors (responsible or
  participating) of the one plan's actions reaching it and those of the other's share no one — also when
  one side names no actors at all (subject = the RUS goal, related = [plan, plan] sorted by id).
- `overlap` (medium): two actions in different plans that reach the same RUS goal (subject), share a
  lead actor (responsible_for) and at least one area — an empty `areas`, or one naming the RUS's county,
  counts as the whole area (related = [action, action] sorted by id).
- `territorial_gap` (medium): a RUS goal area where every action that reaches a RUS goal in it names
  specific `areas`, and some municipalities of the RUS's county (the RUS strategy's `area`) are named by
  none of them (related = the missing municipality codes, sorted, from the bundled list).
A "plan" is the strategy an action belongs to (the RUS itself for actions placed directly under it).
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from graph.analyses import AnalysisContext, Finding
from graph.analyses.linkage import Linkage
from graph.i18n import register, t
from graph.reference import reference_names

register({
    "complementarity.silo": {
        "sv": ("Stuprör: {p1} och {p2} har båda insatser som bidrar till RUS-målet {goal}, men utan någon gemensam "
               "aktör."),
        "en": "Silo: {p1} and {p2} both have actions contributing to the RUS goal {goal}, but share no actor.",
    },
    "complementarity.overlap": {
        "sv": ("Överlapp: insatserna {a1} och {a2} i olika planer bidrar båda till RUS-målet {goal}, leds av {actor} "
               "och gäller samma område."),
        "en": ("Overlap: the actions {a1} and {a2} in different plans both contribute to the RUS goal {goal}, are led "
               "by {actor} and cover the same area."),
    },
    "complementarity.territorial_gap": {
        "sv": "Geografisk lucka: ingen insats som bidrar till målområdet {area} gäller {missing}.",
        "en": "Territorial gap: no action contributing to the goal area {area} covers {missing}.",
    },
})


def _covers(lk: Linkage, action: str) -> frozenset[str] | None:
    """The municipality codes an action names, or None for the whole area (empty, or the county named)."""
    areas = lk.rows[action]["areas"]
    county = lk.county()
    if not areas or (county and county in areas):
        return None
    return frozenset(areas)


def run(ctx: AnalysisContext) -> list[Finding]:
    lk = Linkage(ctx)
    findings: list[Finding] = []
    for goal in lk.rus_goals:
        actions = lk.actions_reaching.get(goal, [])
        by_plan: dict[str, list[str]] = defaultdict(list)
        for action in actions:
            by_plan[lk.plan_of(action)].append(action)
        actors = {plan: set().union(*(lk.involved.get(a, set()) for a in acts)) for plan, acts in by_plan.items()}
        for p1, p2 in combinations(sorted(by_plan), 2):
            if not actors[p1] & actors[p2]:
                findings.append(Finding(kind="silo", subject=goal, related=[p1, p2], severity="medium",
                                        explanation=t("complementarity.silo", ctx.lang, p1=lk.q(p1), p2=lk.q(p2),
                                                      goal=lk.q(goal))))
        # Only actions sharing a lead actor can overlap: pair within each lead's group.
        by_lead: dict[str, list[str]] = defaultdict(list)
        for action in actions:
            for lead in lk.leads.get(action, ()):
                by_lead[lead].append(action)
        pairs: dict[tuple[str, str], str] = {}
        for lead in sorted(by_lead):
            for a1, a2 in combinations(sorted(by_lead[lead]), 2):
                if lk.plan_of(a1) == lk.plan_of(a2) or (a1, a2) in pairs:
                    continue
                c1, c2 = _covers(lk, a1), _covers(lk, a2)
                if c1 is None or c2 is None or c1 & c2:
                    pairs[(a1, a2)] = lead
        for (a1, a2), lead in sorted(pairs.items()):
            findings.append(Finding(kind="overlap", subject=goal, related=[a1, a2], severity="medium",
                                    explanation=t("complementarity.overlap", ctx.lang, a1=lk.q(a1), a2=lk.q(a2),
                                                  goal=lk.q(goal), actor=lk.q(lead))))
    municipalities = lk.county_municipalities()
    if municipalities:
        for area, actions in sorted(lk.actions_in_goal_area().items()):
            covers = [_covers(lk, a) for a in actions]
            if not actions or any(c is None for c in covers):
                continue
            named = set().union(*covers)
            missing = [m for m in municipalities if m not in named]
            if missing:
                names = [reference_names().get(f"area:{m}", {}).get(ctx.lang, m) for m in missing]
                findings.append(Finding(kind="territorial_gap", subject=area, related=missing, severity="medium",
                                        explanation=t("complementarity.territorial_gap", ctx.lang, area=lk.q(area),
                                                      missing=", ".join(names))))
    return findings
