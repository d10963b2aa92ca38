"""A dataset graph as network JSON for vis-network: nodes, edges, options and groups, built with pyvis.

pyvis (`pyvis.network.Network`) assembles the nodes, edges, groups and options; ruslink serves them
through its own template and pinned vis-network rather than pyvis's stock page, which loads scripts from
CDNs and renders titles as HTML. Hover titles are built in the browser as DOM elements from `name`.
"""

from __future__ import annotations

import json
import math
from typing import Any

from pyvis.edge import Edge
from pyvis.network import Network
from pyvis.node import Node as VisNode

from graph.i18n import code_word, number, score_name, signed, t
from graph.progress import status_of
from graph.views import DatasetGraph, Node
from viz import palette
from viz.chains import Chain, reaching, rus_goals_reached
from viz.findings import marks_of
from viz.layout import layered

SHOWN_LINKS = (
    "CONTRIBUTES_TO",
    "INTERACTS_WITH",
    "MEASURED_BY",
    "RESPONSIBLE_FOR",
    "PARTICIPATES_IN",
    "PART_OF",
    "MEMBER_OF",
)
"""Relationship types drawn in the network explorer (IN_STRATEGY is shown as colour instead)."""

SCORED_LINKS = ("CONTRIBUTES_TO", "INTERACTS_WITH")
SATELLITES = ("Actor", "Indicator", "Reference")
"""Node types that only matter through their links: hidden by filters when no visible link is left."""

FORCE_LIMIT = 400
"""Above this many nodes the explorer starts in the precomputed layered layout, whatever was asked."""

LABEL_MAX = 48
LABEL_DRAW_PX = 8
"""vis-network draws a label only from this size on screen (less one pixel)."""
STATUS_ORDER = ("planned", "ongoing", "completed", "paused", "cancelled", "none")


def level_of(node: Node, graph: DatasetGraph) -> int:
    """Layer of a node: references 0, RUS 1–3, plan goals 4, actions 5, actors and indicators 6."""
    rus = graph.rus
    if node.label == "Reference":
        return 0
    if node.label == "Goal":
        if rus is not None and node.get("strategy") == rus.id:
            return {"vision": 1, "goal_area": 1, "goal": 2, "target": 3}.get(str(node.get("level") or "goal"), 2)
        strategy = graph.nodes.get(str(node.get("strategy")))
        if strategy is not None and strategy.get("kind") in ("national", "international"):
            return 0
        return 4
    if node.label == "Action":
        return 5
    if node.label == "Strategy":
        return 1 if rus is not None and node.id == rus.id else 4
    return 6


def display_name(node: Node, lang: str) -> str:
    """A row's name for people; reference rows in the chosen language."""
    if node.label == "Reference":
        return str(node.get("name_en" if lang == "en" else "name_sv") or node.id)
    return node.name


def short(text: str, limit: int = LABEL_MAX) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _node_type(node: Node) -> str:
    if node.label == "Actor" and node.get("kind") == "forum":
        return "Actor"
    return node.label


def node_details(node: Node, graph: DatasetGraph, lang: str) -> list[list[str]]:
    """[label, value] pairs for the side panel, in the user's language; values are plain text."""
    rows: list[list[str]] = [[t("ui.id", lang), node.id]]
    strategy = graph.nodes.get(str(node.get("strategy"))) if node.get("strategy") else None
    if node.label == "Goal":
        rows.append([t("ui.level", lang), t(f"level.{node.get('level') or 'goal'}", lang)])
    if strategy is not None:
        rows.append([t("type.Strategy", lang), strategy.name])
    if node.label == "Action":
        if status_of(node):
            rows.append([t("ui.status", lang), t(f"status.{status_of(node)}", lang)])
        if node.get("start") or node.get("end"):
            rows.append([t("ui.period", lang), f"{node.get('start') or '…'}–{node.get('end') or '…'}"])
        if node.get("budget_sek") is not None:
            rows.append([t("ui.budget", lang), f"{number(node.get('budget_sek'), lang, 0)} kr"])
        if node.get("areas"):
            rows.append([t("ui.areas", lang), ", ".join(node.get("areas"))])
    if node.label == "Actor" and node.get("kind"):
        rows.append([t("ui.actor_kind", lang), t(f"actor.{node.get('kind')}", lang)])
    if node.label == "Indicator":
        for key, label in (("unit", "ui.unit"), ("source", "ui.source"), ("source_ref", "ui.source_ref")):
            if node.get(key):
                value = code_word("source", node.get(key), lang) if key == "source" else str(node.get(key))
                rows.append([t(label, lang), value])
        if node.get("direction"):
            rows.append([t("ui.direction", lang), code_word("direction", node.get("direction"), lang)])
        if node.get("baseline_value") is not None:
            rows.append(
                [
                    t("ui.baseline", lang),
                    f"{number(node.get('baseline_value'), lang)} ({node.get('baseline_year') or '–'})",
                ]
            )
        if node.get("target_value") is not None:
            rows.append(
                [
                    t("ui.target_value", lang),
                    f"{number(node.get('target_value'), lang)} ({node.get('target_year') or '–'})",
                ]
            )
    if node.label == "Reference":
        rows.append([t("ui.kind", lang), t(f"ref.{node.get('kind')}", lang)])
    if node.get("description"):
        rows.append([t("ui.description", lang), str(node.get("description"))])
    return rows


