"""The overview's aggregation: the analyses' chains summed into bands plans → plan goals → RUS goals → references.

Nothing here follows a link of the graph: which action reaches which RUS goal, and along which path, comes
from the `chains` findings; negative contributions from the `conflicts` findings of kind
`action_against_goal`; RUS goals that no action reaches from `uncovered_goals`; the national strategy and
Agenda 2030 from `alignment`. The graph only gives names, the plan an action or goal belongs to and the order
of the RUS goals.

A band's width is the number of distinct actions behind it; one action that reaches two RUS goals through
the same plan goal counts once in plan → plan goal and once in each plan goal → RUS goal band.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from graph.analyses.linkage import natural_key
from graph.views import DatasetGraph

PLAN, MID, RUS, REF = 0, 1, 2, 3
"""The columns, left to right: plans, plan goals, RUS goals, references (national strategy, Agenda 2030)."""


@dataclass
class FlowNode:
    """One box of the overview; `members` are the dataset rows it stands for (more than one when grouped)."""

    id: str
    column: int
    members: list[str]
    plan: str | None = None  # the strategy whose colour it takes
    kind: str = "goal"  # plan, goal, direct (actions linked straight to RUS goals), group, rus, reference
    order: float = 0.0  # position in its column, top first
    merged: int = 1  # how many boxes a group stands for


@dataclass
class FlowBand:
    """Actions flowing from one box to the next; `negative` bands carry the negative contributions."""

    source: str
    target: str
    negative: bool
    actions: set[str] = field(default_factory=set)
    findings: list = field(default_factory=list)  # the findings (chains, conflicts, alignment) behind the band

    @property
    def key(self) -> tuple[str, str, bool]:
        return (self.source, self.target, self.negative)


@dataclass
class FlowModel:
    """Boxes and bands before layout, plus the counts the title reports."""

    nodes: dict[str, FlowNode]
    bands: dict[tuple[str, str, bool], FlowBand]
    reaching_actions: set[str]  # actions that reach at least one RUS goal
    negative: list  # the action_against_goal findings
    uncovered: set[str]  # RUS goals no action reaches
    negative_goals: set[str]  # goals (plan or RUS) that receive a negative contribution

    def column(self, col: int) -> list[FlowNode]:
        return sorted((n for n in self.nodes.values() if n.column == col), key=lambda n: n.order)


FLOW_ANALYSES = ("chains", "conflicts", "uncovered_goals", "alignment")
"""The analyses the overview sums up (`aggregate` reads nothing else): the flow page runs only these."""


def _findings(results: list, name: str) -> list:
    return next((list(r.findings) for r in results if r.analysis == name), [])


def ref_group(ref_id: str) -> str:
    """The reference box a reference id is shown in: an SDG target under its goal, others as they are."""
    return ref_id.split(".", 1)[0] if ref_id.startswith("sdg:") else ref_id


def aggregate(graph: DatasetGraph, results: list) -> FlowModel:
    """Sum the analyses' findings into the overview's boxes and bands."""
    rus = graph.rus
    rus_id = rus.id if rus else ""
    rus_goals = [g.id for g in graph.rus_goals()]
    rus_set = set(rus_goals)
    nodes: dict[str, FlowNode] = {}
    bands: dict[tuple[str, str, bool], FlowBand] = {}

    def node(nid: str, column: int, *, plan: str | None = None, kind: str = "goal") -> str:
        if nid not in nodes:
            nodes[nid] = FlowNode(nid, column, [nid] if kind != "direct" else [], plan=plan, kind=kind)
        return nid

    def band(src: str, dst: str, negative: bool, action: str | None, finding) -> None:
        b = bands.setdefault((src, dst, negative), FlowBand(src, dst, negative))
        if action:
            b.actions.add(action)
        if finding is not None and all(f is not finding for f in b.findings):
            b.findings.append(finding)

    def plan_of(row_id: str) -> str:
        row = graph.nodes.get(row_id)
        return str(row.get("strategy") or rus_id) if row is not None else rus_id

    def plan_node(action: str) -> str:
        plan = plan_of(action)
        return node(plan, PLAN, plan=plan, kind="plan")

    def mid_node(action: str, goal: str) -> str:
        """The plan-goal box an action's contribution passes: its goal, or its plan's 'directly' box."""
        if goal in rus_set:
            plan = plan_of(action)
            direct = node(f"{plan}:direct", MID, plan=plan, kind="direct")
            if action not in nodes[direct].members:
                nodes[direct].members.append(action)
            return direct
        return node(goal, MID, plan=plan_of(goal))

    reached_through: dict[str, set[str]] = defaultdict(set)  # a goal -> the RUS goals chains pass it on to
    actions_of_rus: dict[str, set[str]] = defaultdict(set)
    chains_of_rus: dict[str, list] = defaultdict(list)
    reaching: set[str] = set()
    for f in _findings(results, "chains"):
        path = list(f.related)
        if len(path) < 2 or f.subject not in rus_set:
            continue
        action, goal = path[0], f.subject
        reaching.add(action)
        for step in path[1:-1]:
            reached_through[step].add(goal)
        mid = mid_node(action, path[1])
        band(plan_node(action), mid, False, action, f)
        band(mid, node(goal, RUS, plan=rus_id, kind="rus"), False, action, f)
        actions_of_rus[goal].add(action)
        chains_of_rus[goal].append(f)

    negative = [f for f in _findings(results, "conflicts") if f.kind == "action_against_goal" and f.related]
    negative_goals: set[str] = set()
    for f in negative:
        action, goal = f.subject, f.related[0]
        if goal not in graph.nodes or graph.nodes[goal].label != "Goal":
            continue
        negative_goals.add(goal)
        mid = mid_node(action, goal)
        band(plan_node(action), mid, True, action, f)
        harmed = {goal} if goal in rus_set else reached_through.get(goal, set())
        for target in sorted(harmed, key=natural_key):
            band(mid, node(target, RUS, plan=rus_id, kind="rus"), True, action, f)

    uncovered = {f.subject for f in _findings(results, "uncovered_goals") if f.kind == "no_action"}
    for goal in rus_goals:
        if goal in uncovered:
            node(goal, RUS, plan=rus_id, kind="rus")

    for f in _findings(results, "alignment"):
        if f.kind not in ("national", "sdg") or f.subject not in nodes:
            continue
        for ref in dict.fromkeys(ref_group(r) for r in f.related):
            if ref not in graph.nodes:
                continue
            target = node(ref, REF, kind="reference")
            for action in actions_of_rus[f.subject]:
                band(f.subject, target, False, action, None)
            band(f.subject, target, False, None, f)
            for chain in chains_of_rus[f.subject]:
                band(f.subject, target, False, None, chain)

    rank = {g: i for i, g in enumerate(rus_goals)}
    for n in nodes.values():
        if n.column == RUS:
            n.order = rank.get(n.id, len(rank))
    return FlowModel(
        nodes=nodes,
        bands=bands,
        reaching_actions=reaching,
        negative=negative,
        uncovered=uncovered,
        negative_goals=negative_goals,
    )


def node_value(model: FlowModel, node_id: str) -> tuple[int, int]:
    """(positive, negative) actions through a box: the larger of what flows in and what flows out."""
    pos_in: set[str] = set()
    pos_out: set[str] = set()
    neg_in: set[str] = set()
    neg_out: set[str] = set()
    for b in model.bands.values():
        if b.target == node_id:
            (neg_in if b.negative else pos_in).update(b.actions)
        if b.source == node_id:
            (neg_out if b.negative else pos_out).update(b.actions)
    return max(len(pos_in), len(pos_out)), max(len(neg_in), len(neg_out))


def merge_column(model: FlowModel, column: int, capacity: int, group_of) -> None:
    """Group the boxes of a column until at most `capacity` remain: the largest group (by `group_of`) first.

    A grouped box stands for all its members; bands into and out of it are the unions of the grouped ones',
    so widths stay distinct action counts.
    """
    while len(model.column(column)) > capacity:
        groups: dict[str, list[FlowNode]] = defaultdict(list)
        for n in model.column(column):
            if n.kind != "group":
                groups[group_of(n)].append(n)
        candidates = [(len(v), k) for k, v in groups.items() if len(v) > 1]
        if not candidates:
            return
        _, key = max(candidates, key=lambda c: (c[0], c[1]))
        members = groups[key]
        gid = f"{key}:group"
        merged = FlowNode(
            gid,
            column,
            [m for n in members for m in n.members],
            plan=members[0].plan,
            kind="group",
            merged=sum(n.merged for n in members),
        )
        ids = {n.id for n in members}
        model.nodes = {k: v for k, v in model.nodes.items() if k not in ids}
        model.nodes[gid] = merged
        merged.order = min(n.order for n in members)
        rebuilt: dict[tuple[str, str, bool], FlowBand] = {}
        for b in model.bands.values():
            src = gid if b.source in ids else b.source
            dst = gid if b.target in ids else b.target
            nb = rebuilt.setdefault((src, dst, b.negative), FlowBand(src, dst, b.negative))
            nb.actions |= b.actions
            nb.findings.extend(f for f in b.findings if all(f is not g for g in nb.findings))
        model.bands = rebuilt
