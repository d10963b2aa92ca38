"""Subgraphs for the web UI: one dataset version read in one transaction, as plain Python objects.

Regional datasets are small (hundreds to a few thousand rows), so the views read the whole current
version once per request and `viz/` shapes it (filters, focus, matrices, layout) without further queries.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from graph import store
from graph.db import Database
from graph.model import REF
from graph.reference import reference_names, reference_rows

LINK_TYPES = ("CONTRIBUTES_TO", "INTERACTS_WITH", "MEASURED_BY", "RESPONSIBLE_FOR", "PARTICIPATES_IN")
"""Relationship types that come from the workbook's links table."""


@dataclass
class Node:
    """One row of the dataset (or a bundled reference row it links to)."""

    id: str
    label: str  # Strategy, Goal, Action, Indicator, Actor, Reference
    props: dict[str, Any]

    @property
    def name(self) -> str:
        return str(self.props.get("name") or self.props.get("name_sv") or self.id)

    def get(self, key: str, default: Any = None) -> Any:
        return self.props.get(key, default)


@dataclass
class Link:
    source: str
    type: str  # relationship type, e.g. CONTRIBUTES_TO
    target: str
    props: dict[str, Any] = field(default_factory=dict)

    @property
    def score(self) -> int:
        return int(self.props.get("score", 1) if self.props.get("score") is not None else 1)


@dataclass
class DatasetGraph:
    """The current version of one dataset: rows, relationships, observations and metadata."""

    dataset: str
    key: str
    meta: dict[str, Any]
    nodes: dict[str, Node]
    links: list[Link]
    observations: list[dict[str, Any]]
    progress: list[dict[str, Any]] = field(default_factory=list)
    """Progress reports (the progress table), for the follow-up (graph.followup)."""
    # Memos: a version never changes once read, so per-label lists and goal areas are computed once.
    _by_label: dict[str, tuple[Node, ...]] = field(default_factory=dict, repr=False, compare=False)
    _goal_areas: dict[str, str | None] = field(default_factory=dict, repr=False, compare=False)

    @property
    def illustrative(self) -> bool:
        return bool(self.meta.get("illustrative"))

    def of_label(self, label: str) -> list[Node]:
        """Rows of one label in import order (sorted once per label; views ask for them per node)."""
        if not self._by_label:
            grouped: dict[str, list[Node]] = defaultdict(list)
            for n in self.nodes.values():
                grouped[n.label].append(n)
            self._by_label.update({k: tuple(sorted(v, key=lambda n: n.get("seq", 0))) for k, v in grouped.items()})
        return list(self._by_label.get(label, ()))

    def links_of(self, *types: str) -> list[Link]:
        return [link for link in self.links if link.type in types]

    @cached_property
    def rus(self) -> Node | None:
        """The dataset's one strategy of kind `rus` (found once: layouts ask for it per node)."""
        return next((n for n in self.of_label("Strategy") if n.get("kind") == "rus"), None)

    def rus_goals(self) -> list[Node]:
        rus = self.rus
        return [g for g in self.of_label("Goal") if rus is not None and g.get("strategy") == rus.id]

    def plans(self) -> list[Node]:
        """Strategies other than the RUS that hold goals or actions (thematic plans first)."""
        rus = self.rus
        rus_id = rus.id if rus else None
        kinds = {"plan": 0, "municipal": 1, "national": 2, "international": 3}
        plans = [s for s in self.of_label("Strategy") if s.id != rus_id]
        return sorted(plans, key=lambda s: (kinds.get(str(s.get("kind")), 4), s.get("seq", 0)))

    def goal_area_of(self, goal_id: str) -> str | None:
        """The goal area (level `goal_area`) a goal sits under, following `parent`; itself if it is one."""
        if goal_id in self._goal_areas:
            return self._goal_areas[goal_id]
        self._goal_areas[goal_id] = found = self._walk_to_goal_area(goal_id)
        return found

    def _walk_to_goal_area(self, goal_id: str) -> str | None:
        seen: set[str] = set()
        current = self.nodes.get(goal_id)
        while current is not None and current.id not in seen:
            seen.add(current.id)
            if current.get("level") == "goal_area":
                return current.id
            parent = current.get("parent")
            current = self.nodes.get(parent) if parent else None
        return None

    def adjacency(self) -> tuple[dict[str, list[Link]], dict[str, list[Link]]]:
        """(outgoing, incoming) links per node id."""
        out: dict[str, list[Link]] = defaultdict(list)
        inc: dict[str, list[Link]] = defaultdict(list)
        for link in self.links:
            out[link.source].append(link)
            inc[link.target].append(link)
        return out, inc

    def extra(self, node: Node) -> dict[str, Any]:
        """The unknown columns kept with a row."""
        raw = node.get("extra_json")
        return json.loads(raw) if raw else {}


