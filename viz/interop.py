"""A dataset for other tools: GraphML and GEXF (Gephi, yEd, networkx) and Kumu's Excel layout.

Everything starts from `build_graph`, a networkx MultiDiGraph of one dataset version (as
`graph.content_read.read_content` reads it back): one node per strategy, goal, action, indicator and actor,
plus the reference rows (Agenda 2030, the national strategy, areas) that rows point to; one edge per
imported link and per structure column (goal -> strategy, goal -> parent goal, ...). Attributes are
strings or numbers only, never None, because GraphML and GEXF have no null and Gephi refuses mixed types.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import networkx as nx

from graph.content import DatasetContent
from graph.i18n import score_name, t
from graph.model import area_ref
from graph.reference import reference_names
from graph.safe_cells import neutralise

FORMATS = ("graphml", "gexf", "kumu")
"""The interop formats of `ruslink export --format`."""

NODE_TYPES = ("strategy", "goal", "action", "indicator", "actor", "reference")
STRUCTURE_TYPES = ("in_strategy", "part_of", "implements", "owns", "member_of", "targets", "covers")

_TABLE_TYPE = {
    "strategies": "strategy",
    "goals": "goal",
    "actions": "action",
    "indicators": "indicator",
    "actors": "actor",
}


def _value(value: Any) -> str | int | float | None:
    """A column value as a GraphML/GEXF attribute: lists joined with '|', booleans and others as text."""
    if value is None or value == [] or value == "":
        return None
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, list):
        return "|".join(str(v) for v in value)
    return str(value)


def _attrs(row: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for column, value in row.items():
        if column in ("extra", "id"):
            continue
        v = _value(value)
        if v is not None:
            # Gephi and GEXF want one type per attribute: numbers that are columns of floats stay floats.
            out[column] = float(v) if isinstance(v, int) and column.endswith(("_value", "_sek")) else v
    for column, value in (row.get("extra") or {}).items():
        if value not in (None, ""):
            out[f"extra_{column}"] = str(value)
    return out


def _area_ref(area: str | None) -> str | None:
    """An area column ('2281' or 'area:2281') as the reference row's id."""
    return area_ref(area) if area else None


def build_graph(content: DatasetContent, *, lang: str = "sv") -> nx.MultiDiGraph:
    """The dataset as a MultiDiGraph: node attributes `type`, `label` (the name), `type_label` and the
    imported columns; edge attributes `relation` (the link type: GEXF keeps `type` for directedness),
    `relation_label` and, for imported links, `score`, `score_name`,
    `rationale`, `source`. Indicators also carry `observations` and their latest whole-area value."""
    g = nx.MultiDiGraph()
    for table, node_type in _TABLE_TYPE.items():
        for item in getattr(content, table):
            row = item.model_dump(by_alias=True)
            g.add_node(
                item.id, **_attrs(row), type=node_type, label=item.name, type_label=t(f"interop.type.{node_type}", lang)
            )
    latest: dict[str, Any] = {}
    counts: dict[str, int] = {}
    for obs in content.observations:
        counts[obs.indicator] = counts.get(obs.indicator, 0) + 1
        if (
            obs.area is None
            and obs.gender == "T"
            and (obs.indicator not in latest or obs.period >= latest[obs.indicator].period)
        ):
            latest[obs.indicator] = obs
    for indicator, n in counts.items():
        if indicator in g:
            g.nodes[indicator]["observations"] = n
    for indicator, obs in latest.items():
        if indicator in g:
            g.nodes[indicator]["latest_period"] = str(obs.period)
            g.nodes[indicator]["latest_value"] = float(obs.value)

    names = reference_names()

    def ensure(node: str) -> None:
        if node not in g:
            name = names.get(node, {}).get("en" if lang == "en" else "sv", node)
            g.add_node(node, type="reference", label=name, type_label=t("interop.type.reference", lang))

    for i, link in enumerate(content.links):
        ensure(link.from_)
        ensure(link.to)
        attrs: dict[str, Any] = {
            "relation": link.type,
            "relation_label": t(f"interop.link.{link.type}", lang),
            "score": int(link.score),
            "score_name": score_name(link.score, lang),
        }
        if link.rationale:
            attrs["rationale"] = link.rationale
        if link.source:
            attrs["source"] = link.source
        g.add_edge(link.from_, link.to, key=f"{link.type}-{i}", **attrs)

    def structure(source: str, target: str | None, kind: str) -> None:
        if target:
            ensure(target)
            g.add_edge(
                source,
                target,
                key=f"{kind}-{source}-{target}",
                relation=kind,
                relation_label=t(f"interop.link.{kind}", lang),
            )

    for s in content.strategies:
        structure(s.id, s.parent, "implements")
        structure(s.id, _area_ref(s.area), "covers")
    for goal in content.goals:
        structure(goal.id, goal.strategy, "in_strategy")
        structure(goal.id, goal.parent, "part_of")
    for a in content.actions:
        structure(a.id, a.strategy, "in_strategy")
        for area in a.areas:
            structure(a.id, _area_ref(area), "targets")
    for actor in content.actors:
        for forum in actor.member_of:
            structure(actor.id, forum, "member_of")
    for s in content.strategies:
        if s.owner:
            structure(s.owner, s.id, "owns")
    return g


