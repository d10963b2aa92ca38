"""Import speed, three ways on the same synthetic data: ruslink's importer, a naive one and the ceiling.

- ruslink: `ruslink import` of the dataset's `.json` file — read, convert, validate, write in batches as
  a new version, switch (importers.load, graph.store).
- naive: what a typical script does — one merge per row, one transaction per row (cypher/bench/naive_*).
  It is run on an even sample of the rows, since at a few hundred rows per second the whole dataset would
  take minutes; its per-row cost does not depend on the dataset's size.
- ceiling: a bare importer with no validation — the same file read with `json.loads`, its rows taken as
  they are (models built without validation) and written with bare unwind-and-create statements
  (cypher/import/*) in one transaction: no conversion, no checks, no lock, no versioning. The time of
  the writes alone is reported beside it.

All three count write rows (nodes, observations and relationships), so the rates compare like with like.
"""

from __future__ import annotations

import json
import time
import uuid
from pathlib import Path
from typing import Any

from graph import store
from graph.db import Database
from graph.model import REF
from importers.load import read_dataset, write_dataset
from importers.model import Action, Actor, DatasetContent, Goal, Indicator, Link, Observation, Strategy


def write_rows(content: DatasetContent) -> tuple[list[dict], list[dict], list[dict]]:
    """(nodes, observations, relationships) as graph.store writes them."""
    return (
        list(store.node_rows(content)),
        list(store.observation_rows(content)),
        list(store.relationship_rows(content)),
    )


def _drop_version(db: Database, key: str) -> None:
    """Delete the rows the naive and ceiling importers wrote under a throwaway version key."""
    store.delete_version(db, key)


def ruslink_import(db: Database, path: Path, dataset: str) -> dict[str, Any]:
    """Time ruslink's importer (`ruslink import`) on a file: read, convert, validate, write, switch."""
    started = time.perf_counter()
    loaded = read_dataset(path)
    write_dataset(db, dataset, loaded, source=str(path))
    elapsed = time.perf_counter() - started
    nodes, observations, rels = write_rows(loaded.content)
    rows = len(nodes) + len(observations) + len(rels)
    return {"rows": rows, "dataset_rows": loaded.content.row_count(), "seconds": elapsed, "rows_per_s": rows / elapsed}


_MODELS = {
    "strategies": Strategy,
    "goals": Goal,
    "actions": Action,
    "indicators": Indicator,
    "observations": Observation,
    "actors": Actor,
    "links": Link,
}


def _unvalidated(path: Path) -> DatasetContent:
    """An import-format `.json` file as dataset content, taken as it is: nothing converted or checked."""
    tables = json.loads(path.read_text(encoding="utf-8"))
    content: dict[str, list] = {}
    for table, model in _MODELS.items():
        rows = []
        for row in tables.get(table, []):
            for column in ("areas", "member_of"):
                if isinstance(row.get(column), str):
                    row[column] = row[column].split("|")
            if "from" in row:
                row["from_"] = row.pop("from")
            rows.append(model.model_construct(**row))  # type: ignore[attr-defined]
        content[table] = rows
    return DatasetContent.model_construct(**content)  # type: ignore[arg-type]


def ceiling_import(db: Database, path: Path) -> dict[str, Any]:
    """Time a bare importer: read the file, take its rows unchecked and write them with unwind-and-create in one
    transaction."""
    key = f"bench-ceiling@{uuid.uuid4().hex[:12]}"
    started = time.perf_counter()
    nodes, observations, rels = write_rows(_unvalidated(path))

    def work(tx) -> None:
        for name, rows, params in (
            ("import/nodes", nodes, {"dataset": "bench-ceiling"}),
            ("import/observations", observations, {"dataset": "bench-ceiling"}),
            ("import/relationships", rels, {"ref": REF}),
        ):
            tx.run(db.text(name), rows=rows, dsv=key, **params).consume()

    writing = time.perf_counter()
    db.run_in_tx(work, label="bench/ceiling")
    done = time.perf_counter()
    _drop_version(db, key)
    rows = len(nodes) + len(observations) + len(rels)
    return {
        "rows": rows,
        "seconds": done - started,
        "rows_per_s": rows / (done - started),
        "writes_rows_per_s": rows / (done - writing),
    }


