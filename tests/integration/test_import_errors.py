"""A broken dataset is refused with every problem listed (file, row, column) and the database unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph import store
from graph.errors import ImportRefused
from importers.export import read_content
from importers.load import read_dataset, write_dataset
from tests.data import sample


def _folder(tmp_path: Path, **tables: str) -> Path:
    """The sample as CSV, with some tables replaced by the given text (comma-separated, UTF-8)."""
    folder = sample.write_csv_folder(tmp_path / "csv")
    for table, text in tables.items():
        (folder / f"{table}.csv").write_text(text, encoding="utf-8")
    return folder


def test_import_refused_leaves_the_database_unchanged(db, dataset_name, tmp_path) -> None:
    write_dataset(db, dataset_name, read_dataset(sample.write_csv_folder(tmp_path / "good")))
    before = read_content(db, dataset_name)
    key = store.current_key(db, dataset_name)
    broken = _folder(tmp_path / "bad", links="from,type,to\nA-1,contributes_to,RUS-9\n")
    with pytest.raises(ImportRefused):
        write_dataset(db, dataset_name, read_dataset(broken))
    assert store.current_key(db, dataset_name) == key
    assert read_content(db, dataset_name) == before
