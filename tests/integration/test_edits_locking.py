"""Every writer of a dataset takes the same lock and re-reads under it: nothing is lost between writers."""

from __future__ import annotations

import threading

import pytest

from graph import store
from graph.db import Database
from graph.errors import DatasetBusy
from graph.reference import DATA
from importers import kolada
from importers.export import read_content
from importers.load import Loaded, write_dataset
from importers.model import DatasetContent

KOLADA_ANSWER = DATA / "kolada" / "v3_data_N01951_0580_2024.json"


def _dataset(extra_goal: bool = False) -> DatasetContent:
    goals = [{"id": "G", "strategy": "RUS", "name": "Mål"}]
    if extra_goal:
        goals.append({"id": "G-NY", "strategy": "RUS", "name": "Nytt mål från den andra importen"})
    return DatasetContent.model_validate(
        {
            "strategies": [{"id": "RUS", "name": "RUS", "kind": "rus", "area": "05"}],
            "goals": goals,
            "indicators": [{"id": "POP", "name": "Invånare", "source": "kolada", "source_ref": "N01951"}],
            "links": [{"from": "G", "type": "measured_by", "to": "POP"}],
        }
    )


def test_import_kolada_beside_an_import_loses_neither(
    db: Database, dataset_name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """import-kolada reads the dataset, an import switches in, import-kolada writes: the import must survive
    (or be refused), never be replaced silently by a version computed from what was read before it."""
    store.replace_dataset(db, dataset_name, _dataset())
    has_read, go_on = threading.Event(), threading.Event()
    real_read = kolada.read_content

    def read_then_pause(database: Database, name: str) -> DatasetContent:
        content = real_read(database, name)
        has_read.set()
        go_on.wait(60)
        return content

    monkeypatch.setattr(kolada, "read_content", read_then_pause)
    outcome: dict = {}

    def run_kolada() -> None:
        try:
            outcome["kolada"] = kolada.import_kolada(db, dataset_name, KOLADA_ANSWER)
        except Exception as e:  # recorded and asserted below
            outcome["kolada"] = e

    worker = threading.Thread(target=run_kolada)
    worker.start()
    try:
        assert has_read.wait(60), "import-kolada never read the dataset"
        try:
            write_dataset(db, dataset_name, Loaded(_dataset(extra_goal=True)), replace_edits=True)
            import_refused = False
        except DatasetBusy:
            import_refused = True
    finally:
        go_on.set()
        worker.join(120)
    assert not isinstance(outcome.get("kolada"), Exception), outcome
    final = read_content(db, dataset_name)
    goal_ids = {g.id for g in final.goals}
    if not import_refused:
        assert "G-NY" in goal_ids, "the import answered success but its dataset was replaced by import-kolada"
    else:
        assert goal_ids == {"G"}
    assert {(o.indicator, o.gender) for o in final.observations} == {("POP", "K"), ("POP", "M"), ("POP", "T")}
