"""The view benchmark gives pyvis the rows the explorer drew, read back from the explorer's own columns: every
node and edge with its position and style, as the network view made them."""

from __future__ import annotations

from bench.view import from_columns
from viz.compact import compact


def test_columns_read_back_give_the_networks_nodes_and_edges_with_positions_and_style() -> None:
    network = {
        "nodes": [
            {"id": "RUS-1", "label": "Mål 1", "type": "Goal", "x": 0, "y": -120, "shape": "box", "color": "#123"},
            {"id": "A1", "label": "Insats", "type": "Action", "x": 40, "y": 80, "shape": "dot", "color": "#456"},
            {"id": "G1", "label": "3 insatser", "type": "ActionGroup", "x": 90, "y": 80, "shape": "box"},
        ],
        "edges": [
            {"id": "e1", "from": "A1", "to": "RUS-1", "type": "CONTRIBUTES_TO", "arrows": "to"},
            {"id": "e2", "from": "G1", "to": "RUS-1", "type": "CONTRIBUTES_TO", "gathered": True, "arrows": "to"},
        ],
        "options": {},
    }
    back = from_columns(compact(network))
    assert back["nodes"] == network["nodes"]
    assert back["edges"] == network["edges"]
