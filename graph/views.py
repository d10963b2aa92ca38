"""Subgraphs for the web UI and the report: one dataset version read in one transaction, as plain Python objects.

`DatasetGraph` is the one read model of a dataset (`graph.content.DatasetContent` is what imports, edits and
exports write). Regional datasets are small (hundreds to a few thousand rows), so the views and the report
read the whole current version once per request and `viz/` shapes it (filters, focus, matrices, layout,
the report's sections) without further queries.
What an analysis defines is read with it, never re-derived in `viz/`: the chains (`chains` analysis), the
goal area of each goal (`views/goal_areas`) and the actor network (`analyses/actor_network`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from graph import store
from graph.db import Database
from graph.model import REF
from graph.reference import reference_names, reference_rows
from graph.version_cache import Section, store_of

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


@dataclass(frozen=True)
class ChainPath:
    """One finding of the `chains` analysis: the path from `action` to RUS goal `goal` (action first)."""

    goal: str
    action: str
    path: tuple[str, ...]
    weakest: int

    @classmethod
    def of(cls, finding: Any) -> ChainPath:
        """The path a `chains` finding describes (its subject, its action and weakest score, its related ids)."""
        extra = finding.model_extra or {}
        return cls(finding.subject, str(extra["action"]), tuple(finding.related), int(extra["weakest"]))


@dataclass
class DatasetGraph:
    """The current version of one dataset: rows, relationships, observations and metadata, and the chains,
    goal areas and actor network as the analyses and named queries found them."""

    dataset: str
    key: str
    meta: dict[str, Any]
    nodes: dict[str, Node]
    links: list[Link]
    observations: list[dict[str, Any]]
    chains: list[ChainPath] = field(default_factory=list)
    goal_areas: dict[str, str] = field(default_factory=dict)
    """goal id -> the goal area it sits under (itself for a goal area), from `views/goal_areas`."""
    actor_links: list[tuple[str, str, int]] = field(default_factory=list)
    """(actor, actor, shared actions), each pair once, from `analyses/actor_network`."""
    progress: list[dict[str, Any]] = field(default_factory=list)
    """Progress reports (the progress table), for the follow-up (graph.followup)."""
    # Memo: a version never changes once read, so per-label lists are computed once.
    _by_label: dict[str, tuple[Node, ...]] = field(default_factory=dict, repr=False, compare=False)

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

    def goals_under(self, goal_id: str) -> list[str]:
        """The goal and every goal below it by the imported `parent` column, breadth first."""
        children: dict[str, list[str]] = defaultdict(list)
        for node in self.of_label("Goal"):
            if node.get("parent"):
                children[str(node.get("parent"))].append(node.id)
        out, i = [goal_id], 0
        while i < len(out):
            out.extend(c for c in children.get(out[i], ()) if c not in out)
            i += 1
        return out

    def indicators_of(self, goal_id: str) -> list[str]:
        """Indicators measuring the goal or any goal under it (`goals_under`), sorted by id."""
        under = set(self.goals_under(goal_id))
        return sorted({link.target for link in self.links_of("MEASURED_BY") if link.source in under})

    @cached_property
    def actors_by_action(self) -> dict[str, list[str]]:
        """action id -> the actors responsible for it or taking part in it, in link order."""
        out: dict[str, list[str]] = defaultdict(list)
        for link in self.links_of("RESPONSIBLE_FOR", "PARTICIPATES_IN"):
            out[link.target].append(link.source)
        return dict(out)

    @cached_property
    def contribution_scores(self) -> dict[tuple[str, str], int]:
        """(from, to) -> the strongest `contributes_to` score between them (the diagrams' edge strength)."""
        out: dict[tuple[str, str], int] = {}
        for link in self.links_of("CONTRIBUTES_TO"):
            pair = (link.source, link.target)
            out[pair] = max(out.get(pair, link.score), link.score)
        return out

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


GRAPHS = Section("graphs", max_entries=6, max_weight=80_000)
"""Graphs per (store, dataset, version), weighed by nodes and links (a region 55 times the usual size: about
31,000, some 35 MB as Python objects)."""


def load_graph(db: Database, dataset: str, info: dict[str, Any] | None = None) -> DatasetGraph:
    """Read the current version of `dataset` in one read transaction (DatasetNotFound if absent), or the
    version `info` names (`store.dataset_info`, already read by the caller).

    A version never changes once written (an import writes a new one), so graphs are kept per version
    key: repeated page loads only ask which version is current.
    """
    info = info or store.dataset_info(db, dataset)
    key = info["key"]  # the same version as `info`, even if the dataset is replaced meanwhile
    cache_key = (store_of(db), dataset, key)

    def read() -> DatasetGraph:
        read_graph = _read_graph(db, dataset, key, info)
        _add_findings(db, read_graph)
        return read_graph

    graph: DatasetGraph = GRAPHS.here().get_or_build(
        cache_key, lambda: store.while_version_lives(db, key, read), weight=lambda g: len(g.nodes) + len(g.links)
    )
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
    return DatasetGraph(
        dataset=dataset, key=key, meta=meta, nodes=nodes, links=links, observations=observations, progress=progress
    )


def _add_findings(db: Database, graph: DatasetGraph) -> None:
    """The chains, goal areas and actor network of the version, as the analyses and their queries say."""
    from graph.analyses import run_analysis

    chains = run_analysis(db, graph.dataset, "chains", key=graph.key)
    graph.chains = [ChainPath.of(f) for f in chains.findings]
    graph.goal_areas = {r["goal"]: r["area"] for r in db.read("views/goal_areas", dsv=graph.key)}
    network = db.read("analyses/actor_network", dsv=graph.key)
    graph.actor_links = [
        (r["actor"], n["id"], int(n["shared"])) for r in network for n in r["neighbours"] if r["actor"] < n["id"]
    ]


def _add_references(nodes: dict[str, Node], links: list[Link]) -> None:
    """Add the reference rows the dataset links to, and the SDG goals of the SDG targets it names."""
    by_id = {row["id"]: row for row in reference_rows()[0]}
    names = reference_names()
    wanted = {link.target for link in links if link.target in by_id and link.type in LINK_TYPES}
    for ref_id in sorted(wanted):
        row = by_id[ref_id]
        nodes[ref_id] = Node(
            ref_id,
            "Reference",
            {
                "id": ref_id,
                "kind": row["kind"],
                "name_sv": names[ref_id]["sv"],
                "name_en": names[ref_id]["en"],
                "description": row.get("description", ""),
            },
        )
        if row["kind"] == "sdg_target":
            goal_id = ref_id.split(".", 1)[0]
            if goal_id not in nodes and goal_id in by_id:
                g = by_id[goal_id]
                nodes[goal_id] = Node(
                    goal_id,
                    "Reference",
                    {"id": goal_id, "kind": g["kind"], "name_sv": g["name_sv"], "name_en": g["name_en"]},
                )
            links.append(Link(ref_id, "PART_OF", goal_id, {}))


def findings_for(
    db: Database,
    dataset: str,
    key: str,
    *,
    lang: str = "sv",
    analyses: tuple[str, ...] | None = None,
    kinds: Mapping[str, Collection[str]] | None = None,
) -> list:
    """The analyses' results for one dataset version (each cached per version key and language), in the
    catalogue's order: every analysis, or only `analyses`.

    `kinds` (analysis -> kinds of finding) asks only for those analyses, and of each only those kinds: the
    diagram's marks need a few kinds, and complementarity's silo pairs, which grow with the square of the
    plans per goal and mark nothing, are then never formed.

    Each analysis keeps its findings per version key (graph.analyses.RESULTS), which changes with every
    import, so a replaced dataset's findings are never served.
    """
    from graph.analyses import ANALYSIS_NAMES, run_analysis

    if kinds is not None:
        analyses = tuple(kinds)
    return [
        run_analysis(db, dataset, name, lang=lang, key=key, kinds=None if kinds is None else kinds[name])
        for name in ANALYSIS_NAMES
        if analyses is None or name in analyses
    ]


def load_with_findings(
    db: Database, dataset: str, *, lang: str = "sv", analyses: tuple[str, ...] | None = None
) -> tuple[DatasetGraph, list]:
    """The dataset graph and the analyses' results (all, or only `analyses`) for its current version."""
    graph = load_graph(db, dataset)
    return graph, findings_for(db, dataset, graph.key, lang=lang, analyses=analyses)
