"""The national overview: every loaded region's RUS side by side, drawn from each region's analyses.

What a national agency compares across the 21 regions on one screen:

- **alignment**: per region, how many of its RUS goals reach each area of the national strategy (nat:…)
  and each Agenda 2030 goal (a target sdg:8.2 counts under its goal sdg:8) — the `alignment` findings
  `national` and `sdg`, counted; `unaligned` findings counted beside them;
- **shared conflicts**: goal conflicts between two RUS goals (`conflicts` findings `declared` and
  `trade_off`), each goal replaced by the national areas and Agenda 2030 goals it reaches (from the same
  `alignment` findings); a pair of areas in conflict in two or more regions is shared;
- **common Kolada indicators**: the Kolada KPI ids the regions' indicators follow, and how many regions
  follow each.

Nothing is derived from the graph here that an analysis already finds: the findings are read through
`run_analysis` (kept per dataset version), and the whole overview is kept per set of versions.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from graph import store
from graph.analyses import run_analysis
from graph.db import Database
from graph.reference import reference_names
from graph.version_cache import Section, carried, store_of

NATIONAL_AREAS = ("nat:1", "nat:2", "nat:3", "nat:4", "nat:F1", "nat:F2", "nat:F3")
SDG_GOALS = tuple(f"sdg:{n}" for n in range(1, 18))
COLUMNS = NATIONAL_AREAS + SDG_GOALS
"""The matrix's columns: the national strategy's four strategic areas and three prerequisites, then the 17
Agenda 2030 goals."""

CONFLICT_KINDS = ("declared", "trade_off")
"""Conflict findings between two goals (subject and related, or the two related RUS goals)."""

SHOWN_CONFLICTS = 12
SHOWN_INDICATORS = 15
THREADS = 4
"""Regions analysed at once on a first request: mostly waiting on Neo4j round trips, so more than the cores."""


def column_of(ref: str) -> str | None:
    """The matrix column a reference counts under: an Agenda 2030 target under its goal, nat: as it is."""
    if ref.startswith("sdg:"):
        return "sdg:" + ref[4:].split(".", 1)[0]
    return ref if ref in NATIONAL_AREAS else None


@dataclass
class Region:
    dataset: str
    description: str
    illustrative: bool
    goals_aligned: int = 0
    unaligned: int = 0
    cells: dict[str, int] = field(default_factory=dict)
    conflicts: int = 0


@dataclass
class Overview:
    regions: list[Region]
    columns: list[dict[str, str]]
    max_cell: int
    shared_conflicts: list[dict[str, Any]]
    indicators: list[dict[str, Any]]
    illustrative: bool
    conflicts_total: int = 0


OVERVIEWS = Section("overviews", max_entries=4, max_weight=10_000)
"""Overviews per (store, set of datasets, their current versions, language), weighed by regions: the set's
versions are one "version", so a new import of any region drops the set's old overview."""


def overview(db: Database, lang: str = "sv", prefix: str = "") -> Overview:
    """The overview of every loaded dataset (or those whose name starts with `prefix`: one year's set of
    regions, say), kept per (store, set of current versions, language)."""
    # One query for every current version key (a key per dataset would be a round trip per region).
    keys = {
        row["dataset"]: row["key"]
        for row in db.read("datasets/list")
        if row["key"] and row["dataset"].startswith(prefix)
    }
    datasets = [d for d in store.list_datasets(db) if d["dataset"] in keys]
    versions = hashlib.sha256(repr(sorted(keys.items())).encode("utf-8")).hexdigest()
    kept_as = (store_of(db), f"national overview {prefix!r}", versions, lang)
    overviews = OVERVIEWS.here()
    hit = overviews.get(kept_as)
    if hit is not None:
        return hit
    result = _build(db, datasets, keys, lang)
    overviews.put(kept_as, result, weight=len(result.regions) + 1)
    return result


def _findings(db: Database, dataset: str, key: str, lang: str) -> tuple[list, list]:
    alignment = run_analysis(db, dataset, "alignment", lang=lang, key=key).findings
    conflicts = run_analysis(db, dataset, "conflicts", lang=lang, key=key).findings
    return alignment, conflicts