_GRAPH_CACHE: dict[str, DatasetGraph] = {}
_GRAPH_CACHE_SIZE = 6


def load_graph(db: Database, dataset: str) -> DatasetGraph:
    """Read the current version of `dataset` in one read transaction (DatasetNotFound if absent).

    A version never changes once written (an import writes a new one), so graphs are kept per version
    key: repeated page loads only ask which version is current.
    """
    info = store.dataset_info(db, dataset)
    key = info["key"]  # the same version as `info`, even if the dataset is replaced meanwhile
    if key in _GRAPH_CACHE:
        return _GRAPH_CACHE[key]
    graph = _read_graph(db, dataset, key, info)
    if len(_GRAPH_CACHE) >= _GRAPH_CACHE_SIZE:
        _GRAPH_CACHE.pop(next(iter(_GRAPH_CACHE)))
    _GRAPH_CACHE[key] = graph
    return graph


def _read_graph(db: Database, dataset: str, key: str, info: dict[str, Any]) -> DatasetGraph:

    def work(tx):
        nodes = tx.run(db.text("views/nodes"), {"dsv": key}).single()["nodes"]
        links = tx.run(db.text("views/links"), {"dsv": key, "ref": REF}).single()["links"]
        observations = [r.data() for r in tx.run(db.text("views/observations"), {"dsv": key})]
        progress = [r.data() for r in tx.run(db.text("views/progress"), {"dsv": key})]
        return nodes, links, observations, progress

    node_rows, link_rows, observations, progress = db.run_in_tx(work, read=True, label="views/graph")
    node_rows.sort(key=lambda r: (r["label"], r["props"].get("seq", 0)))
    nodes = {row["props"]["id"]: Node(row["props"]["id"], row["label"], dict(row["props"])) for row in node_rows}
    links = [Link(r["source"], r["type"], r["target"], dict(r["props"] or {})) for r in link_rows]
    links.sort(key=lambda lk: (lk.props.get("seq", -1), lk.source, lk.type, lk.target))
    _add_references(nodes, links)
    meta = {k: v for k, v in (info.get("meta") or {}).items() if k in ("description", "illustrative", "source")}
    meta["imported_at"] = info.get("imported_at")
    return DatasetGraph(dataset=dataset, key=key, meta=meta, nodes=nodes, links=links, observations=observations,
                        progress=progress)


def _add_references(nodes: dict[str, Node], links: list[Link]) -> None:
    """Add the reference rows the dataset links to, and the SDG goals of the SDG targets it names."""
    by_id = {row["id"]: row for row in reference_rows()[0]}
    names = reference_names()
    wanted = {link.target for link in links if link.target in by_id and link.type in LINK_TYPES}
    for ref_id in sorted(wanted):
        row = by_id[ref_id]
        nodes[ref_id] = Node(ref_id, "Reference", {"id": ref_id, "kind": row["kind"], "name_sv": names[ref_id]["sv"],
                                                   "name_en": names[ref_id]["en"],
                                                   "description": row.get("description", "")})
        if row["kind"] == "sdg_target":
            goal_id = ref_id.split(".", 1)[0]
            if goal_id not in nodes and goal_id in by_id:
                g = by_id[goal_id]
                nodes[goal_id] = Node(goal_id, "Reference", {"id": goal_id, "kind": g["kind"], "name_sv": g["name_sv"],
                                                             "name_en": g["name_en"]})
            links.append(Link(ref_id, "PART_OF", goal_id, {}))


_FINDINGS_CACHE: dict[tuple[str, str], list] = {}
_FINDINGS_CACHE_SIZE = 16


def findings_for(db: Database, dataset: str, key: str, *, lang: str = "sv") -> list:
    """Every analysis's result for one dataset version (cached per version key and language).

    The cache is keyed by the version key, which changes with every import, so it never serves findings
    of a replaced dataset. Analyses whose module is not installed are left out rather than failing a page.
    """
    from graph.analyses import ANALYSIS_NAMES, run_analysis

    cache_key = (key, lang)
    if cache_key in _FINDINGS_CACHE:
        return _FINDINGS_CACHE[cache_key]
    results = []
    for name in ANALYSIS_NAMES:
        try:
            results.append(run_analysis(db, dataset, name, lang=lang))
        except ModuleNotFoundError as e:
            if e.name != f"graph.analyses.{name}":
                raise
    if len(_FINDINGS_CACHE) >= _FINDINGS_CACHE_SIZE:
        _FINDINGS_CACHE.pop(next(iter(_FINDINGS_CACHE)))
    _FINDINGS_CACHE[cache_key] = results
    return results


def load_with_findings(db: Database, dataset: str, *, lang: str = "sv") -> tuple[DatasetGraph, list]:
    """The dataset graph and every analysis's result for its current version."""
    graph = load_graph(db, dataset)
    return graph, findings_for(db, dataset, graph.key, lang=lang)
