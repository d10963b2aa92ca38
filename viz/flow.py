"""The overview that reads at a glance: the whole dataset as one flow diagram, for the page and for exports.

`flow_diagram` is the public entry: the analyses' findings (see `viz/flow_model.py`) summed into bands,
laid out in columns (`viz/flow_layout.py`) and styled with the shared palette, as a `viz.diagram_model.Diagram`
any renderer can draw (bands are `DiagramEdge(kind="band")`; `viz/flow_svg.py` draws them for the page).
`band_findings` gives the findings behind one band, for the page a click on a band opens.
"""

from __future__ import annotations

from datetime import date
from urllib.parse import quote, urlencode

from graph.views import DatasetGraph
from viz.diagram_model import LegendItem
from viz.flow_layout import FONT, FlowDiagram, layout, merge_to_fit, right_text, to_edges
from viz.flow_model import MID, PLAN, REF, RUS, FlowBand, FlowModel, aggregate, node_value
from viz.flow_texts import counted, t
from viz.network import display_name
from viz.palette import CONFLICT, REFERENCE_COLOUR, RUS_COLOUR, strategy_colours

NEGATIVE_PATTERN = "flow-negative"
"""The pattern id negative bands are painted with (red stripes): the second channel beside colour."""
NO_ACTIONS_COLOUR = "#8C8C8C"
HEADINGS = {PLAN: "flow.col_plans", MID: "flow.col_goals", RUS: "flow.col_rus", REF: "flow.col_refs"}


def tint(colour: str, share: float = 0.25) -> str:
    """`colour` mixed with white (`share` of the colour): a box fill that keeps black text readable."""
    rgb = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(255 - (255 - c) * share):02X}" for c in rgb)


def flow_model(graph: DatasetGraph, results: list, *, height: float = 1080) -> FlowModel:
    """The aggregated boxes and bands, grouped so that every column fits a slide of `height`."""
    model = aggregate(graph, results)
    merge_to_fit(model, height, graph.goal_area_of)
    return model


def _label(graph: DatasetGraph, node, lang: str) -> str:
    row = graph.nodes.get(node.id)
    plan_row = graph.nodes.get(node.plan or "")
    plan_name = plan_row.id if plan_row is not None else (node.plan or "")
    if node.kind == "plan":
        rus = graph.rus
        return (
            t("flow.own_actions", lang)
            if rus is not None and node.id == rus.id
            else (display_name(row, lang) if row else node.id)
        )
    if node.kind == "direct":
        return t("flow.direct", lang, plan=plan_name)
    if node.kind == "group":
        if node.column == RUS:
            area = node.id.rsplit(":", 1)[0]
            return t("flow.group_area", lang, area=area, n=node.merged)
        return t("flow.group", lang, plan=plan_name, n=node.merged)
    if row is None:
        return node.id
    name = display_name(row, lang)
    if node.kind == "reference":
        number = node.id.split(":", 1)[1]
        return t("flow.sdg" if node.id.startswith("sdg:") else "flow.nat", lang, n=number, name=name)
    if node.kind == "rus":
        return f"{node.id} {name}"
    return name


def _href(dataset: str, path: str, **query: str) -> str:
    tail = f"?{urlencode(query)}" if query else ""
    return f"/datasets/{quote(dataset, safe='')}/{path}{tail}"


