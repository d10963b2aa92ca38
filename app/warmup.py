"""Warm a freshly started Neo4j, so the first import and the first `analyse all` are not the slow ones.

Right after a start Neo4j's page cache is empty, no query is planned and the JVM has compiled nothing:
the first import of a 16× region took 13–15 s against 2.6–3.6 s warm, the first `analyse all` 12.7–13.5 s
against 2.9–3.7 s. `ruslink neo4j start` calls `warm` once the server answers. It

- reads every node and relationship with its properties once (page cache);
- imports a synthetic region of eight times the usual size under a short name (`uppvarm-…`) and a long one
  (`ruslink-uppvarmning-…`) in batches of every size class, the long one once more, then deletes them (the
  import's, lock's, switch's, lookup's and delete's queries planned for every size of name and batch, the
  write path compiled); a reader listing datasets in that moment may see them;
- runs every analysis on the smallest loaded dataset (their queries planned and compiled), then forgets
  the results, so nothing stale is kept.
"""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable
from typing import Any

from graph import store
from graph.content import DatasetContent, ProgressReport
from graph.db import Database
from graph.errors import DatasetNotFound

WARM_SCALE = 8
"""Size of the throwaway region (about 1,560 rows of strategies to actors, 5,000 links, 1,440 observations
and 1,680 progress reports): enough rows in every table for a batch of each size class below."""

SIZE_CLASSES = (1001, 1, 10, 100, 1000)
"""The first batch sizes of each table in the throwaway imports, one per class of list size.

Neo4j keeps one plan of a query per class of the size of each list and string parameter: 1, then up to
10, 100, 1,000 and 10,000 (the next power of ten). A batch in a class not yet planned is planned again
(50–300 ms right after a start), and so is a dataset name in a new class: the first import of a dataset
named with 7 characters after a start planned again every statement that warm-up had planned for
"ruslink-uppvarmning-…" (30 characters). A region's tables range from a few rows to several thousand, so
each class is planned here, for a name of each class."""


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
"""The start of the throwaway dataset's long name (a random tail follows, so no loaded dataset is ever touched)."""

WARM_SHORT = "uppvarm-"
"""The start of its short name (ten characters with its tail; a loaded dataset of that name is left alone)."""


def _throwaway_import(db: Database) -> None:
    """The whole import path as `ruslink import` takes it (importers.load.write_dataset) — lock, edits check,
    version, batches of every size class, switch, clean-up, then the reader's lookup and the delete — run for
    real on a synthetic region under a name of 2–10 characters and one of 11–64 (a name of one character is
    a class of its own, not warmed). Its write queries alone left the first imports after a start about
    three times slower than warm ones: the lock, version and switch queries, and the JVM's compiled write
    path, were still cold. The dataset is visible for the moment between switch and delete."""
    from importers.load import Loaded, write_dataset

    loaded = Loaded(_warm_content())
    names = [_free_short_name(db), f"{WARM_DATASET}-{uuid.uuid4().hex[:10]}"]
    try:
        for name in names:
            write_dataset(db, name, loaded, source="ruslink neo4j start", first_batches=SIZE_CLASSES)
            store.dataset_info(db, name)
        # Once more, replacing, in whole batches: the JVM compiles the write path as it runs, and the first
        # import after a start still took 1.5–1.6 times as long as the tenth without this round.
        write_dataset(db, names[-1], loaded, source="ruslink neo4j start")
    finally:
        for name in names:
            try:
                store.delete_dataset(db, name)  # every version of it, retired ones included
            except DatasetNotFound:
                pass  # its import did not get as far as the switch


def _warm_content() -> DatasetContent:
    """A synthetic region with enough rows in every table for SIZE_CLASSES: its observations for six earlier
    years too, and a progress report on each action for three years."""
    from importers.synth import synthesize

    content = synthesize(scale=WARM_SCALE, seed=0)
    earlier = [o.model_copy(update={"period": str(int(o.period) - 6)}) for o in content.observations]
    reports = [
        ProgressReport(action=a.id, period=str(year), progress=50.0)
        for a in content.actions
        for year in (2024, 2025, 2026)
    ]
    return content.model_copy(update={"observations": content.observations + earlier, "progress": reports})


def _free_short_name(db: Database) -> str:
    """A ten-character name no loaded dataset has."""
    taken = {row["dataset"] for row in db.read("datasets/list")}
    while True:
        name = f"{WARM_SHORT}{uuid.uuid4().hex[:2]}"
        if name not in taken:
            return name


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
