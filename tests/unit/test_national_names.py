"""Names and shades without a database: the dataset a file gives in `import-many`, the national matrix's
columns and cell shades."""

from __future__ import annotations

from pathlib import Path

from app.routes.national import HEAT_STEPS, heat
from graph.national import COLUMNS, column_of
from importers.many import dataset_name_of, folder_sources, synthetic_sources


def test_a_file_name_becomes_a_dataset_name_a_user_recognises(tmp_path: Path) -> None:
    assert dataset_name_of(Path("Region Västernorrland.xlsx")) == "region-vasternorrland"
    assert dataset_name_of(Path("Örebro län 2026.json")) == "orebro-lan-2026"
    assert dataset_name_of(Path("gävle_borg.zip")) == "gavle_borg"
    folder = tmp_path / "Skåne CSV"
    folder.mkdir()
    assert dataset_name_of(folder) == "skane-csv"
    assert dataset_name_of(Path("§§§.json")) == ""  # refused later, naming the file


def test_a_folder_lists_workbooks_and_csv_folders_and_skips_the_rest(tmp_path: Path) -> None:
    (tmp_path / "b.xlsx").write_bytes(b"")
    (tmp_path / "a.json").write_text("{}", encoding="utf-8")
    (tmp_path / "c.zip").write_bytes(b"")
    (tmp_path / "csv").mkdir()
    (tmp_path / "csv" / "actions.csv").write_text("id\n", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    (tmp_path / "~$b.xlsx").write_bytes(b"")  # Excel's lock file while a workbook is open
    sources, skipped = folder_sources(tmp_path)
    assert [s.label for s in sources] == ["a.json", "b.xlsx", "c.zip", "csv/"]
    assert [s.dataset for s in sources] == ["a", "b", "c", "csv"]
    assert sorted(p.name for p in skipped) == ["empty", "notes.txt"]


def test_synthetic_regions_are_named_in_county_order() -> None:
    sources = synthetic_sources("riket", regions=3, scale=0.1)
    assert [s.dataset for s in sources] == ["riket-01", "riket-02", "riket-03"]
    assert all(s.make is not None and s.path is None for s in sources)


def test_agenda_targets_count_under_their_goal_and_unknown_references_nowhere() -> None:
    assert column_of("sdg:8.2") == "sdg:8"
    assert column_of("sdg:17") == "sdg:17"
    assert column_of("nat:F2") == "nat:F2"
    assert column_of("nat:9") is None
    assert COLUMNS[:7] == ("nat:1", "nat:2", "nat:3", "nat:4", "nat:F1", "nat:F2", "nat:F3") and len(COLUMNS) == 24


def test_cell_shades_run_from_none_to_the_largest_count() -> None:
    assert heat(0, 9) == 0
    assert heat(1, 9) == 1
    assert heat(9, 9) == HEAT_STEPS
    assert heat(3, 0) == 0