def edge_style(link_type: str, score: int) -> dict[str, Any]:
    """Line style for a link: a second channel beside colour (dashes, arrow heads, width, label)."""
    if link_type in SCORED_LINKS:
        negative = score < 0
        colour = (
            palette.CONFLICT
            if negative
            else (palette.SYNERGY if link_type == "INTERACTS_WITH" else palette.NEUTRAL_EDGE)
        )
        style: dict[str, Any] = {
            "color": {"color": colour, "highlight": colour, "hover": colour},
            "width": 1.0 + 1.5 * abs(score),
            # A conflict ends in a bar (⊣), a contribution or synergy in an arrow: readable without colour.
            "arrows": {"to": {"enabled": True, "type": "bar" if negative else "arrow"}},
        }
        if link_type == "INTERACTS_WITH":
            style["dashes"] = [10, 6]
        if negative or link_type == "INTERACTS_WITH":
            style["label"] = signed(score)
            text = palette.CONFLICT_TEXT if negative else colour
            style["font"] = {"size": 16, "color": text, "strokeWidth": 4, "strokeColor": "#FFFFFF", "align": "middle"}
        if score == 0:
            style["dashes"] = [2, 6]
        return style
    if link_type == "MEASURED_BY":
        return {
            "color": {"color": palette.STRUCTURE_EDGE},
            "width": 1.0,
            "dashes": [2, 4],
            "arrows": {"to": {"enabled": True, "type": "circle", "scaleFactor": 0.5}},
        }
    if link_type == "RESPONSIBLE_FOR":
        return {
            "color": {"color": palette.OKABE_ITO["reddish_purple"]},
            "width": 2.5,
            "arrows": {"to": {"enabled": True, "type": "arrow", "scaleFactor": 0.6}},
        }
    if link_type == "PARTICIPATES_IN":
        return {
            "color": {"color": palette.OKABE_ITO["reddish_purple"]},
            "width": 1.0,
            "dashes": [6, 4],
            "arrows": {"to": {"enabled": True, "type": "arrow", "scaleFactor": 0.5}},
        }
    if link_type in ("PART_OF", "MEMBER_OF"):
        return {
            "color": {"color": palette.STRUCTURE_EDGE},
            "width": 1.0,
            "dashes": link_type == "MEMBER_OF",
            "arrows": {"to": {"enabled": False}},
        }
    if link_type == "SHARED":
        return {
            "color": {"color": palette.NEUTRAL_EDGE},
            "width": min(1.0 + score, 8.0),
            "arrows": {"to": {"enabled": False}},
        }
    return {"color": {"color": palette.STRUCTURE_EDGE}, "width": 1.0}


def base_options(*, physics: bool, hierarchical: bool = False) -> dict[str, Any]:
    """vis-network options: precomputed positions with physics off, or a force layout that stops."""
    options: dict[str, Any] = {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "interaction": {
            "hover": True,
            "tooltipDelay": 120,
            "navigationButtons": False,
            "keyboard": {"enabled": True, "bindToWindow": False},
            "multiselect": False,
            "hideEdgesOnDrag": False,
        },
        "nodes": {
            "font": {
                "size": 16,
                "face": "system-ui, sans-serif",
                "color": palette.INK,
                "strokeWidth": 3,
                "strokeColor": "#FFFFFF",
            },
            "borderWidth": 1.5,
            "size": 14,
            "widthConstraint": {"maximum": 230},
            # Level of detail: no labels at overview zoom (16 px text below 7 px on screen), where they are
            # unreadable and cost most of a frame; they appear as soon as the user zooms in.
            "scaling": {"label": {"drawThreshold": LABEL_DRAW_PX}},
        },
        "edges": {
            "smooth": False,
            "selectionWidth": 2,
            "hoverWidth": 1.5,
            "scaling": {"label": {"drawThreshold": LABEL_DRAW_PX}},
        },
        "physics": {"enabled": False},
    }
    if hierarchical:
        options["layout"]["hierarchical"] = {
            "enabled": True,
            "direction": "UD",
            "sortMethod": "directed",
            "levelSeparation": 170,
            "nodeSpacing": 190,
        }
    if physics:
        options["physics"] = {
            "enabled": True,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 120},
            "stabilization": {"enabled": True, "iterations": 400, "updateInterval": 50, "fit": True},
        }
    return options


