"""The report is made from one dataset version: an import that switches the dataset while the report is
collected cannot give it findings of one version and rows, names or values of another."""

from __future__ import annotations

import io
import uuid

from openpyxl import load_workbook

from graph import store
from tests.support.report_data import hostile_content, load_hostile, report_of

ORPHAN_NAMES = {"A3": "Insats utan koppling", "A9": "Gammal insats"}
"""The action that reaches nothing in each version (A3 now, A9 in the earlier import), by its name."""

LATEST_I1 = {"A3": ("2024", 75.5), "A9": ("2023", 72.0)}
"""The indicator's latest value in the version whose unlinked action is the key."""


def test_report_figures_come_from_one_version_while_imports_switch_the_dataset(db, monkeypatch) -> None:
    dataset = load_hostile(db, f"t-{uuid.uuid4().hex[:10]}")
    real_info = store.dataset_info
    state = {"previous": False, "busy": False, "switches": 0}

    def switching_info(db_, name: str):
        """The current version, then a real import of the other version: every later read sees the other."""
        info = real_info(db_, name)
        if name == dataset and not state["busy"]:
            state["busy"] = True
            try:
                state["previous"] = not state["previous"]
                store.replace_dataset(db, dataset, hostile_content(previous=state["previous"]))
                state["switches"] += 1
            finally:
                state["busy"] = False
        return info

    monkeypatch.setattr(store, "dataset_info", switching_info)
    book = load_workbook(io.BytesIO(report_of(db, dataset, "xlsx")))
    monkeypatch.setattr(store, "dataset_info", real_info)

    assert state["switches"] >= 1  # the dataset was replaced while the report was collected
    orphans = [(r[3], r[4]) for r in book["Insatser utan koppling"].iter_rows(min_row=2, values_only=True)]
    assert len(orphans) == 1
    action, name = orphans[0]
    # the finding (analyses) and the name (rows) describe the same action
    assert name == ORPHAN_NAMES[action]
    # and the indicator values (observations) are of that same version
    indicators = {r[0]: r for r in book["Indikatorer"].iter_rows(min_row=2, values_only=True)}
    assert indicators["I1"][7:9] == LATEST_I1[action]
