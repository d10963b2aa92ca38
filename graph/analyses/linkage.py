"""The linkage graph of one dataset version, fetched once per version, and the shared helpers.

Every analysis works on the same few facts: the rows, the contributes_to links, who leads and takes
part in which action, which indicator follows up what. They are fetched by the named queries in
`cypher/analyses/` (one query per fact, each using the per-label `dsv` index) and then combined here.

"Reaches" (spec/analyses.md): a path of `contributes_to` links with positive scores through any number of
goals of any strategy; reference rows (`sdg:`, `nat:`) are goals too. Reachability is a breadth-first
search over the positive links, memoised per start row: linear in the links it visits, and cycles in
the data neither hang it nor repeat anything (each row is visited once per search).
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict, defaultdict, deque
from functools import cached_property
from typing import Any

from graph.analyses import AnalysisContext
from graph.reference import municipalities_of_county, reference_names

INACTIVE_STATUSES = frozenset({"completed", "paused", "cancelled"})
"""Statuses of actions that no longer (or do not yet again) move a goal; other statuses count as active."""

COVERED_LEVELS = frozenset({"goal", "target"})
"""RUS goal levels that must have actions and alignment of their own (goal areas only when childless)."""


class Facts:
    """The facts of one dataset version, fetched in one read transaction, and what is derived from them.

    A version never changes once readers follow it (an import writes a new version under a new key),
    so facts are kept per version key (see `facts_for`): `analyse all`, the report and the UI then fetch
    and compute reachability once, not once per analysis.
    """

    def __init__(self, raw: dict[str, list[dict[str, Any]]]) -> None:
        self._raw = raw
        self._reach: dict[str, frozenset[str]] = {}

    def _read(self, name: str) -> list[dict[str, Any]]:
        return self._raw[name]

    # -- rows ------------------------------------------------------------

    @cached_property
    def rows(self) -> dict[str, dict[str, Any]]:
        """id -> row (label, name, strategy, level, parent, status, areas, kind, ...)."""
        rows = {}
        for row in self._read("analyses/rows"):
            if row["label"] == "Goal":
                row["level"] = row["level"] or "goal"
            row["areas"] = [str(a).removeprefix("area:") for a in (row["areas"] or [])]
            rows[row["id"]] = row
        return rows

    def ids(self, label: str) -> list[str]:
        """Ids of the rows with `label`, in import order."""
        return sorted((r["id"] for r in self.rows.values() if r["label"] == label),
                      key=lambda i: (self.rows[i]["seq"] if self.rows[i]["seq"] is not None else 0, i))

    @cached_property
    def actions(self) -> list[str]:
        return self.ids("Action")

    @cached_property
    def rus(self) -> dict[str, Any] | None:
        """The dataset's strategy of kind `rus` (exactly one in a valid dataset)."""
        found = [r for r in self.rows.values() if r["label"] == "Strategy" and r["kind"] == "rus"]
        return sorted(found, key=lambda r: r["id"])[0] if found else None

    @cached_property
    def rus_goals(self) -> list[str]:
        """Goals of the RUS, in import order."""
        rus = self.rus["id"] if self.rus else None
        return [g for g in self.ids("Goal") if self.rows[g]["strategy"] == rus]

    @cached_property
    def rus_goal_set(self) -> frozenset[str]:
        return frozenset(self.rus_goals)

    @cached_property
    def children(self) -> dict[str, list[str]]:
        """goal id -> ids of the goals directly under it (goals.parent)."""
        out: dict[str, list[str]] = defaultdict(list)
        for g in self.ids("Goal"):
            parent = self.rows[g]["parent"]
            if parent:
                out[parent].append(g)
        return out

    def descendants(self, goal: str) -> list[str]:
        """The goal and every goal under it (the parent column has no cycles, but stay safe)."""
        seen, queue = [goal], deque([goal])
        while queue:
            for child in self.children.get(queue.popleft(), []):
                if child not in seen:
                    seen.append(child)
                    queue.append(child)
        return seen

    def covered_goals(self) -> list[str]:
        """RUS goals of level goal or target, and goal areas without goals under them."""
        return [g for g in self.rus_goals if self.rows[g]["level"] in COVERED_LEVELS
                or (self.rows[g]["level"] == "goal_area" and not self.children.get(g))]

    def goal_area(self, goal: str) -> str | None:
        """The nearest goal (itself included) of level goal_area above a goal, following goals.parent."""
        seen: set[str] = set()
        current: str | None = goal
        while current and current in self.rows and current not in seen:
            if self.rows[current].get("level") == "goal_area":
                return current
            seen.add(current)
            current = self.rows[current].get("parent")
        return None

    def plan_of(self, action: str) -> str:
        """The strategy (plan, or the RUS itself) an action belongs to."""
        return self.rows[action]["strategy"]

    def is_active(self, action: str) -> bool:
        return self.rows[action].get("status") not in INACTIVE_STATUSES

    def county(self) -> str | None:
        """The RUS's county code ('22'), from the strategy's `area` column."""
        area = (self.rus or {}).get("area")
        return str(area).removeprefix("area:") if area else None

    def county_municipalities(self) -> list[str]:
        county = self.county()
        return municipalities_of_county(county) if county else []

    # -- contributes_to and reachability ---------------------------------

    @cached_property
    def contributions(self) -> list[dict[str, Any]]:
        """Every contributes_to link: {source, target, score, seq}, in import order."""
        return sorted(self._read("analyses/contributions"), key=lambda r: (r["seq"] or 0, r["source"], r["target"]))

    @cached_property
    def outgoing(self) -> dict[str, list[dict[str, Any]]]:
        """source id -> its contributes_to links (any score)."""
        out: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for link in self.contributions:
            out[link["source"]].append(link)
        return out

    @cached_property
    def positive(self) -> dict[str, dict[str, int]]:
        """source -> {target: strongest positive score}: the links that 'reach' follows."""
        out: dict[str, dict[str, int]] = defaultdict(dict)
        for link in self.contributions:
            if link["score"] > 0:
                out[link["source"]][link["target"]] = max(link["score"], out[link["source"]].get(link["target"], 0))
        return out

    def reaches(self, start: str) -> frozenset[str]:
        """Every row reached from `start` over positive contributes_to links (itself only through a cycle)."""
        found = self._reach.get(start)
        if found is None:
            seen: set[str] = set()
            queue = deque(self.positive.get(start, {}))
            seen.update(queue)
            while queue:
                for nxt in self.positive.get(queue.popleft(), {}):
                    if nxt not in seen:
                        seen.add(nxt)
                        queue.append(nxt)
            found = self._reach[start] = frozenset(seen)
        return found

    def rus_reached(self, start: str) -> frozenset[str]:
        """The RUS goals reached from `start`."""
        return self.reaches(start) & self.rus_goal_set

    @cached_property
    def actions_reaching(self) -> dict[str, list[str]]:
        """RUS goal -> the actions that reach it, in import order."""
        out: dict[str, list[str]] = defaultdict(list)
        for action in self.actions:
            for goal in self.rus_reached(action):
                out[goal].append(action)
        return out

    def actions_in_goal_area(self) -> dict[str, list[str]]:
        """RUS goal area -> actions reaching any RUS goal in it (the area itself included), import order."""
        out: dict[str, list[str]] = defaultdict(list)
        for action in self.actions:
            areas = {self.goal_area(g) for g in self.rus_reached(action)}
            for area in sorted(a for a in areas if a):
                out[area].append(action)
        return out

    # -- other links -----------------------------------------------------

    @cached_property
    def interactions(self) -> list[dict[str, Any]]:
        """Every interacts_with link: {source, target, score, seq}, in import order."""
        return sorted(self._read("analyses/interactions"), key=lambda r: (r["seq"] or 0, r["source"], r["target"]))

    @cached_property
    def _actor_links(self) -> list[dict[str, Any]]:
        return self._read("analyses/actor_links")

    @cached_property
    def leads(self) -> dict[str, set[str]]:
        """action -> the actors responsible for it."""
        out: dict[str, set[str]] = defaultdict(set)
        for link in self._actor_links:
            if link["role"] == "responsible":
                out[link["action"]].add(link["actor"])
        return out

    @cached_property
    def involved(self) -> dict[str, set[str]]:
        """action -> the actors responsible for it or taking part in it."""
        out: dict[str, set[str]] = defaultdict(set)
        for link in self._actor_links:
            out[link["action"]].add(link["actor"])
        return out

    @cached_property
    def measured_by(self) -> dict[str, set[str]]:
        """goal or action -> the indicators that follow it up."""
        out: dict[str, set[str]] = defaultdict(set)
        for link in self._read("analyses/measures"):
            out[link["source"]].add(link["indicator"])
        return out

    def indicators_of(self, goal: str) -> list[str]:
        """Indicators measuring a goal or any goal under it, sorted by id."""
        return sorted({i for g in self.descendants(goal) for i in self.measured_by.get(g, ())})

    @cached_property
    def indicator_data(self) -> dict[str, dict[str, Any]]:
        """indicator -> {observations: n, latest: [{period, value}, ...] newest first (whole area, gender T)}."""
        return {r["indicator"]: r for r in self._read("analyses/indicator_data")}