def _groups(graph: DatasetGraph, lang: str) -> tuple[dict[str, Any], dict[str, str], list[dict[str, Any]]]:
    """vis groups (one per strategy, plus actors, indicators, references), colour per strategy, legend."""
    rus = graph.rus
    plans = graph.plans()
    colours = palette.strategy_colours(rus.id if rus else None, [p.id for p in plans])
    groups: dict[str, Any] = {}
    legend: list[dict[str, Any]] = []
    for i, strategy in enumerate(([rus] if rus else []) + plans):
        colour = colours[strategy.id]
        groups[f"s:{strategy.id}"] = {
            "color": {
                "background": colour,
                "border": palette.INK,
                "highlight": {"background": colour, "border": palette.INK},
                "hover": {"background": colour, "border": palette.INK},
            }
        }
        swatch = i if rus is None or i == 0 else 1 + (i - 1) % len(palette.PLAN_COLOURS)
        legend.append(
            {
                "group": f"s:{strategy.id}",
                "colour": colour,
                "swatch": swatch,
                "name": strategy.name,
                "kind": t(f"kind.{strategy.get('kind')}", lang),
            }
        )
    for key, colour in (
        ("actor", palette.ACTOR_COLOUR),
        ("indicator", palette.INDICATOR_COLOUR),
        ("reference", "#D9D9D9"),
    ):
        groups[key] = {
            "color": {
                "background": colour,
                "border": palette.INK,
                "highlight": {"background": colour, "border": palette.INK},
                "hover": {"background": colour, "border": palette.INK},
            }
        }
    return groups, colours, legend


def _group_of(node: Node) -> str:
    if node.label in ("Goal", "Action"):
        return f"s:{node.get('strategy')}"
    if node.label == "Strategy":
        return f"s:{node.id}"
    return {"Actor": "actor", "Indicator": "indicator"}.get(node.label, "reference")


