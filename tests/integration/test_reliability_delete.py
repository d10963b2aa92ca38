"""Deleting and replacing a dataset with a dense node (one strategy holding every action) leaves nothing
behind, keeps the server up, and memory errors from Neo4j are reported, never a bug page."""

from __future__ import annotations

from graph import store
from graph.db import Database
from importers.load import read_uploaded

ACTIONS = 20_000


def _dense_json() -> bytes:
    import json

    actions = [{"id": f"A-{i}", "strategy": "RUS", "name": f"Insats {i}"} for i in range(ACTIONS)]
    links = [{"from": f"A-{i}", "type": "contributes_to", "to": "M-1"} for i in range(ACTIONS)]
    return json.dumps(
        {
            "strategies": [{"id": "RUS", "name": "Tät RUS", "kind": "rus"}],
            "goals": [{"id": "M-1", "strategy": "RUS", "name": "Ett mål"}],
            "actions": actions,
            "links": links,
        }
    ).encode()


def _left_of(db: Database, key: str) -> int:
    """Rows and links of a version still in the store."""
    return sum(db.read("datasets/counts", keys=[key])[0]["counts"].values())


def test_reliability_dense_dataset_deletes_and_reimports(db: Database, dataset_name: str) -> None:
    loaded = read_uploaded("tat.json", _dense_json())
    first = store.replace_dataset(db, dataset_name, loaded.content)
    assert _left_of(db, first.key) == 2 + 2 * ACTIONS  # strategy, goal, actions, links
    store.delete_dataset(db, dataset_name)
    assert dataset_name not in {d["dataset"] for d in store.list_datasets(db)}
    assert _left_of(db, first.key) == 0
    again = store.replace_dataset(db, dataset_name, loaded.content)
    store.replace_dataset(db, dataset_name, loaded.content)
    store.delete_unused_versions(db, dataset_name, grace_s=0)
    assert _left_of(db, again.key) == 0  # the replaced version is gone, not half
    counts = {d["dataset"]: d["counts"] for d in store.list_datasets(db)}[dataset_name]
    assert counts["actions"] == ACTIONS and counts["links"] == ACTIONS
    store.delete_dataset(db, dataset_name)
