"""Deleting and replacing a dataset with a dense node (one strategy holding every action) leaves nothing
behind, keeps the server up, and memory errors from Neo4j are reported, never a bug page.

Quick mode uses 20 000 actions under one strategy, every one linked to one goal (a scaled proxy: two dense
nodes of 20 000 relationships each). RUSLINK_LONG=1 fills the accepted ceiling exactly
(graph.model.MAX_DATASET_ROWS rows: half actions, half links), read from a zip of CSV files as an upload is.
One row more is refused, naming the limit, whichever writer would make the dataset that large.
"""

from __future__ import annotations

import io
import os
import zipfile

import pytest
from neo4j.exceptions import Neo4jError

from graph import store
from graph.db import Database
from graph.errors import DatabaseTimeout, DatasetNotFound, ImportRefused
from graph.model import MAX_DATASET_ROWS
from importers.changes import apply_changes
from importers.load import read_uploaded

LONG = os.environ.get("RUSLINK_LONG") == "1"
ACTIONS = (MAX_DATASET_ROWS - 2) // 2 if LONG else 20_000


def _dense_zip(actions: int = ACTIONS, links: int = ACTIONS) -> bytes:
    """strategies, goals, actions and links as CSV files in a zip: every action under one strategy, every
    action contributing to one goal."""
    action_rows = "".join(f"A-{i};RUS;Insats {i}\n" for i in range(actions))
    link_rows = "".join(f"A-{i};contributes_to;M-1\n" for i in range(links))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("strategies.csv", "id;name;kind\nRUS;Tät RUS;rus\n")
        archive.writestr("goals.csv", "id;strategy;name\nM-1;RUS;Ett mål\n")
        archive.writestr("actions.csv", "id;strategy;name\n" + action_rows)
        archive.writestr("links.csv", "from;type;to\n" + link_rows)
    return buffer.getvalue()


def _left_of(db: Database, key: str) -> int:
    """Rows and links of a version still in the store."""
    return sum(db.read("datasets/counts", keys=[key])[0]["counts"].values())


def test_reliability_dense_dataset_deletes_and_reimports(db: Database, dataset_name: str) -> None:
    loaded = read_uploaded("tat.zip", _dense_zip())
    first = store.replace_dataset(db, dataset_name, loaded.content)
    assert _left_of(db, first.key) == 2 + 2 * ACTIONS  # strategy, goal, actions, links
    assert db.ping()["agent"]
    store.delete_dataset(db, dataset_name)
    assert db.ping()["agent"]  # Bolt still answers after the dense nodes went
    assert dataset_name not in {d["dataset"] for d in store.list_datasets(db)}
    assert _left_of(db, first.key) == 0
    again = store.replace_dataset(db, dataset_name, loaded.content)
    store.replace_dataset(db, dataset_name, loaded.content)
    store.delete_unused_versions(db, dataset_name, grace_s=0)
    assert db.ping()["agent"]
    assert _left_of(db, again.key) == 0  # the replaced version is gone, not half
    counts = {d["dataset"]: d["counts"] for d in store.list_datasets(db)}[dataset_name]
    assert counts["actions"] == ACTIONS and counts["links"] == ACTIONS
    store.delete_dataset(db, dataset_name)


