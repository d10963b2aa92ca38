"""A small hand-built dataset written the ways analysts' tools write it (CSV dialects, Excel, JSON).

Tests import it from each form and compare with what they know the graph must hold.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path
from typing import Any

TABLES: dict[str, tuple[list[str], list[list[Any]]]] = {
    "strategies": (
        ["id", "name", "kind", "parent", "owner", "area", "valid_from", "valid_to"],
        [
            ["RUS", "Ett Västernorrland – handlingskraft, livskraft och naturkraft", "rus", None, "RV", 22, 2020, 2030],
            ["S3", "Strategi för smart specialisering; 2021–2027", "plan", "RUS", "RV", None, 2021, 2027],
        ],
    ),
    "goals": (
        ["id", "strategy", "name", "level", "parent"],
        [
            ["RUS-1", "RUS", "Västernorrland som plats har stärkts", "goal_area", None],
            ["RUS-1.1", "RUS", "Samordnat påverkansarbete", None, "RUS-1"],
            ["S3-1", "S3", "Fler innovativa företag\noch starkare kluster, i hela länet", None, None],
        ],
    ),
    "actions": (
        ["id", "strategy", "name", "status", "start", "end", "budget_sek", "areas"],
        [
            ["A-1", "S3", "Innovationscheckar", "ongoing", dt.date(2022, 1, 1), 2025, 1234567.5, "2281|2283"],
            ["A-2", "S3", "Klusterstöd", None, None, None, 250000, 2281],
        ],
    ),
    "indicators": (
        [
            "id",
            "name",
            "unit",
            "source",
            "source_ref",
            "direction",
            "baseline_year",
            "baseline_value",
            "target_year",
            "target_value",
        ],
        [
            ["I-1", "Förvärvsarbetande 20–64 år", "%", "kolada", "N00914", "increase", 2019, 78.5, 2030, 82],
        ],
    ),
    "observations": (
        ["indicator", "period", "value", "area", "gender"],
        [
            ["I-1", 2022, 79.25, None, "T"],
            ["I-1", 2023, 80.1, 2281, "K"],
        ],
    ),
    "actors": (
        ["id", "name", "kind", "org_number", "member_of"],
        [
            ["RV", "Region Västernorrland", "region", "232100-0206", "RSR"],
            ["RSR", "Regionala samverkansrådet", "forum", None, None],
            ["ALMI", "Almi Mitt", "business_support", None, "RSR"],
        ],
    ),
    "links": (
        ["from", "type", "to", "score", "rationale", "source"],
        [
            ["A-1", "contributes_to", "S3-1", 2, "Checkarna ger fler innovationer, tror vi", "Workshop 2024"],
            ["S3-1", "contributes_to", "RUS-1.1", None, None, None],
            ["RUS-1.1", "contributes_to", "sdg:8.2", 1, None, None],
            ["RUS-1.1", "contributes_to", "nat:1", 2, None, None],
            ["RUS-1.1", "interacts_with", "RUS-1", -1, "=SUM(A1)", None],
            ["RUS-1.1", "measured_by", "I-1", None, None, None],
            ["ALMI", "responsible_for", "A-1", None, None, None],
            ["RV", "participates_in", "A-1", None, None, None],
            ["A-2", "contributes_to", "S3-1", -2, None, None],
        ],
    ),
    "progress": (
        ["action", "period", "status", "progress", "spent_sek", "comment", "reported_by"],
        [
            ["A-2", "2025Q3", "paused", 35, 90000.5, "Pausad i väntan på medfinansiering", "Almi Mitt"],
            ["A-2", 2024, "planned", 0, None, None, None],
            ["A-2", "2025h1", "ongoing", 20.5, 40000, "+46 ring Anna om läget", "Almi Mitt"],
            ["A-1", "2025-06-30", "completed", 100, 1200000, "Klar", "Region Västernorrland"],
        ],
    ),
}
CURRENT_STATUS = {"A-1": "ongoing", "A-2": "paused"}
"""A-1 keeps its own status; A-2 has none, so its latest report (2025Q3) gives it."""

COUNTS = {"strategies": 2, "goals": 3, "actions": 2, "indicators": 1, "actors": 3, "observations": 2, "links": 9}
"""The counts `ruslink datasets` shows (interfaces.md); an import's own answer also counts progress reports."""
IMPORT_COUNTS = {**COUNTS, "progress": 4}


