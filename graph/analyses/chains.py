"""`chains`: for every RUS goal, every action that reaches it, with one path and its weakest score.

One finding per (action, RUS goal) pair: subject = the RUS goal, related = the path (action first, RUS
goal last), extra fields `action` and `weakest`. The path is chosen in `cypher/analyses/chains.cypher`:
the strongest weakest link, then the fewest links, then the smallest sequence of ids.
Severity: always `low` — a chain describes what works, it is not a fault (the weakest score is in
`weakest` for whoever wants to rank them). Option `goal` restricts to one RUS goal.
"""

from __future__ import annotations

from graph.analyses.base import AnalysisContext, Finding
from graph.analyses.linkage import Linkage
from graph.errors import NotFound
from graph.i18n import plural, score_name, signed, t


def check_goal(lk: Linkage, goal: str | None) -> None:
    """Refuse a `goal` option that is not a RUS goal, listing the RUS goals."""
    if goal and goal not in lk.rus_goals:
        raise NotFound(
            t("chains.unknown_goal", lk.lang, goal=goal, goals=", ".join(lk.rus_goals)), details=list(lk.rus_goals)
        )


def run(ctx: AnalysisContext) -> list[Finding]:
    lk = Linkage(ctx)
    goal = ctx.options.get("goal")
    check_goal(lk, goal)
    return [
        Finding(
            kind="chain",
            subject=row["goal"],
            related=row["path"],
            action=row["action"],
            weakest=row["weakest"],
            severity="low",
            explanation=t(
                "chains.chain",
                ctx.lang,
                action=lk.q(row["action"]),
                goal=lk.q(row["goal"]),
                steps=plural(len(row["path"]) - 1, "links", ctx.lang),
                weakest=signed(row["weakest"]),
                weakest_name=score_name(row["weakest"], ctx.lang),
            ),
        )
        for row in lk.read("analyses/chains", goal=goal)
    ]