def test_reliability_a_dataset_past_the_ceiling_is_refused_naming_the_limit(
    db: Database, dataset_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One row past MAX_DATASET_ROWS: the upload is refused before anything is written, in Swedish first and
    naming the limit; exactly the ceiling is read. An edit that would grow a dataset past the ceiling is
    refused the same way (shown with the ceiling lowered to a small dataset's size: the check is the same)."""
    actions = MAX_DATASET_ROWS - 2  # strategy, goal and actions fill the ceiling; one link is a row too many
    limit = f"{MAX_DATASET_ROWS:,}".replace(",", "\u00a0")
    with pytest.raises(ImportRefused) as refused:
        read_uploaded("stor.zip", _dense_zip(actions, 1))
    assert refused.value.details == [
        f"stor.zip: datamängden har {f'{MAX_DATASET_ROWS + 1:,}'.replace(',', chr(160))} rader (alla tabeller "
        f"tillsammans); ruslink tar emot högst {limit} rader per datamängd, så att den går att analysera, ta bort "
        "och läsa in igen inom databasens minne; dela upp datamängden"
    ]
    assert read_uploaded("full.zip", _dense_zip(actions, 0)).content.row_count() == MAX_DATASET_ROWS

    small = read_uploaded("liten.zip", _dense_zip(10, 10)).content
    store.replace_dataset(db, dataset_name, small)
    monkeypatch.setattr(store, "MAX_DATASET_ROWS", small.row_count())
    add = [{"op": "add", "table": "actions", "row": {"id": "X", "strategy": "RUS", "name": "X"}}]
    with pytest.raises(ImportRefused, match=f"högst {small.row_count()} rader per datamängd"):
        apply_changes(db, dataset_name, "Prov", "En rad för mycket", add)
    counts = {d["dataset"]: d["counts"] for d in store.list_datasets(db)}[dataset_name]
    assert counts["actions"] == 10  # nothing changed
    store.delete_dataset(db, dataset_name)


def test_reliability_a_query_past_its_time_limit_is_a_clear_503(app_settings, db: Database) -> None:
    """A query Neo4j stops at RUSLINK_QUERY_TIMEOUT_S (a 250 000-row report on a loaded machine did) answers
    503 with Retry-After and a message saying so, never "Det är en bugg i ruslink". Neo4j's own error is
    raised inside a real transaction of the app's database, so the test does not depend on how fast a
    warm database is."""
    from fastapi.testclient import TestClient

    from app.main import create_app
    from importers.demo import load_demo

    timed_out = Neo4jError._hydrate_neo4j(
        message="The transaction has been terminated. Retry your operation in a new transaction, and you should "
        "see a successful result. The transaction has not completed within the specified timeout "
        "(db.transaction.timeout).",
        code="Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
    )

    def too_slow(tx):
        raise timed_out

    with pytest.raises(DatabaseTimeout):
        db.run_in_tx(too_slow, read=True)

    load_demo(db)
    app = create_app(app_settings, db=db)

    @app.get("/api/datasets/{dataset}/slow-probe", include_in_schema=False)
    def slow_probe(dataset: str) -> dict:
        return db.run_in_tx(too_slow, read=True)

    with TestClient(app) as client:
        answer = client.get("/api/datasets/demo/slow-probe")
        answer_en = client.get("/api/datasets/demo/slow-probe?lang=en")
    assert answer.status_code == 503 and answer.headers["retry-after"]
    assert answer.json()["error"]["code"] == "database_timeout"
    assert "tog längre tid än" in answer.json()["error"]["message"]
    assert "took longer than" in answer_en.json()["error"]["message"]


def test_reliability_a_read_whose_rows_a_delete_removed_answers_404(db: Database, dataset_name: str) -> None:
    """The soak found it: a network view read while its dataset was deleted answered 500 (Neo4j: "Node … was
    unexpectedly deleted"). Reading rows of a version deleted under the reader is now "the dataset is gone"."""
    error = Neo4jError._hydrate_neo4j(
        message="Node 1742642 was unexpectedly deleted", code="Neo.ClientError.Statement.EntityNotFound"
    )

    def deleted_meanwhile(tx):
        raise error

    with pytest.raises(DatasetNotFound, match="togs bort medan den lästes"):
        db.run_in_tx(deleted_meanwhile, read=True)
    with pytest.raises(Neo4jError):  # a writer holds the lock: there it would be a bug, and stays one
        db.run_in_tx(deleted_meanwhile, read=False)


def test_reliability_a_reader_of_a_version_deleted_under_it_gets_404_not_half_a_dataset(
    db: Database, dataset_name: str
) -> None:
    """The soak found it: analyses read while their dataset was deleted answered 500 ("None cannot be a node")
    or, worse, figures from half the rows. A reader that resolved a version a delete then removed is told the
    dataset is gone; a version replaced a moment ago is still read whole (its grace period)."""
    from graph.analyses import run_analysis

    loaded = read_uploaded("liten.zip", _dense_zip(10, 5)).content
    first = store.replace_dataset(db, dataset_name, loaded)
    second = store.replace_dataset(db, dataset_name, loaded)  # `first` is retired, inside its grace period
    assert run_analysis(db, dataset_name, "uncovered_goals", key=first.key).findings
    store.delete_dataset(db, dataset_name)  # (results computed before the delete are kept: a version never changes)
    for key in (first.key, second.key):
        with pytest.raises(DatasetNotFound, match="togs bort medan den lästes"):
            run_analysis(db, dataset_name, "orphan_actions", key=key)