def _sample(rows: list[dict], share: float, offset: int) -> list[dict]:
    step = max(1, round(1 / share)) if share < 1 else 1
    return rows[offset % step :: step]


def naive_import(db: Database, content: DatasetContent, *, sample: int, offset: int = 0) -> dict[str, Any]:
    """Time one MERGE per row, one transaction per row, on an even sample of about `sample` rows (every
    n-th row from `offset`, so that repeated rounds write different rows)."""
    nodes, observations, rels = write_rows(content)
    total = len(nodes) + len(observations) + len(rels)
    share = min(1.0, sample / max(1, total))
    rels = _sample(rels, share, offset)
    observations = _sample(observations, share, offset)
    # The sampled relationships and observations need their end rows: those are written too (and counted).
    needed = (
        {r["from"] for r in rels} | {r["to"] for r in rels if not r["to_ref"]} | {o["indicator"] for o in observations}
    )
    picked = {row["id"] for row in _sample(nodes, share, offset)}
    nodes = [row for row in nodes if row["id"] in needed or row["id"] in picked]
    key = f"bench-naive@{uuid.uuid4().hex[:12]}"
    started = time.perf_counter()
    for row in nodes:
        db.write(
            "bench/naive_node", label=row["label"], dsv=key, dataset="bench-naive", id=row["id"], props=row["props"]
        )
    for row in observations:
        db.write("bench/naive_observation", dsv=key, dataset="bench-naive", props=row)
    for row in rels:
        db.write(
            "bench/naive_relationship",
            dsv=key,
            target_dsv=REF if row["to_ref"] else key,
            type=row["type"],
            to=row["to"],
            props=row["props"],
            **{"from": row["from"]},
        )
    elapsed = time.perf_counter() - started
    _drop_version(db, key)
    rows = len(nodes) + len(observations) + len(rels)
    return {"rows": rows, "seconds": elapsed, "rows_per_s": rows / elapsed}


BATCH = 1000
"""Rows per transaction of the batched-script baseline: a common choice in import scripts."""


def batched_import(db: Database, content: DatasetContent) -> dict[str, Any]:
    """Time what a typical batched script does: every row, UNWIND batches of BATCH rows per transaction,
    grouped by label or relationship type, no conversion checks, no versioning (cypher/bench/batched_*)."""
    nodes, observations, rels = write_rows(content)
    key = f"bench-batched@{uuid.uuid4().hex[:12]}"
    by_label: dict[str, list[dict]] = {}
    for row in nodes:
        by_label.setdefault(row["label"], []).append({"id": row["id"], "props": row["props"]})
    by_type: dict[tuple[str, bool], list[dict]] = {}
    for row in rels:
        by_type.setdefault((row["type"], bool(row["to_ref"])), []).append(
            {"from": row["from"], "to": row["to"], "props": row["props"]}
        )
    started = time.perf_counter()
    for label, rows in by_label.items():
        for i in range(0, len(rows), BATCH):
            db.write("bench/batched_nodes", label=label, dsv=key, dataset="bench-batched", rows=rows[i : i + BATCH])
    for i in range(0, len(observations), BATCH):
        db.write("bench/batched_observations", dsv=key, dataset="bench-batched", rows=observations[i : i + BATCH])
    for (rtype, to_ref), rows in by_type.items():
        for i in range(0, len(rows), BATCH):
            db.write(
                "bench/batched_relationships",
                dsv=key,
                target_dsv=REF if to_ref else key,
                type=rtype,
                rows=rows[i : i + BATCH],
            )
    elapsed = time.perf_counter() - started
    _drop_version(db, key)
    rows_written = len(nodes) + len(observations) + len(rels)
    return {"rows": rows_written, "seconds": elapsed, "rows_per_s": rows_written / elapsed}
