"""The layered layout computed before the page loads (pure logic, no database)."""

from __future__ import annotations

from viz.layout import MAX_ROW, layered


def test_viz_layout_places_every_node_in_its_layer() -> None:
    levels = {"r": 0, "g1": 1, "g2": 1, "a1": 2, "a2": 2, "a3": 2}
    pos = layered(levels, [("a1", "g1"), ("a2", "g2"), ("g1", "r"), ("g2", "r"), ("a3", "g1")])
    assert set(pos) == set(levels)
    assert pos["r"][1] < pos["g1"][1] == pos["g2"][1] < pos["a1"][1] == pos["a2"][1] == pos["a3"][1]


def test_viz_layout_orders_a_layer_by_its_neighbours() -> None:
    levels = {"g1": 0, "g2": 0, "a2": 1, "a1": 1}
    pos = layered(levels, [("a1", "g1"), ("a2", "g2")], order={"g1": 0, "g2": 1, "a2": 0, "a1": 1})
    # a1 hangs under g1 and a2 under g2, whatever their starting order: no crossing
    assert (pos["a1"][0] < pos["a2"][0]) == (pos["g1"][0] < pos["g2"][0])


def test_viz_layout_wraps_a_wide_layer_into_rows() -> None:
    levels = {f"a{i}": 1 for i in range(MAX_ROW * 2 + 1)} | {"top": 0}
    pos = layered(levels, [])
    rows = {y for node, (x, y) in pos.items() if node != "top"}
    assert len(rows) == 3
    assert len({p for p in pos.values()}) == len(pos)  # no two nodes on the same spot


def test_viz_layout_places_two_thousand_nodes_apart() -> None:
    levels = {f"n{i}": i % 6 for i in range(2000)}
    edges = [(f"n{i}", f"n{(i * 7 + 1) % 2000}") for i in range(6000)]
    pos = layered(levels, edges)
    assert len(pos) == 2000 and len(set(pos.values())) == 2000
