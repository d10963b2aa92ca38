"""Which rows a diagram shows: one goal, one plan, one actor, one finding, the conflicts, or the overview.

The goal view is the focus view's rows (`viz/focus.py`); a finding's and the conflicts' rows are those the
analyses named (subject and related), never found again here. "Upward" adds what the rows contribute to,
so a plan's or an actor's picture ends at the RUS goals and references its work leads to.
"""

from __future__ import annotations

from dataclasses import dataclass

import viz.diagram_texts  # noqa: F401
from graph.errors import InvalidInput, NotFound
from graph.i18n import t
from graph.views import DatasetGraph
from viz.diagram_build import READABLE_PX, fit_font, subgraph_diagram
from viz.diagram_model import Diagram
from viz.findings import index_findings
from viz.focus import goal_focus
from viz.network import display_name


@dataclass
class DiagramAsk:
    """What a user asked to see (exactly one of these is set; `plan` may narrow a goal view)."""

    goal: str | None = None
    plan: str | None = None
    actor: str | None = None
    finding: str | None = None
    conflicts: bool = False
    overview: bool = False
    actors: bool = False  # a goal view keeps its actors even when they make the picture too small to read

    def check(self, lang: str) -> None:
        chosen = sum(bool(v) for v in (self.goal, self.actor, self.finding, self.conflicts, self.overview))
        if self.plan and not self.goal:
            chosen += 1
        if chosen != 1:
            raise InvalidInput(t("dg.choose_one", lang))

    def query(self) -> dict[str, str]:
        """The same ask as query parameters of `/datasets/{d}/diagram.svg`."""
        out = {
            k: v
            for k, v in (("goal", self.goal), ("plan", self.plan), ("actor", self.actor), ("finding", self.finding))
            if v
        }
        if self.conflicts:
            out["conflicts"] = "1"
        if self.overview:
            out["overview"] = "1"
        if self.actors:
            out["actors"] = "1"
        return out


def upward(graph: DatasetGraph, start: set[str]) -> set[str]:
    """`start` and everything its `contributes_to` links lead to, with the SDG goals of SDG targets."""
    outgoing: dict[str, list[str]] = {}
    for link in graph.links_of("CONTRIBUTES_TO"):
        outgoing.setdefault(link.source, []).append(link.target)
    seen = set(start)
    stack = list(start)
    while stack:
        for target in outgoing.get(stack.pop(), ()):
            if target not in seen and target in graph.nodes:
                seen.add(target)
                stack.append(target)
    for link in graph.links_of("PART_OF"):
        if (
            link.source in seen
            and graph.nodes.get(link.target) is not None
            and graph.nodes[link.target].label == "Reference"
        ):
            seen.add(link.target)
    return seen


def _need(graph: DatasetGraph, node_id: str, labels: tuple[str, ...], what: str, lang: str) -> None:
    node = graph.nodes.get(node_id)
    if node is None or node.label not in labels:
        raise NotFound(t("dg.not_found", lang, what=what, id=node_id))


def parse_finding(text: str, lang: str) -> tuple[str, str, str]:
    parts = text.split(":", 2)
    if len(parts) != 3 or not all(parts):
        raise InvalidInput(t("dg.finding_format", lang))
    return parts[0], parts[1], parts[2]


def finding_rows(results: list, analysis: str, kind: str, subject: str) -> set[str] | None:
    """The rows the analysis named in its finding(s) of that kind about that subject; None if none."""
    rows: set[str] = set()
    for result in results:
        if result.analysis != analysis:
            continue
        for f in result.findings:
            if f.kind == kind and f.subject == subject:
                rows |= {f.subject, *f.related}
    return rows or None


def conflict_rows(results: list) -> set[str]:
    """Every row the conflicts analysis named."""
    rows: set[str] = set()
    for result in results:
        if result.analysis == "conflicts":
            for f in result.findings:
                rows |= {f.subject, *f.related}
    return rows


def _one_step_up(graph: DatasetGraph, rows: set[str]) -> set[str]:
    """`rows` and what each contributes to directly: shows where a named row sits in its chain."""
    return rows | {
        lk.target for lk in graph.links_of("CONTRIBUTES_TO") if lk.source in rows and lk.target in graph.nodes
    }