def build_network(
    graph: DatasetGraph,
    *,
    lang: str = "sv",
    findings: dict[str, list[dict]] | None = None,
    node_ids: set[str] | None = None,
    link_types: tuple[str, ...] = SHOWN_LINKS,
    layout: str = "layered",
    chains: dict[str, dict[str, Chain]] | None = None,
    extra_links: list[tuple[str, str, str, int]] | None = None,
    label_max: int = LABEL_MAX,
) -> dict[str, Any]:
    """Network JSON of the whole graph (or of `node_ids`): nodes, edges, options, legend, facets, findings.

    `layout` is "layered" (positions computed here, physics off) or "force" (physics until it stabilises;
    only for graphs up to FORCE_LIMIT nodes). `extra_links` adds (source, type, target, weight) edges that
    are not relationships, such as actors joined by shared actions.
    """
    findings = findings or {}
    chains = chains if chains is not None else reaching(graph)
    reached = rus_goals_reached(graph, chains)
    groups, colours, legend = _groups(graph, lang)
    wanted = [n for n in graph.nodes.values() if n.label != "Strategy" and (node_ids is None or n.id in node_ids)]
    if node_ids is not None:
        wanted += [graph.nodes[i] for i in sorted(node_ids) if i in graph.nodes and graph.nodes[i].label == "Strategy"]
    present = {n.id for n in wanted}
    if layout == "force" and len(present) > FORCE_LIMIT:
        layout = "layered"

    net = Network(directed=True)
    levels = {n.id: level_of(n, graph) for n in wanted}
    order = {n.id: float(n.get("seq", 0)) + (0.0 if n.label != "Reference" else 0.0) for n in wanted}
    edges_for_layout = [
        (link.source, link.target)
        for link in graph.links
        if link.type in link_types and link.source in present and link.target in present
    ]
    # Rows of about 1.6·√n nodes give a diagram roughly as wide as a screen is, at any size.
    max_row = max(12, min(48, math.ceil(1.6 * math.sqrt(max(len(levels), 1)))))
    positions = layered(levels, edges_for_layout, order=order, max_row=max_row) if layout == "layered" else {}
    goal_area_names: dict[str, str] = {}
    vis_nodes: list[dict[str, Any]] = []
    rus_id = graph.rus.id if graph.rus else None
    for node in sorted(wanted, key=lambda n: (levels[n.id], n.get("seq", 0), n.id)):
        ntype = _node_type(node)
        name = display_name(node, lang)
        areas = sorted({a for g in reached.get(node.id, ()) if (a := graph.goal_areas.get(g))})
        if node.label == "Goal" and rus_id is not None and node.get("strategy") == rus_id:
            own = graph.goal_areas.get(node.id)
            areas = sorted(set(areas) | ({own} if own else set()))
        for a in areas:
            goal_area_names[a] = graph.nodes[a].name
        strategy = graph.nodes.get(str(node.get("strategy"))) if node.get("strategy") else None
        marks = marks_of(node.id, findings, node.label)
        group = _group_of(node)
        colour = colours.get(str(node.get("strategy")), "#D9D9D9") if node.label in ("Goal", "Action") else None
        attrs: dict[str, Any] = {
            "group": group,
            "level": levels[node.id],
            "name": name,
            "type": ntype,
            "typeName": t(f"type.{node.label}", lang),
            "strategy": node.get("strategy") or "",
            "strategyName": strategy.name if strategy else "",
            "goalAreas": areas,
            "status": (status_of(node) or "none") if node.label == "Action" else "",
            "actorKind": (node.get("kind") or "none") if node.label == "Actor" else "",
            "marks": marks,
            "markNames": [t(f"mark.{m}", lang) for m in marks],
            "details": node_details(node, graph, lang),
        }
        if node.label == "Action" and status_of(node):
            attrs["statusName"] = t(f"status.{status_of(node)}", lang)
        if node.label == "Goal" and colour:
            attrs["font"] = {"color": palette.text_on(colour), "strokeWidth": 0}
        if node.label == "Action" and status_of(node) in ("completed", "paused", "cancelled"):
            attrs["opacity"] = 0.55
        if marks:
            attrs.update(mark_style(marks))
        if node.id in positions:
            attrs["x"], attrs["y"] = positions[node.id]
        # Nodes are made with pyvis's Node directly: Network.add_node checks membership in a list, which is
        # quadratic at thousands of nodes; ids are unique here already (keys of graph.nodes).
        vis_nodes.append(
            VisNode(
                node.id,
                palette.SHAPES.get(node.label, "dot"),
                label=short(name, label_max) + mark_suffix(marks),
                **attrs,
            ).options
        )
    edges: list[dict[str, Any]] = []
    all_links = [(lk.source, lk.type, lk.target, lk.score, lk.props) for lk in graph.links if lk.type in link_types]
    all_links += [(s, ty, tg, w, {}) for s, ty, tg, w in (extra_links or [])]
    for i, (source, ltype, target, score, props) in enumerate(all_links):
        if source not in present or target not in present:
            continue
        attrs = {
            "id": f"e{i}",
            "type": ltype,
            "score": score,
            "typeName": t(f"link.{ltype}", lang),
            "rationale": str(props.get("rationale") or ""),
            "basis": str(props.get("source") or ""),
        }
        if ltype in SCORED_LINKS:
            attrs["scoreName"] = f"{signed(score)} {score_name(score, lang)}"
        if ltype == "SHARED":
            attrs["scoreName"] = f"{score} {t('link.SHARED', lang)}"
        attrs.update(edge_style(ltype, score))
        # Edges are made with pyvis's Edge directly: Network.add_edge checks node existence in a list,
        # which is quadratic at thousands of edges; existence is checked above against a set.
        edges.append(Edge(source, target, True, **attrs).options)
    net.nodes = vis_nodes
    net.node_ids = [n["id"] for n in vis_nodes]
    net.edges = edges
    physics = layout == "force"
    options = base_options(physics=physics)
    options["groups"] = groups
    net.options = options
    nodes, edges, _heading, _height, _width, options_json = net.get_network_data()
    facets = _facets(graph, nodes, lang, goal_area_names, legend)
    used = {e["type"] for e in edges}
    return {
        "dataset": graph.dataset,
        "lang": lang,
        "layout": layout,
        "illustrative": graph.illustrative,
        "nodes": nodes,
        "edges": edges,
        "options": json.loads(options_json),
        "legend": legend,
        "facets": facets
        | {"link_types": [{"id": lt, "name": t(f"link.{lt}", lang)} for lt in (*link_types, "SHARED") if lt in used]},
        "findings": {n["id"]: panel_findings(findings[n["id"]], lang) for n in nodes if n["id"] in findings},
    }


