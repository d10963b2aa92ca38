"""Export writes the import format; importing an export gives the same graph, in all three forms."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from importers.export import read_content
from importers.load import read_dataset, write_dataset
from importers.write import write_dataset_file
from tests.data import sample


@pytest.mark.parametrize("target", ["export.xlsx", "export.json", "export-csv"])
def test_export_import_export_round_trips_exactly(db, dataset_name, tmp_path, target) -> None:
    write_dataset(db, dataset_name, read_dataset(sample.write_xlsx(tmp_path / "in.xlsx")))
    first = read_content(db, dataset_name)
    write_dataset_file(first, tmp_path / "one" / target)
    second_name = dataset_name + "-2"
    write_dataset(db, second_name, read_dataset(tmp_path / "one" / target))
    second = read_content(db, second_name)
    assert second == first
    write_dataset_file(second, tmp_path / "two" / target)
    if target.endswith(".json"):
        assert (tmp_path / "one" / target).read_bytes() == (tmp_path / "two" / target).read_bytes()
    elif target == "export-csv":
        for path in sorted((tmp_path / "one" / target).iterdir()):
            assert path.read_bytes() == (tmp_path / "two" / target / path.name).read_bytes()
    else:
        assert read_dataset(tmp_path / "two" / target).content == first


def test_export_keeps_extra_columns_and_dataset_description(db, dataset_name, tmp_path) -> None:
    loaded = read_dataset(sample.write_json(tmp_path / "d.json"), description="Beskrivning", illustrative=True)
    loaded.content.actions[0].extra["diarienummer"] = "RV 2022/1"
    write_dataset(db, dataset_name, loaded)
    content = read_content(db, dataset_name)
    assert content.description == "Beskrivning" and content.illustrative
    write_dataset_file(content, tmp_path / "out")
    rows = list(
        csv.reader((tmp_path / "out" / "actions.csv").read_text(encoding="utf-8-sig").splitlines(), delimiter=";")
    )
    assert rows[0][-1] == "diarienummer" and rows[1][-1] == "RV 2022/1"


def test_export_neutralises_formulas_and_keeps_numbers_as_numbers(db, dataset_name, tmp_path) -> None:
    write_dataset(db, dataset_name, read_dataset(sample.write_csv_folder(tmp_path / "in")))
    content = read_content(db, dataset_name)
    content.goals[0].name = "+46 kontakt"
    content.goals[1].name = "@ref"
    content.goals[2].description = "\tindraget"
    write_dataset_file(content, tmp_path / "out.xlsx")
    book = load_workbook(tmp_path / "out.xlsx")
    links = book["links"]
    formula = [c for row in links.iter_rows(min_row=2) for c in row if isinstance(c.value, str) and "SUM" in c.value]
    assert [c.value for c in formula] == ["'=SUM(A1)"] and formula[0].data_type == "s"
    scores = [row[3].value for row in links.iter_rows(min_row=2)]
    assert -1 in scores and all(isinstance(s, int) for s in scores)
    assert book["actions"]["G2"].value == 1234567.5
    assert book["goals"]["C2"].value == "'+46 kontakt" and book["goals"]["C3"].value == "'@ref"
    write_dataset_file(content, tmp_path / "out-csv")
    text = (tmp_path / "out-csv" / "links.csv").read_text(encoding="utf-8-sig")
    assert "'=SUM(A1)" in text and ";-1;" in text
    assert read_dataset(tmp_path / "out.xlsx").content.goals == content.goals
    assert read_dataset(tmp_path / "out-csv").content.goals == content.goals
