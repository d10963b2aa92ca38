"""Warming Neo4j after a start (`ruslink neo4j start`): it runs the import's and the analyses' queries for
real, for every size class of name and batch that Neo4j plans separately, and leaves nothing behind that a
reader could see."""

from __future__ import annotations

import math
import uuid

from app.warmup import warm
from graph import store
from graph.analyses import RESULTS
from importers.synth import synthesize


def _warmup_rows(db) -> int:
    rows = db.run_in_tx(
        lambda tx: tx.run(
            "MATCH (n) WHERE n.dataset STARTS WITH 'ruslink-uppvarmning' OR n.dataset STARTS WITH 'uppvarm-' "
            "RETURN count(n) AS n"
        ).data(),
        read=True,
    )
    return rows[0]["n"]


def test_warm_up_writes_and_analyses_then_leaves_no_trace(db) -> None:
    name = f"warm-{uuid.uuid4().hex[:6]}"
    store.replace_dataset(db, name, synthesize(scale=0.1, seed=1))
    before = store.list_datasets(db)
    try:
        done = warm(db)
        assert set(done) >= {"cache_s", "import_s", "analyses_s", "seconds"}
        assert done["analysed"] is not None  # some loaded dataset was analysed (the smallest)
        assert store.list_datasets(db) == before  # no dataset appeared or changed
        assert _warmup_rows(db) == 0  # the throwaway dataset is gone, every version of it
        assert len(RESULTS.here()) == 0  # nothing analysed during warming is kept
    finally:
        store.delete_dataset(db, name)


def _size_class(n: int) -> int:
    """The class Neo4j plans a list or string parameter of n items under: 1, then the next power of ten."""
    return n if n <= 1 else 10 ** math.ceil(math.log10(n))


def test_warm_up_plans_the_import_for_every_size_of_name_and_batch(db, monkeypatch) -> None:
    # Neo4j keeps one plan per size class of each list and string parameter. After a warm-up that used one
    # name of 30 characters and batches of one size, the first import of a dataset with a 7-character name
    # after a start planned every statement again. Every class a region's import meets must have run once during warm-up.
    ran: dict[str, set[tuple[int, int]]] = {}
    write = db.write

    def recording(name: str, **params):
        rows, dataset = params.get("rows"), params.get("dataset")
        ran.setdefault(name, set()).add(
            (_size_class(len(rows)) if rows is not None else 0, _size_class(len(dataset)) if dataset else 0)
        )
        return write(name, **params)

    monkeypatch.setattr(db, "write", recording)
    warm(db)
    batches = {1, 10, 100, 1000, 10000}
    names = {10, 100}  # names of 2–10 and of 11–64 characters
    for statement in ("import/nodes", "import/observations", "import/progress"):
        assert {(b, n) for b in batches for n in names} <= ran[statement], statement
    assert {b for b, _ in ran["import/relationships"]} >= batches
    for statement in ("datasets/lock_acquire", "datasets/version_begin", "datasets/version_switch"):
        assert {n for _, n in ran[statement]} >= names, statement