def flow_diagram(
    graph: DatasetGraph,
    results: list,
    *,
    lang: str = "sv",
    width: float = 1920,
    height: float = 1080,
    drawn_on: date | None = None,
) -> FlowDiagram:
    """The whole dataset as a flow diagram plans → plan goals → RUS goals → references, fitted to width × height.

    `results` are the analyses' results (`graph.views.load_with_findings`); nothing is derived from the
    graph's links here.
    """
    model = flow_model(graph, results, height=height)
    labels = {nid: _label(graph, n, lang) for nid, n in model.nodes.items()}
    counts = {nid: node_value(model, nid) for nid in model.nodes}
    marks = {
        nid: (["uncovered"] if nid in model.uncovered else [])
        + (["conflict"] if set(n.members) & model.negative_goals else [])
        for nid, n in model.nodes.items()
    }
    # Room for the number at the right end of each box: bold digits are about 0.62 em wide.
    reserve = {nid: len(right_text(marks[nid], counts[nid])) * FONT * 0.62 + 14 for nid in model.nodes}
    boxes, routed, unit, columns = layout(model, labels, width=width, height=height, text_width=reserve)
    rus = graph.rus
    colours = strategy_colours(rus.id if rus else None, [p.id for p in graph.plans()])
    for nid, box in boxes.items():
        node = model.nodes[nid]
        colour = colours.get(node.plan or "", RUS_COLOUR)
        if node.kind == "plan":
            box.fill, box.stroke, box.shape = colour, "#1A1A1A", "box"
        elif node.column == RUS:
            box.fill, box.stroke = tint(RUS_COLOUR, 0.18), RUS_COLOUR
        elif node.column == REF:
            box.fill, box.stroke, box.shape = "#F2F2F2", REFERENCE_COLOUR, "hexagon"
        else:
            box.fill, box.stroke, box.shape = tint(colour, 0.3), colour, "rounded"
        box.marks.extend(marks[nid])
        if node.kind in ("goal", "rus") and graph.nodes.get(nid) is not None:
            box.href = _href(graph.dataset, f"goals/{quote(nid, safe='')}")
    edges = to_edges(routed)
    for edge, (band, _, _) in zip(edges, routed, strict=True):
        source = model.nodes[band.source]
        if band.negative:
            edge.colour, edge.kind = CONFLICT, "band"
            edge.score = -1
        elif not band.actions:
            edge.colour, edge.width = NO_ACTIONS_COLOUR, 2.0
        else:
            edge.colour = colours.get(source.plan or "", RUS_COLOUR) if source.column in (PLAN, MID) else RUS_COLOUR
        edge.label = band_label(band, labels, lang)
        query = {"from": band.source, "to": band.target}
        if band.negative:
            query["negative"] = "1"
        edge.href = _href(graph.dataset, "flow/band", **query)
    negatives = len(model.negative)
    summary = [counted("flow.reaching", len(model.reaching_actions), lang)]
    if negatives:
        summary.append(counted("flow.negative", negatives, lang))
    if model.uncovered:
        summary.append(counted("flow.uncovered", len(model.uncovered), lang))
    legend = [
        LegendItem(kind="line", text=t("flow.lg_band", lang, px=_px(unit, lang)), stroke="#7F7F7F", width=12),
        LegendItem(kind="line", text=t("flow.lg_negative", lang), stroke=CONFLICT, width=12, symbol=NEGATIVE_PATTERN),
        LegendItem(kind="line", text=t("flow.lg_no_actions", lang), stroke=NO_ACTIONS_COLOUR, dashed=True, width=2),
        LegendItem(
            kind="mark",
            text=t("flow.lg_uncovered", lang),
            symbol="∅",
            dashed=True,
            fill=tint(RUS_COLOUR, 0.18),
            stroke=RUS_COLOUR,
        ),
        LegendItem(kind="mark", text=t("flow.lg_conflict", lang), symbol="⚠"),
        LegendItem(kind="mark", text=t("flow.lg_count", lang), symbol="12"),
    ]
    source_name = str(graph.meta.get("source") or graph.dataset)
    return FlowDiagram(
        title=t("flow.title", lang),
        subtitle=" · ".join([rus.name if rus else graph.dataset, *summary]),
        nodes=list(boxes.values()),
        edges=edges,
        width=width,
        height=height,
        legend=legend,
        dataset=graph.dataset,
        source=source_name,
        drawn_on=(drawn_on or date.today()).isoformat(),
        illustrative=graph.illustrative,
        lang=lang,
        columns=[(t(HEADINGS[c], lang), x, w) for c, x, w in columns],
        counts=counts,
        unit=unit,
        edge_plans=[
            sorted({str(graph.nodes[a].get("strategy") or "") for a in band.actions if a in graph.nodes})
            for band, _, _ in routed
        ],
    )


def _px(unit: float, lang: str) -> str:
    text = f"{unit:.1f}".rstrip("0").rstrip(".")
    return text if lang == "en" else text.replace(".", ",")


def band_label(band: FlowBand, labels: dict[str, str], lang: str) -> str:
    """The band's hover text and the heading of its page."""
    src, dst = labels.get(band.source, band.source), labels.get(band.target, band.target)
    if band.negative:
        return t("flow.band_negative", lang, src=src, dst=dst)
    n = len(band.actions)
    return (
        t("flow.band_title_one", lang, src=src, dst=dst)
        if n == 1
        else t("flow.band_title", lang, n=n, src=src, dst=dst)
    )


def band_findings(
    graph: DatasetGraph,
    results: list,
    source: str,
    target: str,
    *,
    negative: bool = False,
    lang: str = "sv",
    height: float = 1080,
) -> tuple[str, list] | None:
    """(heading, findings) of the band `source` → `target` as the overview draws it, or None if there is none."""
    model = flow_model(graph, results, height=height)
    band = model.bands.get((source, target, negative))
    if band is None:
        return None
    labels = {nid: _label(graph, n, lang) for nid, n in model.nodes.items()}
    return band_label(band, labels, lang), list(band.findings)
