"""`conflicts`: goal conflicts (målkonflikter), declared and derived.

- `declared`: an interacts_with link with score < 0 (subject = from goal, related = [to goal]).
- `action_against_goal`: a contributes_to from an action with score < 0 (subject = action, related = [goal]).
- `trade_off`: an action reaches RUS goal A and has a contributes_to < 0 to goal B, where B is a RUS goal
  other than A (related = [A, B]) or B reaches a RUS goal C other than A (related = [A, C]).
- `indirect`: an action reaches goal A (any strategy) and A has interacts_with < 0 to goal B, where B is a
  RUS goal or reaches one (subject = action, related = [A, B]).
Severity from the most negative score involved: −3 high, −2 medium, −1 low. Extra field `score`.
The same (kind, subject, related) found more than one way is reported once, with its most negative score.
"""

from __future__ import annotations

from graph.analyses.base import AnalysisContext, Finding
from graph.analyses.linkage import Linkage, severity_of_score
from graph.i18n import score_name, signed, t


def run(ctx: AnalysisContext) -> list[Finding]:
    lk = Linkage(ctx)
    found: dict[tuple[str, str, tuple[str, ...]], int] = {}
    for kind, name in (
        ("declared", "analyses/conflicts_declared"),
        ("action_against_goal", "analyses/conflicts_against_goal"),
    ):
        for row in lk.read(name):
            found[(kind, row["subject"], (row["target"],))] = row["score"]
    for kind, name in (("trade_off", "analyses/conflicts_trade_off"), ("indirect", "analyses/conflicts_indirect")):
        for row in lk.read(name):
            found[(kind, row["subject"], (row["reached"], row["against"]))] = row["score"]

    findings = []
    for (kind, subject, related), score in found.items():
        names = {"score": signed(score), "score_name": score_name(score, ctx.lang)}
        if kind == "declared":
            text = t("conflicts.declared", ctx.lang, a=lk.q(subject), b=lk.q(related[0]), **names)
        elif kind == "action_against_goal":
            text = t("conflicts.action_against_goal", ctx.lang, action=lk.q(subject), b=lk.q(related[0]), **names)
        else:
            text = t(
                f"conflicts.{kind}", ctx.lang, action=lk.q(subject), a=lk.q(related[0]), b=lk.q(related[1]), **names
            )
        findings.append(
            Finding(
                kind=kind,
                subject=subject,
                related=list(related),
                score=score,
                severity=severity_of_score(score),
                explanation=text,
            )
        )
    return findings
