"""`orphan_actions`: actions that reach no RUS goal.

- `unlinked` (high): no outgoing contributes_to at all.
- `only_negative` (high): every contributes_to has a score of 0 or below (related: the goals it is linked to).
- `dead_end` (medium): it has positive links, but only to goals (or reference rows) from which no RUS goal
  is reached (related: those goals, sorted by id).
"""

from __future__ import annotations

from graph.analyses.base import AnalysisContext, Finding
from graph.analyses.linkage import Linkage
from graph.i18n import t


def run(ctx: AnalysisContext) -> list[Finding]:
    lk = Linkage(ctx)
    findings = []
    for row in lk.read("analyses/orphan_actions"):
        kind = row["kind"]
        related = sorted({"unlinked": [], "only_negative": row["targets"], "dead_end": row["positive"]}[kind])
        findings.append(
            Finding(
                kind=kind,
                subject=row["action"],
                related=related,
                severity="medium" if kind == "dead_end" else "high",
                explanation=t(
                    f"orphan_actions.{kind}",
                    ctx.lang,
                    action=lk.q(row["action"]),
                    plan=lk.q(row["plan"]),
                    goals=lk.qlist(related),
                ),
            )
        )
    return findings
