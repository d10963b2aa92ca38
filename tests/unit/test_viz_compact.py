"""The explorer's compact columns (viz/compact.py) hold the same diagram as the object form, in less space."""

from __future__ import annotations

import json

from viz import compact as c


def _network(n: int) -> dict:
    nodes = [
        {
            "id": f"A{i}",
            "x": float(i),
            "y": 2.0 * i,
            "label": f"Insats {i}",
            "name": f"Insats {i}",
            "type": "Action",
            "typeName": "Insats",
            "group": "s:P1",
            "strategy": "P1",
            "strategyName": "Plan ett",
            "status": "ongoing",
            "statusName": "pågående",
            "goalAreas": ["GA1"],
            "details": [["Id", f"A{i}"]],
            "shape": "dot",
            "opacity": 0.55 if i % 2 else None,
        }
        for i in range(n)
    ]
    edges = [
        {
            "id": f"e{i}",
            "from": f"A{i}",
            "to": f"A{i + 1}",
            "type": "INTERACTS_WITH",
            "typeName": "samverkar med",
            "score": 2,
            "scoreName": "+2 stark",
            "color": {"color": "#009E73"},
            "dashes": [10, 6],
            "label": "+2",
        }
        for i in range(n - 1)
    ]
    return {"dataset": "d", "layout": "layered", "nodes": nodes, "edges": edges, "facets": {}, "findings": {}}


def _unpack(table: dict) -> list[dict]:
    """As static/js/explorer.js does it."""
    out = []
    for i in range(table["count"]):
        row = dict(table["styles"][table["style"][i]])
        row.update({k: v[i] for k, v in table["columns"].items() if v[i] is not None})
        out.append(row)
    return out


def test_compact_columns_rebuild_every_node_and_edge_with_names_from_the_tables() -> None:
    data = _network(50)
    packed = c.compact(data)
    nodes = _unpack(packed["nodes"])
    for before, after in zip(data["nodes"], nodes, strict=True):
        assert after["id"] == before["id"] and after["x"] == before["x"] and after["label"] == before["label"]
        assert after.get("opacity") == before["opacity"] and after["shape"] == "dot"
        assert packed["names"]["type"][after["type"]] == "Insats"
        assert packed["names"]["strategy"][after["strategy"]] == "Plan ett"
        assert packed["names"]["status"][after["status"]] == "pågående"
    edges = _unpack(packed["edges"])
    assert [e["dashes"] for e in edges] == [[10, 6]] * 49 and edges[3]["from"] == "A3"
    assert packed["names"]["score"]["INTERACTS_WITH|2"] == "+2 stark"
    assert len(packed["nodes"]["styles"]) == 2 and len(packed["edges"]["styles"]) == 1  # each style once
    assert "findings" not in packed


def test_compact_small_diagrams_keep_details_inline_and_large_ones_leave_them_to_the_endpoint() -> None:
    small = c.compact(_network(20))
    assert small["nodes"]["columns"]["details"][3] == [["Id", "A3"]]
    large_data = _network(c.INLINE_UP_TO + 1)
    large = c.compact(large_data)
    assert "details" not in large["nodes"]["columns"]
    assert all("details" not in s for s in large["nodes"]["styles"])
    assert len(json.dumps(large)) < len(json.dumps(large_data)) / 2
