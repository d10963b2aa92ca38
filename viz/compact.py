"""Network JSON as compact columns for the explorer: parallel arrays instead of one object per node and edge.

At 10,000 nodes the object form is about 13 MB, most of it repeated style objects and panel details. Here
every drawing style (colour, shape, font, dashes, arrows …) is kept once in a table and referred to by
index, names that follow from a code (type, strategy, status) are kept once per code, and the side panel's
details are left out: the page asks `GET /api/datasets/{dataset}/details` for one row when it is opened.
The page turns the columns back into objects (static/js/explorer.js, `unpack`).
"""

from __future__ import annotations

from typing import Any

NODE_COLUMNS = (
    "id",
    "x",
    "y",
    "cx",
    "cy",
    "label",
    "name",
    "type",
    "group",
    "strategy",
    "level",
    "goalAreas",
    "status",
    "actorKind",
    "inGroups",
    "members",
    "groupOf",
)
"""What filters, search, gathering and hover titles need per node; everything else is style or on demand."""
EDGE_COLUMNS = ("id", "from", "to", "type", "score", "gathered", "rationale", "basis")
NODE_ON_DEMAND = frozenset({"details", "marks", "markNames", "typeName", "strategyName", "statusName"})
"""Left out of the columns: details come from the details endpoint, names from the tables below."""
INLINE_UP_TO = 2000
"""Diagrams up to this many nodes carry their details (and their marks their panel findings) inline: a few
hundred KB, and a panel opens at once; larger ones ask for one row's details when its panel opens."""
EDGE_ON_DEMAND = frozenset({"typeName", "scoreName"})


def _table(records: list[dict[str, Any]], columns: tuple[str, ...], skip: frozenset[str]) -> dict[str, Any]:
    """Columns of `records`, and each record's remaining keys as an index into a table of distinct styles."""
    out: dict[str, list[Any]] = {c: [r.get(c) for r in records] for c in columns}
    not_style = skip | set(columns)
    styles: list[dict[str, Any]] = []
    style_index: dict[str, int] = {}
    refs: list[int] = []
    for r in records:
        style = {k: v for k, v in r.items() if k not in not_style}
        key = repr(style)  # styles are made by the same code in the same key order: equal ones print alike
        at = style_index.get(key)
        if at is None:
            at = style_index[key] = len(styles)
            styles.append(style)
        refs.append(at)
    # Columns no record has are left out (the page reads a missing column as undefined everywhere).
    kept = {c: v for c, v in out.items() if any(x is not None for x in v)}
    return {"count": len(records), "columns": kept, "style": refs, "styles": styles}


def compact(data: dict[str, Any]) -> dict[str, Any]:
    """Network JSON (viz.network.build_network, gathered) as columns, style tables and name tables."""
    nodes, edges = data["nodes"], data["edges"]
    names: dict[str, dict[str, str]] = {"type": {}, "strategy": {}, "status": {}, "link": {}, "score": {}}
    for n in nodes:
        names["type"].setdefault(n["type"], n.get("typeName", ""))
        if n.get("strategy"):
            names["strategy"].setdefault(n["strategy"], n.get("strategyName", ""))
        if n.get("statusName"):
            names["status"].setdefault(n["status"], n["statusName"])
    for e in edges:
        names["link"].setdefault(e["type"], e.get("typeName", ""))
        if e.get("scoreName"):
            names["score"].setdefault(f"{e['type']}|{e['score']}", e["scoreName"])
    rest = {k: v for k, v in data.items() if k not in ("nodes", "edges", "findings")}
    inline = len(nodes) <= INLINE_UP_TO
    node_table = _table(nodes, NODE_COLUMNS + (("details",) if inline else ()), NODE_ON_DEMAND)
    return {
        **rest,
        "format": "columns",
        "names": names,
        "nodes": node_table,
        "edges": _table(edges, EDGE_COLUMNS, EDGE_ON_DEMAND),
    }