QUERIES = ("analyses/rows", "analyses/contributions", "analyses/interactions", "analyses/actor_links",
           "analyses/measures", "analyses/indicator_data")
"""The named queries whose answers make up the facts of a version."""

_CACHE: OrderedDict[tuple[int, str], Facts] = OrderedDict()
_CACHE_SIZE = 8
_LOCK = threading.Lock()


def facts_for(db: Any, key: str) -> Facts:
    """The facts of the dataset version `key`, fetched once in one read transaction and then kept
    (least recently used first out) — safe because a version's rows never change."""
    cache_key = (id(db), key)
    with _LOCK:
        facts = _CACHE.get(cache_key)
        if facts is not None:
            _CACHE.move_to_end(cache_key)
            return facts

    def work(tx: Any) -> dict[str, list[dict[str, Any]]]:
        return {name: tx.run(db.text(name), {"dsv": key}).data() for name in QUERIES}

    facts = Facts(db.run_in_tx(work, read=True, label="analyses/facts"))
    with _LOCK:
        _CACHE[cache_key] = facts
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return facts


class Linkage:
    """What one analysis run works with: the version's facts (attributes are looked up there) and the
    language its explanations are written in."""

    def __init__(self, ctx: AnalysisContext) -> None:
        self.ctx = ctx
        self.lang = ctx.lang
        self.facts = facts_for(ctx.db, ctx.key)

    def __getattr__(self, name: str) -> Any:
        # Only called for names Linkage itself lacks: the facts' rows, links and reachability.
        return getattr(self.facts, name)

    # -- names for explanations -----------------------------------------

    def title(self, row_id: str) -> str:
        """A row's name (or a reference row's name in the language), falling back to its id."""
        row = self.rows.get(row_id)
        if row and row.get("name"):
            return str(row["name"])
        ref = reference_names().get(row_id)
        if ref:
            return ref["en" if self.lang == "en" else "sv"]
        return row_id

    def q(self, row_id: str) -> str:
        """A row's name in quotation marks, as the explanations show it."""
        return f"\u201d{self.title(row_id)}\u201d" if self.lang != "en" else f"\u201c{self.title(row_id)}\u201d"

    def qlist(self, row_ids: list[str]) -> str:
        """Quoted names joined as a plain list ('A, B och C' / 'A, B and C')."""
        return join_words([self.q(i) for i in row_ids], self.lang)





def join_words(words: list[str], lang: str, last: str = "and") -> str:
    """'a, b and c' (or 'a, b or c'), in Swedish 'a, b och c' / 'a, b eller c'."""
    if len(words) <= 1:
        return "".join(words)
    word = {"and": "och", "or": "eller"}[last] if lang != "en" else last
    return ", ".join(words[:-1]) + f" {word} " + words[-1]


def severity_of_score(score: int) -> str:
    """−3/+3 high, −2/+2 medium, −1/+1 (and 0) low."""
    return {3: "high", 2: "medium"}.get(abs(int(score)), "low")


def natural_key(value: str) -> list:
    """Sort 'sdg:8.2' before 'sdg:10' and 'A-2' before 'A-10'."""
    return [int(part) if part.isdigit() else part for part in re.split(r"(\d+)", value)]
