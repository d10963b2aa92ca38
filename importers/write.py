"""Writing a dataset in the import format: an .xlsx workbook, a folder of CSV files or a .json file.

Every text cell goes through `graph.safe_cells.neutralise` (formula injection), numbers stay numbers,
and what is written reads back as exactly the same content.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

from graph.content import TABLES, DatasetContent
from graph.safe_cells import neutralise
from importers.columns import TABLE_COLUMNS

_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""Characters no .xlsx can hold (openpyxl refuses them); the importer drops them too, so round trips hold."""


def table_rows(content: DatasetContent, table: str) -> tuple[list[str], list[dict[str, Any]]]:
    """(columns, rows) of one table: the known columns in spec order, then any extra columns."""
    known = list(TABLE_COLUMNS[table])
    extra_cols: list[str] = []
    rows = []
    for item in getattr(content, table):
        row = item.model_dump(by_alias=True, exclude={"extra"})
        for col, value in item.extra.items():
            if col not in extra_cols and col not in known:
                extra_cols.append(col)
            row[col] = value
        rows.append(row)
    return known + extra_cols, rows


def _cell(table: str, column: str, value: Any, *, decimal_comma: bool) -> Any:
    """A value as a spreadsheet cell: numbers as numbers (text in CSV), lists joined with '|', text neutralised."""
    spec = TABLE_COLUMNS[table].get(column)
    if value is None or value == []:
        return None
    if isinstance(value, list):
        return neutralise(_CONTROL.sub("", "|".join(value)))
    if spec is not None and spec.numeric:
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if decimal_comma:
            return str(value).replace(".", ",")
        return value
    if (
        spec is not None
        and spec.kind in ("date", "period")
        and isinstance(value, str)
        and value.isdigit()
        and not decimal_comma
    ):
        return int(value)  # a year: a number in Excel, as analysts type it
    return neutralise(_CONTROL.sub("", value if isinstance(value, str) else str(value)))


def write_xlsx(content: DatasetContent, target: Path | io.BytesIO, *, tables: tuple[str, ...] = TABLES) -> None:
    """An .xlsx workbook with one sheet per table (headers in row 1)."""
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    for table in tables:
        sheet = book.create_sheet(table)
        columns, rows = table_rows(content, table)
        sheet.append(columns)
        for row in rows:
            sheet.append([_cell(table, c, row.get(c), decimal_comma=False) for c in columns])
    book.save(target)


def csv_text(content: DatasetContent, table: str) -> str:
    """One table as Swedish Excel saves CSV: `;`-separated with decimal comma (the BOM is added on write)."""
    columns, rows = table_rows(content, table)
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        cells = [_cell(table, c, row.get(c), decimal_comma=True) for c in columns]
        writer.writerow(["" if c is None else c for c in cells])
    return out.getvalue()


def write_csv_folder(content: DatasetContent, folder: Path) -> None:
    """A folder with one CSV file per table, UTF-8 with BOM."""
    folder.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        (folder / f"{table}.csv").write_text("\ufeff" + csv_text(content, table), encoding="utf-8", newline="")


def json_document(content: DatasetContent) -> dict[str, list[dict[str, Any]]]:
    """The JSON form: {table: [row objects]}, empty cells left out, lists joined as in CSV."""
    doc: dict[str, list[dict[str, Any]]] = {}
    for table in TABLES:
        columns, rows = table_rows(content, table)
        # Text is neutralised as in the spreadsheets: JSON exports get opened in spreadsheet tools too,
        # and the importer restores every form the same way.
        doc[table] = [
            {
                c: neutralise("|".join(row[c]) if isinstance(row[c], list) else row[c])
                for c in columns
                if row.get(c) not in (None, [])
            }
            for row in rows
        ]
    return doc


def write_json(content: DatasetContent, path: Path) -> None:
    path.write_text(json.dumps(json_document(content), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def write_dataset_file(content: DatasetContent, target: Path) -> str:
    """Write to `target` by its form: `.xlsx`, `.json`, or else a folder of CSVs; returns the form used."""
    suffix = target.suffix.lower()
    if suffix == ".xlsx":
        target.parent.mkdir(parents=True, exist_ok=True)
        write_xlsx(content, target)
        return "xlsx"
    if suffix == ".json":
        target.parent.mkdir(parents=True, exist_ok=True)
        write_json(content, target)
        return "json"
    write_csv_folder(content, target)
    return "csv"
