"""The downloadable template: every sheet, headers, an example row, instructions; it imports as it is."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from importers.columns import TABLE_COLUMNS
from importers.load import read_uploaded
from importers.template import template_bytes


def test_import_template_has_every_sheet_header_and_instructions() -> None:
    book = load_workbook(io.BytesIO(template_bytes()))
    assert book.sheetnames[0] == "Instruktioner"
    for table, columns in TABLE_COLUMNS.items():
        sheet = book[table]
        assert [c.value for c in sheet[1]] == list(columns)
        assert sheet.max_row == 2, f"{table} needs one example row"
    text = "\n".join(str(c.value) for row in book["Instruktioner"].iter_rows() for c in row if c.value is not None)
    for table, columns in TABLE_COLUMNS.items():
        for column in columns:
            assert column in text
    for word in ("odelbar", "förstärkande", "möjliggörande", "förenlig", "begränsande", "motverkande",
                 "omöjliggörande", "målområde", "insats"):
        assert word in text


def test_import_template_example_imports_without_warnings() -> None:
    loaded = read_uploaded("mall.xlsx", template_bytes())
    assert loaded.warnings == []
    assert loaded.content.row_count() == 8  # one example row per sheet, progress included
    assert len(loaded.content.progress) == 1
