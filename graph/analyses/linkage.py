"""What every analysis shares: its named queries, run once per dataset version, and the names and
helpers its explanations use.

The substance of each analysis is named Cypher in `cypher/analyses/` (each file's header says which
definition of spec/analyses.md it implements); Python keeps options, severities, explanations and order.
"Reaches" (spec/analyses.md) — a path of `contributes_to` links with positive scores through any number
of goals of any strategy — is a quantified path pattern with a shortest-path selector in those queries:
breadth first and cycle-safe, never an enumeration of every path (chains list every equally short one).
"""

from __future__ import annotations

import re
import threading
from functools import cached_property
from typing import Any

from graph.analyses.base import AnalysisContext
from graph.reference import reference_names
from graph.version_cache import Section, store_of

INACTIVE_STATUSES = frozenset({"completed", "paused", "cancelled"})
"""Statuses of actions that no longer (or do not yet again) move a goal; other statuses count as active."""

_LOCK = threading.Lock()

ANSWERS = Section("analysis queries", max_entries=256, max_weight=100_000)
"""Query answers per (store, dataset, version, query, parameters), weighed by rows."""
NAMES = Section("analysis names", max_entries=8, max_weight=2_000_000)
"""id -> name per (store, dataset, version), weighed (when made) by nothing: it grows as it is filled, and is
bounded by the rows of one version."""


def _strings(value: Any, out: set[str]) -> set[str]:
    """Every string in a query answer's values (ids, lists of ids, maps with ids), to name them."""
    if isinstance(value, str):
        out.add(value)
    elif isinstance(value, (list, tuple)):
        for item in value:
            _strings(item, out)
    elif isinstance(value, dict):
        for item in value.values():
            _strings(item, out)
    return out


def _names_of(ctx: AnalysisContext) -> dict[str, Any]:
    """id -> name of the rows of the context's version named so far (kept per version, LRU)."""
    version = (store_of(ctx.db), ctx.dataset, ctx.key)
    kept = NAMES.here()
    with _LOCK:
        names = kept.get(version)
        if names is None:
            names = {}
            kept.put(version, names)
        return names


def query(ctx: AnalysisContext, name: str, **params: Any) -> list[dict[str, Any]]:
    """The rows of the named query `name` for the context's dataset version (`$dsv`), kept per version
    and parameters (least recently used first out) — safe because a version's rows never change. The
    names of the rows the answer mentions are fetched with it (see `Linkage.title`)."""
    frozen = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in params.items()))
    cache_key = (store_of(ctx.db), ctx.dataset, ctx.key, name, frozen)
    answers = ANSWERS.here()
    rows = answers.get(cache_key)
    if rows is not None:
        return rows
    rows = ctx.db.read(name, dsv=ctx.key, **params)
    names = _names_of(ctx)
    with _LOCK:
        unknown = sorted(_strings([list(r.values()) for r in rows], set()) - names.keys())
    if unknown:
        found = {r["id"]: r["name"] for r in ctx.db.read("analyses/names", dsv=ctx.key, ids=unknown)}
        with _LOCK:
            names.update({i: found.get(i) for i in unknown})
    answers.put(cache_key, rows, weight=len(rows) + 1)
    return rows


def forget() -> None:
    """Drop every kept query answer and name in the current owner's caches (the benchmark times analyses
    from scratch)."""
    ANSWERS.here().clear()
    NAMES.here().clear()


class Linkage:
    """What one analysis run works with: its named queries (run through `query`, kept per version), the
    names of the rows they mention, and the language explanations are written in."""

    def __init__(self, ctx: AnalysisContext) -> None:
        self.ctx = ctx
        self.lang = ctx.lang
        self._quoted: dict[str, str] = {}
        """Quoted names already looked up in this run: findings that are pairs (silos) name the same rows
        thousands of times, and each lookup takes the names cache's lock."""

    def read(self, name: str, **params: Any) -> list[dict[str, Any]]:
        """Rows of the named query `name` for this dataset version."""
        return query(self.ctx, name, **params)

    @cached_property
    def rus_goals(self) -> list[str]:
        """Goals of the RUS, in import order."""
        return [r["id"] for r in self.read("analyses/rus_goals")]

    # -- names for explanations -----------------------------------------

    def title(self, row_id: str) -> str:
        """A row's name (or a reference row's name in the language), falling back to its id."""
        name = _names_of(self.ctx).get(row_id)
        if name:
            return str(name)
        ref = reference_names().get(row_id)
        if ref:
            return ref["en" if self.lang == "en" else "sv"]
        return row_id

    def q(self, row_id: str) -> str:
        """A row's name in quotation marks, as the explanations show it."""
        quoted = self._quoted.get(row_id)
        if quoted is None:
            title = self.title(row_id)
            quoted = self._quoted[row_id] = f"\u201d{title}\u201d" if self.lang != "en" else f"\u201c{title}\u201d"
        return quoted

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