def _number_text(value: float | int, decimal_comma: bool, thousands: str) -> str:
    if isinstance(value, float) and not value.is_integer():
        whole, frac = f"{value:.10g}".split(".") if "." in f"{value:.10g}" else (f"{value:.10g}", "")
    else:
        whole, frac = str(int(value)), ""
    if thousands and len(whole) > 4:
        groups = []
        while len(whole) > 3:
            groups.insert(0, whole[-3:])
            whole = whole[:-3]
        whole = thousands.join([whole, *groups])
    if not frac:
        return whole
    return whole + ("," if decimal_comma else ".") + frac


def csv_text(
    table: str, *, sep: str = ";", decimal_comma: bool = True, thousands: str = "\u00a0", upper_header: bool = False
) -> str:
    """A table as Excel's CSV export writes it (numbers in the locale's form, dates as ISO)."""
    header, rows = TABLES[table]
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=sep, lineterminator="\r\n")
    writer.writerow([h.upper() if upper_header else h for h in header])
    numeric = {"budget_sek", "baseline_value", "target_value", "value", "progress", "spent_sek"}
    for row in rows:
        cells = []
        for col, value in zip(header, row, strict=False):
            if value is None:
                cells.append("")
            elif isinstance(value, dt.date):
                cells.append(value.isoformat())
            elif isinstance(value, (int, float)) and col in numeric:
                cells.append(_number_text(value, decimal_comma, thousands))
            else:
                cells.append(str(value))
        writer.writerow(cells)
    writer.writerow([""] * len(header))  # an empty trailing row, as Excel sometimes leaves
    return out.getvalue()


def write_csv_folder(
    folder: Path,
    *,
    encoding: str = "utf-8-sig",
    sep: str = ";",
    decimal_comma: bool = True,
    thousands: str = "\u00a0",
    upper_names: bool = False,
    bom_bytes: bool = False,
) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for table in TABLES:
        name = (table.upper() if upper_names else table) + ".csv"
        data = csv_text(
            table, sep=sep, decimal_comma=decimal_comma, thousands=thousands, upper_header=upper_names
        ).encode(encoding)
        (folder / name).write_bytes((b"\xef\xbb\xbf" if bom_bytes else b"") + data)
    return folder


def write_xlsx(path: Path, *, title_case: bool = True, stray_spaces: bool = True) -> Path:
    """The dataset as Excel saves it: numbers as numbers, dates as dates, empty styled rows at the end."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    for table, (header, rows) in TABLES.items():
        sheet = book.create_sheet(table.title() if title_case else table)
        sheet.append([h.title() if title_case else h for h in header])
        for row in rows:
            cells = []
            for value in row:
                if isinstance(value, dt.date):
                    value = dt.datetime(value.year, value.month, value.day)
                elif isinstance(value, str) and stray_spaces and "\n" not in value and not value.startswith("="):
                    value = f" {value}  "
                cells.append(value)
            sheet.append(cells)
        for _ in range(3):  # formatted but empty rows, as Excel keeps them
            sheet.cell(row=sheet.max_row + 1, column=1).font = Font(bold=True)
    # the formula-like rationale is text, as Excel stores a cell typed with a leading apostrophe
    links = book["Links" if title_case else "links"]
    for row in links.iter_rows(min_row=2):
        for cell in row:
            if cell.value == "=SUM(A1)":
                cell.data_type = "s"
    book.save(path)
    return path


def json_document() -> dict[str, list[dict[str, Any]]]:
    doc = {}
    for table, (header, rows) in TABLES.items():
        doc[table] = [
            {
                h: (v.isoformat() if isinstance(v, dt.date) else v)
                for h, v in zip(header, row, strict=False)
                if v is not None
            }
            for row in rows
        ]
    return doc


def write_json(path: Path) -> Path:
    path.write_text(json.dumps(json_document(), ensure_ascii=False, indent=1), encoding="utf-8")
    return path
