"""Past one machine: what a cluster, Aura or several app instances rely on (docs/scaling.md)."""

from __future__ import annotations

from pathlib import Path

import neo4j
from fastapi.testclient import TestClient

from app.main import create_app
from graph import store
from graph.analyses import ANALYSIS_NAMES, run_all
from graph.db import Database
from graph.settings import Settings
from importers import synth


class ReadRecordingDatabase(Database):
    """The real database, with every session opened for reading only and each transaction's mode noted.

    Neo4j itself refuses a write in a read-access session, so an analysis that wrote would fail here.
    """

    def __init__(self, driver: neo4j.Driver, **kwargs) -> None:
        super().__init__(driver, **kwargs)
        self.transactions: list[bool] = []

    def session(self, *, read: bool = False) -> neo4j.Session:
        return self.driver.session(database=self.database, default_access_mode=neo4j.READ_ACCESS)

    def _managed(self, read, work):
        self.transactions.append(read)
        return super()._managed(read, work)


def test_scaling_analyses_run_only_in_read_transactions(db: Database, dataset_name: str) -> None:
    store.replace_dataset(db, dataset_name, synth.synthesize(scale=1, seed=11))
    reader = ReadRecordingDatabase(db.driver, database=db.database)
    results = run_all(reader, dataset_name)
    assert [r.analysis for r in results] == list(ANALYSIS_NAMES)
    assert sum(len(r.findings) for r in results) > 0
    assert reader.transactions and all(reader.transactions), "every transaction is a read transaction"


def test_scaling_cluster_uri_gives_a_routing_encrypted_driver_and_no_local_neo4j(tmp_path: Path) -> None:
    settings = Settings(
        neo4j_uri="neo4j+s://example.databases.neo4j.io", neo4j_password="secret", ruslink_home=tmp_path
    )
    db = Database.connect(settings)  # the driver connects lazily: nothing is contacted here
    try:
        assert isinstance(db.driver, neo4j.Neo4jDriver), "neo4j:// routes reads to secondaries"
        assert db.driver.encrypted
    finally:
        db.close()
    assert not (tmp_path / "neo4j").exists(), "with NEO4J_URI ruslink never starts its own Neo4j"


def test_scaling_app_instances_share_nothing_but_the_database(
    app_settings: Settings, db: Database, dataset_name: str
) -> None:
    with TestClient(create_app(app_settings)) as first, TestClient(create_app(app_settings)) as second:
        store.replace_dataset(db, dataset_name, synth.synthesize(scale=1, seed=5))
        seen = [
            next(d for d in c.get("/api/datasets").json() if d["dataset"] == dataset_name)["counts"]
            for c in (first, second)
        ]
        assert seen[0] == seen[1] and seen[0]["actions"] == 70
        store.replace_dataset(db, dataset_name, synth.synthesize(scale=2, seed=5))
        after = [
            next(d for d in c.get("/api/datasets").json() if d["dataset"] == dataset_name)["counts"]
            for c in (first, second)
        ]
        assert after[0] == after[1] and after[0]["actions"] == 140, "a new version shows on every instance"
