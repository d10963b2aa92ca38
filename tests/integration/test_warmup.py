"""Warming Neo4j after a start (`ruslink neo4j start`): it runs the import's and the analyses' queries for
real and leaves nothing behind that a reader could see."""

from __future__ import annotations

import uuid

from app.warmup import warm
from graph import store
from graph.analyses import RESULTS
from importers.synth import synthesize


def _warmup_rows(db) -> int:
    rows = db.run_in_tx(
        lambda tx: tx.run("MATCH (n) WHERE n.dataset STARTS WITH 'ruslink-uppvarmning' RETURN count(n) AS n").data(),
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
