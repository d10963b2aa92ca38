"""Warm a freshly started Neo4j, so the first import and the first `analyse all` are not the slow ones.

Right after a start Neo4j's page cache is empty, no query is planned and the JVM has compiled nothing:
the first import of a 16× region took 13–15 s against 2.6–3.6 s warm, the first `analyse all` 12.7–13.5 s
against 2.9–3.7 s. `ruslink neo4j start` calls `warm` once the server answers. It

- reads every node and relationship with its properties once (page cache);
- imports a synthetic region of four times the usual size three times as the dataset
  `ruslink-uppvarmning` and deletes it (the import's, lock's, switch's and delete's queries planned, the
  write path compiled); a reader listing datasets in that moment may see it;
- runs every analysis on the smallest loaded dataset (their queries planned and compiled), then forgets
  the results, so nothing stale is kept.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from typing import Any

from graph import store
from graph.db import Database

WARM_SCALE = 4
"""Size of the throwaway import (about 3,600 rows, three times). With half a region imported twice, the writes
of the first 16× import after a start took 1.8–2.1 times as long as warm ones; with this 1.4–1.6 times (one
machine, load 4–6), for about two seconds more of start-up."""


def warm(db: Database, *, progress: Callable[[str], None] = lambda _: None) -> dict[str, Any]:
    """Warm the page cache, the import's and the analyses' query plans; returns what it did and how long
    each step took (seconds)."""
    from graph.schema import ensure_schema

    ensure_schema(db)
    steps: dict[str, Any] = {}
    started = time.perf_counter()
    progress("cache")
    db.read("system/warm_nodes")
    db.read("system/warm_relationships")
    steps["cache_s"] = round(time.perf_counter() - started, 2)

    mark = time.perf_counter()
    progress("import")
    _throwaway_import(db)
    steps["import_s"] = round(time.perf_counter() - mark, 2)

    mark = time.perf_counter()
    progress("analyses")
    steps["analysed"] = _analyse_smallest(db)
    steps["analyses_s"] = round(time.perf_counter() - mark, 2)
    steps["seconds"] = round(time.perf_counter() - started, 2)
    return steps


WARM_DATASET = "ruslink-uppvarmning"
"""The start of the throwaway dataset's name (a random tail follows, so no loaded dataset is ever touched)."""


def _throwaway_import(db: Database) -> None:
    """The whole import path — lock, version, batches, switch, then delete — run for real on a small
    synthetic region under WARM_DATASET. Its write queries alone left the first imports after a start
    about three times slower than warm ones: the lock, version and switch queries, and the JVM's compiled
    write path, were still cold. The dataset is visible for the moment between switch and delete."""
    from importers.synth import synthesize

    content = synthesize(scale=WARM_SCALE, seed=0)
    name = f"{WARM_DATASET}-{uuid.uuid4().hex[:10]}"
    try:
        for _ in range(3):  # later rounds replace the first: the replace and retire path too
            store.replace_dataset(db, name, content, source="ruslink neo4j start")
    finally:
        store.delete_dataset(db, name)  # every version of it, retired ones included


def _analyse_smallest(db: Database) -> str | None:
    """Run every analysis on the smallest loaded dataset (warms their plans without a long wait); returns
    its name, or None when no dataset is loaded."""
    from graph.analyses import forget_cached, run_all

    datasets = store.list_datasets(db)
    if not datasets:
        return None
    smallest = min(datasets, key=lambda d: sum(d["counts"].values()))["dataset"]
    run_all(db, smallest)
    forget_cached()
    return smallest