PANEL_FINDINGS = 8
PANEL_SKIPS = frozenset({"chains"})
"""The side panel lists findings about a row; chains are drawn as edges already and would drown the rest."""


def panel_findings(items: list[dict[str, Any]], lang: str = "sv") -> list[dict[str, Any]]:
    """The most severe findings about one row for the side panel, and how many more there are."""
    order = {"high": 0, "medium": 1, "low": 2}
    kept = sorted((f for f in items if f["analysis"] not in PANEL_SKIPS), key=lambda f: order.get(f["severity"], 3))
    out = [
        {
            "analysis": f["analysis"],
            "kind": f["kind"],
            "severity": f["severity"],
            "severityName": t(f"severity.{f['severity']}", lang),
            "explanation": f["explanation"],
        }
        for f in kept[:PANEL_FINDINGS]
    ]
    if len(kept) > PANEL_FINDINGS:
        more = len(kept) - PANEL_FINDINGS
        out.append({"more": more, "text": t("ui.more_findings", lang, n=more)})
    return out


def mark_suffix(marks: list[str]) -> str:
    symbols = {"conflict": " ⚠", "orphan": " ∅", "gap": " !"}
    return "".join(symbols[m] for m in marks if m in symbols)


def mark_style(marks: list[str]) -> dict[str, Any]:
    """Marked nodes get a thick border (vermillion for conflicts) and, for orphans and gaps, dashes."""
    style: dict[str, Any] = {"borderWidth": 4, "borderWidthSelected": 5}
    if "conflict" in marks:
        style["color"] = {
            "border": palette.CONFLICT,
            "highlight": {"border": palette.CONFLICT},
            "hover": {"border": palette.CONFLICT},
        }
    if "orphan" in marks or "gap" in marks:
        style["shapeProperties"] = {"borderDashes": [5, 4]}
    return style


def _facets(
    graph: DatasetGraph,
    nodes: list[dict[str, Any]],
    lang: str,
    goal_area_names: dict[str, str],
    legend: list[dict[str, Any]],
) -> dict[str, list[dict[str, Any]]]:
    """The filter choices that occur in the nodes shown."""
    present_strategies = {n["strategy"] for n in nodes if n.get("strategy")}
    rus = graph.rus
    swatches = {item["group"]: item["swatch"] for item in legend}
    strategies = [
        {"id": s.id, "name": s.name, "swatch": swatches.get(f"s:{s.id}")}
        for s in ([rus] if rus else []) + graph.plans()
        if s.id in present_strategies
    ]
    areas = sorted({a for n in nodes for a in n.get("goalAreas", [])}, key=lambda a: (graph.nodes[a].get("seq", 0), a))
    statuses = sorted(
        {n["status"] for n in nodes if n["type"] == "Action"},
        key=lambda s: STATUS_ORDER.index(s) if s in STATUS_ORDER else 9,
    )
    kinds = sorted({n["actorKind"] for n in nodes if n["type"] == "Actor"})
    return {
        "strategies": strategies,
        "goal_areas": [{"id": a, "name": goal_area_names.get(a, a)} for a in areas],
        "statuses": [{"id": s, "name": t(f"status.{s}", lang)} for s in statuses],
        "actor_kinds": [{"id": k, "name": t(f"actor.{k}", lang)} for k in kinds],
    }


def actor_network(
    graph: DatasetGraph, *, lang: str = "sv", findings: dict[str, list[dict]] | None = None
) -> dict[str, Any]:
    """Actors joined by the actions they share (edge weight = shared actions, as the `actors` analysis's
    network `analyses/actor_network` has it) and the forums they sit in."""
    extra = [(a, "SHARED", b, w) for a, b, w in sorted(graph.actor_links)]
    actors = {a.id for a in graph.of_label("Actor")}
    data = build_network(
        graph,
        lang=lang,
        findings=findings,
        node_ids=actors,
        link_types=("MEMBER_OF",),
        layout="force" if len(actors) <= FORCE_LIMIT else "layered",
        extra_links=extra,
    )
    return data
