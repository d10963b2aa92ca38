"""Writing datasets: counts, atomic replacement, idempotence, side by side, deletion."""

from __future__ import annotations

import pytest

from graph import store
from graph.errors import DatasetNotFound, InvalidInput
from importers.model import DatasetContent


def small(extra_goal: bool = False) -> DatasetContent:
    goals = [
        {"id": "RUS-1", "strategy": "RUS", "name": "Målområde 1", "level": "goal_area"},
        {"id": "RUS-1.1", "strategy": "RUS", "name": "Mål 1.1", "parent": "RUS-1"},
        {"id": "P-1", "strategy": "P", "name": "Planmål"},
    ]
    if extra_goal:
        goals.append({"id": "RUS-1.2", "strategy": "RUS", "name": "Mål 1.2", "parent": "RUS-1"})
    return DatasetContent.model_validate(
        {
            "strategies": [
                {"id": "RUS", "name": "RUS", "kind": "rus", "area": "22"},
                {"id": "P", "name": "Plan", "kind": "plan", "parent": "RUS", "owner": "RV"},
            ],
            "goals": goals,
            "actions": [{"id": "A-1", "strategy": "P", "name": "Insats", "areas": ["2281", "2283"]}],
            "indicators": [{"id": "I-1", "name": "Sysselsättning", "source": "kolada", "source_ref": "N00914"}],
            "observations": [{"indicator": "I-1", "period": "2023", "value": 80.1}],
            "actors": [{"id": "RV", "name": "Region Västernorrland", "kind": "region"}],
            "links": [
                {"from": "A-1", "type": "contributes_to", "to": "P-1", "score": 2},
                {"from": "P-1", "type": "contributes_to", "to": "RUS-1.1"},
                {"from": "RUS-1.1", "type": "contributes_to", "to": "sdg:8.2"},
                {"from": "RUS-1.1", "type": "measured_by", "to": "I-1"},
                {"from": "RV", "type": "responsible_for", "to": "A-1"},
            ],
        }
    )


def counts(db, name: str) -> dict:
    return next(d["counts"] for d in store.list_datasets(db) if d["dataset"] == name)


def test_store_writes_counts_as_interfaces_md_says(db, dataset_name: str) -> None:
    store.replace_dataset(db, dataset_name, small())
    assert counts(db, dataset_name) == {
        "strategies": 2,
        "goals": 3,
        "actions": 1,
        "indicators": 1,
        "actors": 1,
        "observations": 1,
        "links": 5,
    }


def test_store_links_to_reference_rows_without_defining_them(db, dataset_name: str) -> None:
    store.replace_dataset(db, dataset_name, small())
    key = store.current_key(db, dataset_name)
    rows = db.run_in_tx(
        lambda tx: tx.run(
            "MATCH (:Goal {dsv: $k, id: 'RUS-1.1'})-[:CONTRIBUTES_TO]->(r:Reference) RETURN r.id AS id", k=key
        ).data(),
        read=True,
    )
    assert rows == [{"id": "sdg:8.2"}]


def test_store_reimport_replaces_the_dataset_and_twice_changes_nothing(db, dataset_name: str) -> None:
    store.replace_dataset(db, dataset_name, small())
    store.replace_dataset(db, dataset_name, small(extra_goal=True))
    assert counts(db, dataset_name)["goals"] == 4
    first = counts(db, dataset_name)
    store.replace_dataset(db, dataset_name, small(extra_goal=True))
    assert counts(db, dataset_name) == first


def test_store_keeps_datasets_side_by_side(db, dataset_name: str) -> None:
    other = dataset_name + "-b"
    store.replace_dataset(db, dataset_name, small())
    store.replace_dataset(db, other, small(extra_goal=True))
    assert counts(db, dataset_name)["goals"] == 3 and counts(db, other)["goals"] == 4


def test_store_delete_removes_the_dataset(db, dataset_name: str) -> None:
    store.replace_dataset(db, dataset_name, small())
    store.delete_dataset(db, dataset_name)
    with pytest.raises(DatasetNotFound):
        store.current_key(db, dataset_name)


def test_store_refuses_a_hostile_dataset_name(db) -> None:
    with pytest.raises(InvalidInput):
        store.replace_dataset(db, "x'}) DETACH DELETE n //", small())
