"""A broken dataset is refused with every problem listed (file, row, column) and the database unchanged."""

from __future__ import annotations

import pytest

from graph import store
from graph.errors import ImportRefused
from importers.export import read_content
from importers.load import read_dataset, write_dataset
from tests.data import sample
from tests.support.import_errors import csv_folder


def test_import_refused_leaves_the_database_unchanged(db, dataset_name, tmp_path) -> None:
    write_dataset(db, dataset_name, read_dataset(sample.write_csv_folder(tmp_path / "good")))
    before = read_content(db, dataset_name)
    key = store.current_key(db, dataset_name)
    broken = csv_folder(tmp_path / "bad", links="from,type,to\nA-1,contributes_to,RUS-9\n")
    with pytest.raises(ImportRefused):
        write_dataset(db, dataset_name, read_dataset(broken))
    assert store.current_key(db, dataset_name) == key
    assert read_content(db, dataset_name) == before
