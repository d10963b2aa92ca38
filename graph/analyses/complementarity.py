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

from graph.analyses.base import AnalysisContext, Finding
from graph.analyses.linkage import Linkage
from graph.i18n import t
from graph.reference import reference_names


def run(ctx: AnalysisContext) -> list[Finding]:
    lk = Linkage(ctx)
    findings: list[Finding] = []
    if ctx.wants("silo"):
        findings.extend(_silos(ctx, lk))
    for row in lk.read("analyses/complementarity_overlap") if ctx.wants("overlap") else ():
        a1, a2, goal = row["action1"], row["action2"], row["goal"]
        findings.append(
            Finding(
                kind="overlap",
                subject=goal,
                related=[a1, a2],
                severity="medium",
                explanation=t(
                    "complementarity.overlap",
                    ctx.lang,
                    a1=lk.q(a1),
                    a2=lk.q(a2),
                    goal=lk.q(goal),
                    actor=lk.q(row["lead"]),
                ),
            )
        )
    for row in lk.read("analyses/complementarity_territorial_gap") if ctx.wants("territorial_gap") else ():
        missing = sorted(row["missing"])
        names = [reference_names().get(f"area:{m}", {}).get(ctx.lang, m) for m in missing]
        findings.append(
            Finding(
                kind="territorial_gap",
                subject=row["area"],
                related=missing,
                severity="medium",
                explanation=t(
                    "complementarity.territorial_gap", ctx.lang, area=lk.q(row["area"]), missing=", ".join(names)
                ),
            )
        )
    return findings


SILO_FIELDS = {"kind", "subject", "related", "severity", "explanation"}
"""The fields every silo finding sets, one set shared by all of them: a set of its own per finding took
about 730 bytes, nearly half of a silo finding's memory (146 MB of 200 000 findings in a region 55 times the
usual size). Silo findings are never changed after they are built."""


def _silos(ctx: AnalysisContext, lk: Linkage) -> list[Finding]:
    """Every pair of plans reaching a RUS goal whose actors there share no one.

    Silos are pairs: their number grows with the square of the plans per goal (200 000 in a region 55
    times the usual size). The query gives each plan's actors per goal once; the pairs are formed here
    with set lookups, and each finding is built without re-validation (every field is already a plain
    string of the right kind)."""
    plans: dict[str, list[tuple[str, frozenset[str]]]] = defaultdict(list)
    for row in lk.read("analyses/complementarity_silo"):
        plans[row["goal"]].append((row["plan"], frozenset(row["actors"])))
    found: list[Finding] = []
    for goal, reaching in plans.items():
        reaching.sort(key=lambda plan: plan[0])
        goal_name = lk.q(goal)
        for i, (p1, actors1) in enumerate(reaching):
            for p2, actors2 in reaching[i + 1 :]:
                if actors1.isdisjoint(actors2):
                    found.append(
                        Finding.model_construct(
                            _fields_set=SILO_FIELDS,
                            kind="silo",
                            subject=goal,
                            related=[p1, p2],
                            severity="medium",
                            explanation=t("complementarity.silo", ctx.lang, p1=lk.q(p1), p2=lk.q(p2), goal=goal_name),
                        )
                    )
    return found
