"""The `progress` table: periods in order, import and export in every form, bad rows refused."""

from __future__ import annotations

import pytest

from graph.analyses import run_analysis
from graph.errors import ImportRefused
from importers.export import read_content
from importers.load import read_dataset, write_dataset
from importers.write import write_dataset_file
from tests.data import sample


@pytest.mark.parametrize("form", ["in.xlsx", "in.json", "in-csv"])
def test_progress_imports_from_every_form_and_round_trips(db, dataset_name, tmp_path, form) -> None:
    source = {"in.xlsx": sample.write_xlsx, "in.json": sample.write_json, "in-csv": sample.write_csv_folder}[form](
        tmp_path / form
    )
    write_dataset(db, dataset_name, read_dataset(source))
    content = read_content(db, dataset_name)
    rows = [(p.action, p.period, p.status, p.progress, p.spent_sek, p.comment, p.reported_by) for p in content.progress]
    assert rows == [
        ("A-2", "2025Q3", "paused", 35.0, 90000.5, "Pausad i väntan på medfinansiering", "Almi Mitt"),
        ("A-2", "2024", "planned", 0.0, None, None, None),
        ("A-2", "2025H1", "ongoing", 20.5, 40000.0, "+46 ring Anna om läget", "Almi Mitt"),
        ("A-1", "2025-06-30", "completed", 100.0, 1200000.0, "Klar", "Region Västernorrland"),
    ]
    # the own status column is kept as it was (empty for A-2), not overwritten by the reports
    assert [a.status for a in content.actions] == ["ongoing", None]
    for target in ("out.xlsx", "out.json", "out-csv"):
        write_dataset_file(content, tmp_path / target)
        assert read_dataset(tmp_path / target).content.progress == content.progress


def test_the_scorecard_counts_actions_by_their_current_status(db, dataset_name, tmp_path) -> None:
    write_dataset(db, dataset_name, read_dataset(sample.write_json(tmp_path / "d.json")))
    # A-2 works against S3-1 (negative score), so only A-1 reaches RUS-1.1; make A-2 reach it too
    content = read_content(db, dataset_name)
    content.links[-1].score = 1
    from graph import store

    store.replace_dataset(db, dataset_name, content)
    card = next(f for f in run_analysis(db, dataset_name, "contribution").findings if f.subject == "RUS-1.1")
    # A-1 ongoing (own status) and A-2 paused (its latest report): one active of two
    assert (card.actions, card.active_actions) == (2, 1)


def test_bad_progress_rows_are_refused_with_row_and_column(db, dataset_name, tmp_path) -> None:
    doc = sample.json_document()
    doc["progress"] = [
        {"action": "A-9", "period": "2025"},
        {"action": "A-1", "period": "2025H3"},
        {"action": "A-1", "period": "2024", "progress": 140},
        {"action": "A-1", "period": "2024", "status": "klar"},
    ]
    import json

    path = tmp_path / "bad.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ImportRefused) as refused:
        read_dataset(path)
    details = "\n".join(refused.value.details)
    assert "progress" in details and 'ingen rad har id "A-9"' in details
    assert '"2025H3" är ingen rapportperiod' in details
    assert "140 ligger utanför 0–100" in details
    assert '"klar" är inget tillåtet värde' in details
    assert 'insatsen "A-1" har redan en rapport för perioden 2024' in details