def diagram_for(graph: DatasetGraph, results: list, ask: DiagramAsk, *, lang: str = "sv") -> Diagram:
    """The freshly laid-out diagram of what `ask` names (the overview is the flow page's, see viz/flow)."""
    ask.check(lang)
    findings = index_findings(results)
    if ask.overview:
        from viz.flow import flow_diagram

        return flow_diagram(graph, results, lang=lang)
    if ask.goal:
        _need(graph, ask.goal, ("Goal",), t("type.Goal", lang), lang)
        if ask.plan:
            _need(graph, ask.plan, ("Strategy",), t("type.Strategy", lang), lang)
        rows = goal_focus(graph, ask.goal, plan=ask.plan).nodes
        node = graph.nodes[ask.goal]
        subtitle = (
            t("dg.goal_plan_subtitle", lang, plan=graph.nodes[ask.plan].name)
            if ask.plan
            else t("dg.goal_subtitle", lang)
        )
        title = t("dg.goal_title", lang, id=node.id, name=display_name(node, lang))
        diagram = subgraph_diagram(graph, rows, findings, title=title, subtitle=subtitle, lang=lang)
        if ask.actors:
            return diagram
        # Too many boxes to read on a projector: first the actors, then the indicators are left out (the
        # page lists them and offers the full picture).
        for labels in (("Actor",), ("Actor", "Indicator")):
            if fit_font(diagram) >= READABLE_PX:
                break
            left_out = {r for r in rows if graph.nodes[r].label in labels}
            if not left_out:
                continue
            diagram = subgraph_diagram(
                graph,
                rows - left_out,
                findings,
                title=title,
                lang=lang,
                subtitle=subtitle + ". " + t("dg.left_out", lang, n=len(left_out)),
            )
            diagram.omitted = len(left_out)
        return diagram
    if ask.plan:
        _need(graph, ask.plan, ("Strategy",), t("type.Strategy", lang), lang)
        own = {n.id for n in graph.nodes.values() if n.label in ("Goal", "Action") and n.get("strategy") == ask.plan}
        return subgraph_diagram(
            graph,
            upward(graph, own),
            findings,
            title=graph.nodes[ask.plan].name,
            subtitle=t("dg.plan_subtitle", lang),
            lang=lang,
        )
    if ask.actor:
        _need(graph, ask.actor, ("Actor",), t("type.Actor", lang), lang)
        actions = {lk.target for lk in graph.links_of("RESPONSIBLE_FOR", "PARTICIPATES_IN") if lk.source == ask.actor}
        rows = upward(graph, actions) | {ask.actor}
        return subgraph_diagram(
            graph, rows, findings, title=graph.nodes[ask.actor].name, subtitle=t("dg.actor_subtitle", lang), lang=lang
        )
    if ask.conflicts:
        rows = _one_step_up(graph, {r for r in conflict_rows(results) if r in graph.nodes})
        return subgraph_diagram(
            graph,
            rows,
            findings,
            title=t("dg.conflicts_title", lang),
            subtitle=t("dg.conflicts_subtitle", lang),
            lang=lang,
        )
    assert ask.finding is not None
    analysis, kind, subject = parse_finding(ask.finding, lang)
    named = finding_rows(results, analysis, kind, subject)
    if named is None:
        raise NotFound(t("dg.finding_not_found", lang, finding=ask.finding))
    rows = named
    rows = _one_step_up(graph, {r for r in rows if r in graph.nodes})
    for strategy in [r for r in rows if graph.nodes[r].label == "Strategy"]:  # a finding about a whole plan
        rows |= upward(
            graph,
            {n.id for n in graph.nodes.values() if n.label in ("Goal", "Action") and n.get("strategy") == strategy},
        )
    actors = {r for r in rows if graph.nodes[r].label == "Actor"}  # a finding about an actor: its work
    if actors:
        rows |= upward(
            graph, {lk.target for lk in graph.links_of("RESPONSIBLE_FOR", "PARTICIPATES_IN") if lk.source in actors}
        )
    subject_name = display_name(graph.nodes[subject], lang) if subject in graph.nodes else subject
    return subgraph_diagram(
        graph,
        rows,
        findings,
        title=f"{t(f'analysis.{analysis}', lang)}: {subject_name}",
        subtitle=t("dg.finding_subtitle", lang, analysis=t(f"analysis.{analysis}", lang)),
        lang=lang,
    )
