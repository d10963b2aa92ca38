"""The same dataset from a CSV folder (every dialect), an Excel workbook and JSON gives the same graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph import store
from importers.export import read_content
from importers.load import read_dataset, write_dataset
from tests.data import sample


def _import(db, name: str, path: Path) -> dict:
    return write_dataset(db, name, read_dataset(path))


def _counts(db, name: str) -> dict:
    return next(d["counts"] for d in store.list_datasets(db) if d["dataset"] == name)


VARIANTS = {
    "utf8-bom-semicolon-decimal-comma-nbsp": dict(
        encoding="utf-8-sig", sep=";", decimal_comma=True, thousands="\u00a0"
    ),
    "utf8-comma-decimal-point": dict(encoding="utf-8", sep=",", decimal_comma=False, thousands=""),
    "cp1252-semicolon-space-thousands": dict(encoding="cp1252", sep=";", decimal_comma=True, thousands=" "),
    "cp1252-with-bom-upper-case-names": dict(
        encoding="cp1252", sep=",", decimal_comma=False, thousands="", upper_names=True, bom_bytes=True
    ),
}


@pytest.fixture(scope="module")
def reference_content(db, tmp_path_factory):
    folder = sample.write_csv_folder(tmp_path_factory.mktemp("ref") / "csv")
    name = "t-forms-ref"
    _import(db, name, folder)
    return read_content(db, name)


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_import_csv_dialect_gives_the_same_graph(db, dataset_name, tmp_path, reference_content, variant) -> None:
    folder = sample.write_csv_folder(tmp_path / "csv", **VARIANTS[variant])
    _import(db, dataset_name, folder)
    assert _counts(db, dataset_name) == sample.COUNTS
    assert read_content(db, dataset_name) == reference_content


def test_import_xlsx_as_excel_saves_it_gives_the_same_graph(db, dataset_name, tmp_path, reference_content) -> None:
    _import(db, dataset_name, sample.write_xlsx(tmp_path / "arbetsbok.xlsx"))
    assert _counts(db, dataset_name) == sample.COUNTS
    assert read_content(db, dataset_name) == reference_content


def test_import_json_gives_the_same_graph(db, dataset_name, tmp_path, reference_content) -> None:
    _import(db, dataset_name, sample.write_json(tmp_path / "data.json"))
    assert read_content(db, dataset_name) == reference_content


def test_import_reads_values_exactly(reference_content) -> None:
    c = reference_content
    a1, a2 = c.actions
    assert (a1.start, a1.end, a1.budget_sek, a1.areas) == ("2022-01-01", "2025", 1234567.5, ["2281", "2283"])
    assert a2.areas == ["2281"] and a2.budget_sek == 250000
    rus = c.strategies[0]
    assert (rus.area, rus.valid_from, rus.valid_to, rus.name) == (
        "22",
        2020,
        2030,
        "Ett Västernorrland – handlingskraft, livskraft och naturkraft",
    )
    assert c.strategies[1].name == "Strategi för smart specialisering; 2021–2027"
    assert c.goals[2].name == "Fler innovativa företag\noch starkare kluster, i hela länet"
    assert c.goals[1].level == "goal" and c.goals[0].level == "goal_area"
    assert [(o.period, o.value, o.area, o.gender) for o in c.observations] == [
        ("2022", 79.25, None, "T"),
        ("2023", 80.1, "2281", "K"),
    ]
    assert c.actors[0].member_of == ["RSR"] and c.actors[0].org_number == "232100-0206"
    scores = [(link.from_, link.type, link.to, link.score) for link in c.links]
    assert ("S3-1", "contributes_to", "RUS-1.1", 1) in scores  # default +1
    assert ("RUS-1.1", "interacts_with", "RUS-1", -1) in scores
    assert c.links[4].rationale == "=SUM(A1)"


def test_import_links_reach_reference_rows_and_areas(db, dataset_name, tmp_path) -> None:
    _import(db, dataset_name, sample.write_xlsx(tmp_path / "a.xlsx"))
    key = store.current_key(db, dataset_name)
    rows = db.run_in_tx(
        lambda tx: tx.run(
            "MATCH (:Goal {dsv: $k, id: 'RUS-1.1'})-[:CONTRIBUTES_TO]->(r:Reference) RETURN r.id AS id ORDER BY id",
            k=key,
        ).data(),
        read=True,
    )
    assert [r["id"] for r in rows] == ["nat:1", "sdg:8.2"]
    areas = db.run_in_tx(
        lambda tx: tx.run(
            "MATCH (:Action {dsv: $k, id: 'A-1'})-[:TARGETS]->(r:Reference) RETURN r.id AS id ORDER BY id", k=key
        ).data(),
        read=True,
    )
    assert [r["id"] for r in areas] == ["area:2281", "area:2283"]


def test_import_twice_changes_nothing(db, dataset_name, tmp_path) -> None:
    folder = sample.write_csv_folder(tmp_path / "csv")
    _import(db, dataset_name, folder)
    first_counts, first = _counts(db, dataset_name), read_content(db, dataset_name)
    _import(db, dataset_name, folder)
    assert _counts(db, dataset_name) == first_counts
    assert read_content(db, dataset_name) == first


def test_import_keeps_unknown_columns_and_warns(db, dataset_name, tmp_path) -> None:
    folder = sample.write_csv_folder(tmp_path / "csv")
    text = (folder / "actions.csv").read_text(encoding="utf-8-sig").splitlines()
    text[0] += ";Diarienummer"
    text[1] += ";RV 2022/123"
    (folder / "actions.csv").write_text("\n".join(text) + "\n", encoding="utf-8")
    (folder / "notes.csv").write_text("a;b\n1;2\n", encoding="utf-8")
    loaded = read_dataset(folder)
    assert 'actions.csv, kolumn "diarienummer": okänd kolumn; värdena sparas som extra egenskaper' in loaded.warnings
    assert 'notes.csv: okänd tabell "notes" läses inte in' in loaded.warnings
    write_dataset(db, dataset_name, loaded)
    assert read_content(db, dataset_name).actions[0].extra == {"diarienummer": "RV 2022/123"}


def test_import_only_required_tables_is_enough(db, dataset_name, tmp_path) -> None:
    folder = tmp_path / "min"
    folder.mkdir()
    (folder / "strategies.csv").write_text("id,name,kind\nRUS,RUS,rus\n", encoding="utf-8")
    (folder / "goals.csv").write_text("id,strategy,name\nG,RUS,Mål\n", encoding="utf-8")
    (folder / "links.csv").write_text("from,type,to\nG,contributes_to,sdg:8\n", encoding="utf-8")
    _import(db, dataset_name, folder)
    assert _counts(db, dataset_name) == {
        "strategies": 1,
        "goals": 1,
        "actions": 0,
        "indicators": 0,
        "actors": 0,
        "observations": 0,
        "links": 1,
    }
