"""`actors`: who carries the RUS.

- `bottleneck`: an actor responsible for at least `bottleneck_min_actions` (default 3) of the actions that
  reach RUS goals in one goal area, and for more than `bottleneck_min_share` (default 0.5) of them
  (subject = actor, related = [goal area]); high when the share is over 0.75, else medium. Extra fields
  `actions`, `total`, `share`.
- `bridge` (low): the `bridge_top` (default 3) actors with the highest betweenness centrality (networkx,
  normalised, above 0; estimated from 200 fixed-seed source actors when there are more than 200) in the
  actor network, where two actors are joined when they lead or take part in
  the same action; ties broken by id (related = the actors it is joined to, sorted). Extra `betweenness`.
- `absent_kind`: a plan (a strategy with actions) whose actions together involve no actor of one or more
  of the kinds in `required_actor_kinds` (default civil_society, private, municipality); related = the
  missing kinds in that order; medium when all are missing, else low.
"""

from __future__ import annotations

import networkx as nx

from graph.analyses.base import AnalysisContext, Finding
from graph.analyses.betweenness import betweenness
from graph.analyses.linkage import Linkage, join_words
from graph.i18n import number, t

BRIDGE_EXACT_LIMIT = 200
BRIDGE_SEED = 2030


def kind_name(kind: str, lang: str) -> str:
    try:
        return t(f"actor_kind.{kind}", lang)
    except KeyError:
        return kind


def bottlenecks(lk: Linkage, min_actions: int, min_share: float) -> list[Finding]:
    findings = []
    for row in lk.read("analyses/actors_bottleneck", min_actions=min_actions, min_share=min_share):
        n, total = row["actions"], row["total"]
        share = n / total
        findings.append(
            Finding(
                kind="bottleneck",
                subject=row["actor"],
                related=[row["area"]],
                actions=n,
                total=total,
                share=round(share, 4),
                severity="high" if share > 0.75 else "medium",
                explanation=t(
                    "actors.bottleneck",
                    lk.lang,
                    actor=lk.q(row["actor"]),
                    n=n,
                    total=total,
                    area=lk.q(row["area"]),
                    share=number(round(share * 100), lk.lang),
                ),
            )
        )
    return findings


def actor_network(lk: Linkage) -> nx.Graph:
    """Actors (in import order) joined when they lead or take part in the same action."""
    rows = lk.read("analyses/actor_network")
    graph = nx.Graph()
    graph.add_nodes_from(row["actor"] for row in rows)
    graph.add_edges_from(
        (row["actor"], other["id"], {"shared": other["shared"]}) for row in rows for other in row["neighbours"]
    )
    return graph


def bridges(lk: Linkage, top: int) -> list[Finding]:
    graph = actor_network(lk)
    if graph.number_of_nodes() < 3 or top <= 0:
        return []
    # Exact betweenness costs nodes x edges; beyond BRIDGE_EXACT_LIMIT actors it is estimated from that
    # many source actors, chosen with a fixed seed so the result stays the same run after run.
    sample = BRIDGE_EXACT_LIMIT if graph.number_of_nodes() > BRIDGE_EXACT_LIMIT else None
    centrality = betweenness(graph, k=sample, seed=BRIDGE_SEED)  # networkx's numbers, faster
    ranked = sorted((a for a, c in centrality.items() if c > 0), key=lambda a: (-centrality[a], a))[:top]
    findings = []
    for actor in ranked:
        value = round(centrality[actor], 4)
        neighbours = sorted(graph.neighbors(actor))
        findings.append(
            Finding(
                kind="bridge",
                subject=actor,
                related=neighbours,
                betweenness=value,
                severity="low",
                explanation=t(
                    "actors.bridge",
                    lk.lang,
                    actor=lk.q(actor),
                    n=len(neighbours),
                    value=number(value, lk.lang, decimals=2),
                ),
            )
        )
    return findings


def absent_kinds(lk: Linkage, required: list[str]) -> list[Finding]:
    findings = []
    for row in lk.read("analyses/actors_absent_kind", kinds=required):
        missing = row["missing"]
        kinds_text = join_words([kind_name(k, lk.lang) for k in missing], lk.lang, "or")
        findings.append(
            Finding(
                kind="absent_kind",
                subject=row["plan"],
                related=missing,
                severity="medium" if len(missing) == len(required) else "low",
                explanation=t("actors.absent_kind", lk.lang, plan=lk.q(row["plan"]), kinds=kinds_text),
            )
        )
    return findings


def run(ctx: AnalysisContext) -> list[Finding]:
    lk = Linkage(ctx)
    required = [k.strip() for k in str(ctx.options.get("required_actor_kinds") or "").split(",") if k.strip()]
    return (
        bottlenecks(
            lk, int(ctx.options.get("bottleneck_min_actions", 3)), float(ctx.options.get("bottleneck_min_share", 0.5))
        )
        + bridges(lk, int(ctx.options.get("bridge_top", 3)))
        + absent_kinds(lk, required)
    )
