"""`alignment`: RUS goals against the national strategy and Agenda 2030.

- `national` (low): a RUS goal that reaches references `nat:…` (related = the ids reached, natural order).
- `sdg` (low): a RUS goal that reaches references `sdg:…` (related = the ids reached, natural order).
- `unaligned` (medium): a RUS goal of level goal or target (or a goal area without goals under it) that
  reaches neither.
"Reaches" is the positive contributes_to path of every analysis, through goals of any strategy
(including other RUS goals); a reference's own parent (sdg:8.2 under sdg:8) is not added.
"""

from __future__ import annotations

from graph.analyses.base import AnalysisContext, Finding
from graph.analyses.linkage import Linkage, natural_key
from graph.i18n import t


def run(ctx: AnalysisContext) -> list[Finding]:
    lk = Linkage(ctx)
    findings = []
    for row in lk.read("analyses/alignment"):
        goal = row["goal"]
        for kind in ("national", "sdg"):
            refs = sorted(set(row[kind]), key=natural_key)
            if refs:
                findings.append(
                    Finding(
                        kind=kind,
                        subject=goal,
                        related=refs,
                        severity="low",
                        explanation=t(f"alignment.{kind}", ctx.lang, goal=lk.q(goal), refs=lk.qlist(refs)),
                    )
                )
        if row["covered"] and not row["national"] and not row["sdg"]:
            findings.append(
                Finding(
                    kind="unaligned",
                    subject=goal,
                    related=[],
                    severity="medium",
                    explanation=t("alignment.unaligned", ctx.lang, goal=lk.q(goal)),
                )
            )
    return findings
