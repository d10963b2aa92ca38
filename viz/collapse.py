"""The explorer's readable first view of a large network: actions gathered per goal, actors and indicators off.

The full network JSON (viz/network.py) stays as it is; this adds one box per goal with the actions that
contribute to it ("5 insatser"), the edges those boxes need, and a second set of positions (`cx`, `cy`) laid
out for the gathered view, so it fits a screen with readable labels. The page switches between the two and
opens a box on click (static/js/explorer.js). Which action contributes to which goal is read from the
network's own edges: nothing is derived beyond what the diagram already draws.
"""

from __future__ import annotations

import math
from typing import Any

from graph.i18n import t
from viz.layout import LAYER_GAP, NODE_GAP, ROW_GAP, layered

COLLAPSE_OVER = 60
"""Networks with more nodes than this open gathered; smaller ones are readable as they are."""
GROUP = "ActionGroup"


def best_row(layer_sizes: list[int], aspect: float = 1.9) -> int:
    """The row length that lets the layered picture fill a screen of `aspect` (width / height) at the largest scale."""

    def scale(row: int) -> float:
        width = min(row, max(layer_sizes, default=1)) * NODE_GAP
        rows = sum(math.ceil(n / row) for n in layer_sizes)
        height = rows * ROW_GAP + max(0, len(layer_sizes) - 1) * (LAYER_GAP - ROW_GAP)
        return min(aspect / width, 1 / height)

    return max(range(6, 49), key=lambda row: (scale(row), -row))


def gathered(data: dict[str, Any], lang: str = "sv") -> dict[str, Any]:
    """A copy of network JSON with the gathered view added (unchanged when the network is small)."""
    nodes, edges = data["nodes"], data["edges"]
    if data.get("layout") != "layered" or len(nodes) <= COLLAPSE_OVER:
        return data
    by_id = {n["id"]: n for n in nodes}
    members: dict[str, list[str]] = {}
    member_sets: dict[str, set[str]] = {}  # the same, for membership tests (lists grow to thousands)
    for e in edges:
        src, dst = by_id.get(e["from"]), by_id.get(e["to"])
        if e["type"] == "CONTRIBUTES_TO" and src and dst and src["type"] == "Action" and dst["type"] == "Goal":
            if src["id"] not in member_sets.setdefault(dst["id"], set()):
                member_sets[dst["id"]].add(src["id"])
                members.setdefault(dst["id"], []).append(src["id"])
    in_groups: dict[str, list[str]] = {}
    new_nodes = [dict(n) for n in nodes]
    new_edges = [dict(e) for e in edges]
    action_level = next((n["level"] for n in nodes if n["type"] == "Action"), 5)
    for goal, acts in members.items():
        gid = f"grp:{goal}"
        for a in acts:
            in_groups.setdefault(a, []).append(gid)
        g = by_id[goal]
        label = t("collapse.group.one", lang) if len(acts) == 1 else t("collapse.group.many", lang, n=len(acts))
        new_nodes.append(
            {
                "id": gid,
                "label": label,
                "name": f"{label}: {g['name']}",
                "type": GROUP,
                "typeName": t("collapse.type", lang),
                "members": acts,
                "groupOf": goal,
                "strategy": g.get("strategy", ""),
                "strategyName": g.get("strategyName", ""),
                "goalAreas": sorted({a for m in acts for a in by_id[m].get("goalAreas", [])}),
                "status": "",
                "actorKind": "",
                "marks": [],
                "markNames": [],
                "details": [],
                "level": action_level,
                "shape": "box",
                "group": g.get("group"),
                "color": {"background": "#FFFFFF", "border": "#4D4D4D"},
                "borderWidth": 2,
                "font": {"size": 16, "color": "#1A1A1A"},
            }
        )
        new_edges.append(
            {
                "id": f"ge:{goal}",
                "from": gid,
                "to": goal,
                "type": "CONTRIBUTES_TO",
                "gathered": True,
                "score": 1,
                "typeName": g.get("typeName", ""),
                "width": min(2 + len(acts), 10),
                "color": {"color": "#4D4D4D"},
                "arrows": "to",
                "rationale": "",
                "basis": "",
            }
        )
    seen: set[tuple[str, str, str]] = set()
    for e in edges:
        if e["type"] in ("RESPONSIBLE_FOR", "PARTICIPATES_IN") and e["to"] in in_groups:
            for gid in in_groups[e["to"]]:
                key = (e["from"], e["type"], gid)
                if key not in seen:
                    seen.add(key)
                    new_edges.append({**e, "id": f"ga{len(seen)}", "to": gid, "gathered": True})
    for n in new_nodes:
        if n["id"] in in_groups:
            n["inGroups"] = in_groups[n["id"]]
    shown = {n["id"]: n["level"] for n in new_nodes if n["id"] not in in_groups}
    links = [(e["from"], e["to"]) for e in new_edges if e["from"] in shown and e["to"] in shown]
    core: dict[int, int] = {}
    for n in new_nodes:
        if n["id"] in shown and n["type"] not in ("Actor", "Indicator"):
            core[n["level"]] = core.get(n["level"], 0) + 1
    max_row = best_row(list(core.values()))
    positions = layered(shown, links, order={n["id"]: i for i, n in enumerate(new_nodes)}, max_row=max_row)
    for n in new_nodes:
        if n["id"] in positions:
            n["cx"], n["cy"] = positions[n["id"]]
    return {**data, "nodes": new_nodes, "edges": new_edges, "collapsible": True}