def _build(db: Database, datasets: list[dict], keys: dict[str, str], lang: str) -> Overview:
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        findings = carried(_findings)  # the pool's threads keep the caller's caches
        found = list(pool.map(lambda d: findings(db, d["dataset"], keys[d["dataset"]], lang), datasets))
    names = reference_names()
    regions: list[Region] = []
    pair_regions: dict[tuple[str, str], set[str]] = defaultdict(set)
    conflicts_total = 0
    for d, (alignment, conflicts) in zip(datasets, found, strict=True):
        region = Region(d["dataset"], d.get("description") or "", bool(d.get("illustrative")))
        areas_of: dict[str, set[str]] = defaultdict(set)
        cells: Counter[str] = Counter()
        for f in alignment:
            if f.kind == "unaligned":
                region.unaligned += 1
                continue
            columns = {c for c in (column_of(r) for r in f.related) if c}
            areas_of[f.subject] |= columns
        for columns in areas_of.values():
            cells.update(columns)
            region.goals_aligned += 1 if columns else 0
        region.cells = dict(cells)
        for f in conflicts:
            if f.kind not in CONFLICT_KINDS:
                continue
            region.conflicts += 1
            first, second = (f.subject, f.related[0]) if f.kind == "declared" else (f.related[0], f.related[-1])
            for a in areas_of.get(first, ()):
                for b in areas_of.get(second, ()):
                    if a != b:
                        pair = (a, b) if _column_order(a) <= _column_order(b) else (b, a)
                        pair_regions[pair].add(region.dataset)
        conflicts_total += region.conflicts
        regions.append(region)
    shared = sorted(
        ((pair, sorted(r)) for pair, r in pair_regions.items() if len(r) >= 2),
        key=lambda item: (-len(item[1]), _column_order(item[0][0]), _column_order(item[0][1])),
    )
    return Overview(
        regions=regions,
        columns=[_column(c, names, lang) for c in COLUMNS],
        max_cell=max((n for r in regions for n in r.cells.values()), default=0),
        shared_conflicts=[
            {"a": _column(a, names, lang), "b": _column(b, names, lang), "regions": r}
            for (a, b), r in shared[:SHOWN_CONFLICTS]
        ]
        + ([{"more": len(shared) - SHOWN_CONFLICTS}] if len(shared) > SHOWN_CONFLICTS else []),
        indicators=_common_indicators(db, keys),
        illustrative=any(r.illustrative for r in regions),
        conflicts_total=conflicts_total,
    )


def _column_order(column: str) -> int:
    return COLUMNS.index(column) if column in COLUMNS else len(COLUMNS)


def _column(ref: str, names: dict[str, dict[str, str]], lang: str) -> dict[str, str]:
    """A column's id, short head ('1', 'F2', '8') and full name."""
    short = ref.split(":", 1)[1]
    return {"id": ref, "short": short, "name": names.get(ref, {}).get(lang, ref), "group": ref.split(":", 1)[0]}


def _common_indicators(db: Database, keys: dict[str, str]) -> list[dict[str, Any]]:
    """Kolada KPIs followed by two or more regions, most regions first (each region counted once)."""
    dataset_of = {key: dataset for dataset, key in keys.items()}
    regions: dict[str, set[str]] = defaultdict(set)
    titles: dict[str, Counter[str]] = defaultdict(Counter)
    for row in db.read("views/kolada_indicators", keys=list(keys.values())):
        kpi = str(row["kpi"]).strip()
        if not re.fullmatch(r"[A-Za-z]\d{5}", kpi):
            continue
        regions[kpi].add(dataset_of[row["key"]])
        titles[kpi][row["name"]] += 1
    common = sorted(((k, r) for k, r in regions.items() if len(r) >= 2), key=lambda item: (-len(item[1]), item[0]))
    return [
        {"kpi": kpi, "name": titles[kpi].most_common(1)[0][0], "regions": len(r), "datasets": sorted(r)}
        for kpi, r in common[:SHOWN_INDICATORS]
    ]
