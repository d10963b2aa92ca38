"""A CSV folder written from tables, for the import error tests."""

from __future__ import annotations

from pathlib import Path

from tests.data import sample


def csv_folder(tmp_path: Path, **tables: str) -> Path:
    """The sample as CSV, with some tables replaced by the given text (comma-separated, UTF-8)."""
    folder = sample.write_csv_folder(tmp_path / "csv")
    for table, text in tables.items():
        (folder / f"{table}.csv").write_text(text, encoding="utf-8")
    return folder