def graphml_bytes(content: DatasetContent, *, lang: str = "sv") -> bytes:
    """The dataset as GraphML (UTF-8); text is XML-escaped by networkx's writer, so no markup survives."""
    buffer = io.BytesIO()
    nx.write_graphml(build_graph(content, lang=lang), buffer, encoding="utf-8", named_key_ids=True)
    return buffer.getvalue()


def gexf_bytes(content: DatasetContent, *, lang: str = "sv") -> bytes:
    """The dataset as GEXF 1.2 (Gephi's own format)."""
    buffer = io.BytesIO()
    nx.write_gexf(build_graph(content, lang=lang), buffer, encoding="utf-8")
    return buffer.getvalue()


KUMU_ELEMENT_COLUMNS = ("Label", "Type", "Description", "Tags", "ID", "Strategy", "Level", "Status", "Kind")
KUMU_CONNECTION_COLUMNS = ("From", "To", "Type", "Direction", "Strength", "Score", "Description", "Tags")


def kumu_labels(g: nx.MultiDiGraph) -> dict[str, str]:
    """node id -> a label unique in the map (Kumu joins connections to elements by label):
    the name, with the id in brackets where two rows share a name."""
    seen: dict[str, int] = {}
    for _, data in g.nodes(data=True):
        seen[data["label"]] = seen.get(data["label"], 0) + 1
    labels = {n: (d["label"] if seen[d["label"]] == 1 else f"{d['label']} ({n})") for n, d in g.nodes(data=True)}
    # A name could equal another row's "name (id)"; the id alone is unique among rows.
    if len(set(labels.values())) != len(labels):
        labels = {n: f"{d['label']} ({n})" for n, d in g.nodes(data=True)}
    return labels


def kumu_workbook(content: DatasetContent, *, lang: str = "sv") -> bytes:
    """Kumu's spreadsheet import layout: an "Elements" sheet and a "Connections" sheet (headers in row 1),
    labels unique, every text cell neutralised against formulas."""
    from openpyxl import Workbook

    g = build_graph(content, lang=lang)
    labels = kumu_labels(g)
    book = Workbook()
    elements = book.active
    elements.title = "Elements"
    elements.append(KUMU_ELEMENT_COLUMNS)
    for node, d in g.nodes(data=True):
        tags = [d["type_label"]] + ([str(d["kind"])] if d.get("kind") else [])
        elements.append(
            [
                neutralise(v) if isinstance(v, str) else v
                for v in (
                    labels[node],
                    d["type_label"],
                    d.get("description", ""),
                    "|".join(tags),
                    node,
                    d.get("strategy", ""),
                    d.get("level", ""),
                    d.get("status", ""),
                    d.get("kind", ""),
                )
            ]
        )
    connections = book.create_sheet("Connections")
    connections.append(KUMU_CONNECTION_COLUMNS)
    for u, v, d in g.edges(data=True):
        score = d.get("score")
        description = d.get("rationale", "")
        connections.append(
            [
                neutralise(x) if isinstance(x, str) else x
                for x in (
                    labels[u],
                    labels[v],
                    d["relation_label"],
                    "directed",
                    abs(score) if score is not None else 1,
                    score if score is not None else "",
                    description,
                    d.get("score_name", "") if score is not None else "",
                )
            ]
        )
    for sheet in (elements, connections):
        sheet.freeze_panes = "A2"
        sheet.auto_filter.ref = sheet.dimensions
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def export_bytes(content: DatasetContent, fmt: str, *, lang: str = "sv") -> bytes:
    """The dataset in one of FORMATS."""
    writers = {"graphml": graphml_bytes, "gexf": gexf_bytes, "kumu": kumu_workbook}
    return writers[fmt](content, lang=lang)


def write_export(content: DatasetContent, fmt: str, target: Path, *, lang: str = "sv") -> None:
    """Write the dataset to `target` in one of FORMATS."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(export_bytes(content, fmt, lang=lang))
