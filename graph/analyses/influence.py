"""`influence`: which goals move the others (spec/analyses.md, kinds `influence`, `leverage`, `risk`).

The interaction network (every goal with an `interacts_with` link) is read by the named query
`analyses/influence_links`; the figures are computed in `influence_math` (numpy):

- `influence` (low): one per goal; related = the goals it points to by |w| descending, then id; fields
  `out_pos`, `out_neg`, `in_pos`, `in_neg`, `ei1`, `ei2`, `total_out`, `total_in` (3 decimals; the DEMATEL
  totals null where I − X is singular or every score is 0) and `rank` (1 = highest ei2, dense).
- `leverage` (medium): ei2 > 0 and among the three highest ei2, every goal tied with the third included;
  related as `influence`; fields `ei2`, `rank`.
- `risk`: ei2 < 0; high at ≤ −1, medium at ≤ −0.5, else low; related = goals with negative w, most
  negative first; fields `ei2`, `rank`, `out_neg`.
Ranks and the leverage cut-off compare the rounded ei2, so goals that show the same figure share a rank.
"""

from __future__ import annotations

from graph.analyses.base import AnalysisContext, Finding
from graph.analyses.influence_math import GoalFigures, compute, leverage_goals, risk_severity
from graph.analyses.linkage import Linkage
from graph.i18n import number, t


def _signed(value: float, lang: str) -> str:
    """A figure with its sign, as the explanations show it: '+0,67', '−1,33', '0'."""
    if value == 0:
        return "0"
    text = number(abs(value), lang, decimals=2)
    return ("+" if value > 0 else "\u2212") + text


def _fields(f: GoalFigures) -> dict:
    return {
        "out_pos": f.out_pos,
        "out_neg": f.out_neg,
        "in_pos": f.in_pos,
        "in_neg": f.in_neg,
        "ei1": f.ei1,
        "ei2": f.ei2,
        "total_out": f.total_out,
        "total_in": f.total_in,
        "rank": f.rank,
    }


def findings_of(figures: list[GoalFigures], lk: Linkage) -> list[Finding]:
    """The three kinds of finding from the computed figures."""
    lang = lk.lang

    def key(f: GoalFigures) -> str:
        return {0: "influence.influence_none", 1: "influence.influence_one"}.get(len(f.targets), "influence.influence")

    findings = [
        Finding(
            kind="influence",
            subject=f.goal,
            related=f.targets,
            severity="low",
            **_fields(f),
            explanation=t(
                key(f),
                lang,
                goal=lk.q(f.goal),
                n_out=len(f.targets),
                ei1=_signed(f.ei1, lang),
                ei2=_signed(f.ei2, lang),
                rank=f.rank,
                in_sum=_signed(f.in_pos + f.in_neg, lang),
            ),
        )
        for f in figures
    ]
    for f in leverage_goals(figures):
        findings.append(
            Finding(
                kind="leverage",
                subject=f.goal,
                related=f.targets,
                severity="medium",
                ei2=f.ei2,
                rank=f.rank,
                explanation=t("influence.leverage", lang, goal=lk.q(f.goal), ei2=_signed(f.ei2, lang), rank=f.rank),
            )
        )
    for f in figures:
        if f.ei2 < 0:
            if f.negative_targets:
                text = t(
                    "influence.risk",
                    lang,
                    goal=lk.q(f.goal),
                    ei2=_signed(f.ei2, lang),
                    worst=lk.q(f.negative_targets[0]),
                )
            else:
                text = t("influence.risk_indirect", lang, goal=lk.q(f.goal), ei2=_signed(f.ei2, lang))
            findings.append(
                Finding(
                    kind="risk",
                    subject=f.goal,
                    related=f.negative_targets,
                    severity=risk_severity(f.ei2),
                    ei2=f.ei2,
                    rank=f.rank,
                    out_neg=f.out_neg,
                    explanation=text,
                )
            )
    return findings


def run(ctx: AnalysisContext) -> list[Finding]:
    lk = Linkage(ctx)
    links = [
        (row["source"], row["target"], row["score"])
        for row in lk.read("analyses/influence_links")
        if row["score"] is not None
    ]
    return findings_of(compute(links), lk)
