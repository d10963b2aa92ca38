"""A small Värmland workbook as a Swedish analyst fills it in: Swedish sheet and column names, Swedish words
for coded values, area names and commas, decimal commas; written as openpyxl saves it (a merged title row
above a header when asked) or as Swedish Excel saves CSV (Windows-1252, `;`).

`EXPECTED` is the same dataset in the codes of the import format: what every form must import as.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from graph.content import DatasetContent

SHEETS: dict[str, tuple[list[str], list[list[Any]]]] = {
    "Strategier": (
        ["id", "namn", "typ", "överordnad", "ägare", "område"],
        [
            ["RUS", "Värmlandsstrategin 2021–2030", "regional utvecklingsstrategi", None, "RV", "17"],
            ["S3", "Värmlands strategi för smart specialisering", "tematisk plan", "RUS", "RV", None],
        ],
    ),
    "Mål": (
        ["id", "strategi", "namn", "nivå", "överordnad"],
        [
            ["VS-1", "RUS", "Ett konkurrenskraftigt Värmland", "målområde", None],
            ["VS-1.1", "RUS", "Fler företag växer", "mål", "VS-1"],
            ["S3-1", "S3", "Starkare innovationsmiljöer", "Delmål", None],
        ],
    ),
    "Insatser": (
        ["id", "strategi", "namn", "status", "budget", "kommuner"],
        [
            ["A-01", "S3", "Innovationsslussen", "pågående", "1 500 000,50", "1784, 1765"],
            ["A-02", "S3", "Exportlyftet", "Planerad", "250000", "Kil"],
            ["A-03", "RUS", "Kompetensforum", "avslutad", None, "1780|1781"],
        ],
    ),
    "Indikatorer": (
        ["id", "namn", "enhet", "källa", "källans id", "riktning", "basår", "utgångsläge"],
        [
            ["I-01", "Förvärvsfrekvens 20–64 år", "%", "Kolada", "N00914", "öka", 2019, "78,2"],
        ],
    ),
    "Utfall": (
        ["indikator", "år", "värde"],
        [
            ["I-01", 2020, "78,9"],
            ["I-01", 2021, "79,6"],
        ],
    ),
    "Aktörer": (
        ["id", "namn", "typ"],
        [
            ["RV", "Region Värmland", "region"],
            ["KIL", "Kils kommun", "kommun"],
            ["ALMI", "Almi Värmland", "företagsfrämjare"],
        ],
    ),
    "Kopplingar": (
        ["från", "typ", "till", "poäng", "motivering", "källa"],
        [
            ["A-01", "bidrar till", "S3-1", 2, "Slussen ger fler innovationer", "Workshop 2025"],
            ["S3-1", "bidrar till", "VS-1.1", None, None, None],
            ["A-02", "Bidrar till", "VS-1.1", 1, None, None],
            ["A-03", "bidrar till", "S3-1", None, None, None],
            ["VS-1.1", "följs upp med", "I-01", None, None, None],
            ["VS-1.1", "påverkar", "VS-1", -1, None, None],
            ["RV", "ansvarig för", "A-01", None, None, None],
            ["ALMI", "medverkar i", "A-02", None, None, None],
            ["KIL", "ansvarig för", "A-03", None, None, None],
        ],
    ),
}

TITLES = {"Insatser": "Insatser i Värmlandsstrategin – uppföljning 2025"}
"""The title rows an analyst merges above a header."""

EXPECTED = DatasetContent.model_validate(
    {
        "strategies": [
            {"id": "RUS", "name": "Värmlandsstrategin 2021–2030", "kind": "rus", "owner": "RV", "area": "17"},
            {
                "id": "S3",
                "name": "Värmlands strategi för smart specialisering",
                "kind": "plan",
                "parent": "RUS",
                "owner": "RV",
            },
        ],
        "goals": [
            {"id": "VS-1", "strategy": "RUS", "name": "Ett konkurrenskraftigt Värmland", "level": "goal_area"},
            {"id": "VS-1.1", "strategy": "RUS", "name": "Fler företag växer", "level": "goal", "parent": "VS-1"},
            {"id": "S3-1", "strategy": "S3", "name": "Starkare innovationsmiljöer", "level": "target"},
        ],
        "actions": [
            {
                "id": "A-01",
                "strategy": "S3",
                "name": "Innovationsslussen",
                "status": "ongoing",
                "budget_sek": 1500000.5,
                "areas": ["1784", "1765"],
            },
            {
                "id": "A-02",
                "strategy": "S3",
                "name": "Exportlyftet",
                "status": "planned",
                "budget_sek": 250000,
                "areas": ["1715"],
            },
            {
                "id": "A-03",
                "strategy": "RUS",
                "name": "Kompetensforum",
                "status": "completed",
                "areas": ["1780", "1781"],
            },
        ],
        "indicators": [
            {
                "id": "I-01",
                "name": "Förvärvsfrekvens 20–64 år",
                "unit": "%",
                "source": "kolada",
                "source_ref": "N00914",
                "direction": "increase",
                "baseline_year": 2019,
                "baseline_value": 78.2,
            }
        ],
        "observations": [
            {"indicator": "I-01", "period": "2020", "value": 78.9},
            {"indicator": "I-01", "period": "2021", "value": 79.6},
        ],
        "actors": [
            {"id": "RV", "name": "Region Värmland", "kind": "region"},
            {"id": "KIL", "name": "Kils kommun", "kind": "municipality"},
            {"id": "ALMI", "name": "Almi Värmland", "kind": "business_support"},
        ],
        "links": [
            {
                "from": "A-01",
                "type": "contributes_to",
                "to": "S3-1",
                "score": 2,
                "rationale": "Slussen ger fler innovationer",
                "source": "Workshop 2025",
            },
            {"from": "S3-1", "type": "contributes_to", "to": "VS-1.1"},
            {"from": "A-02", "type": "contributes_to", "to": "VS-1.1", "score": 1},
            {"from": "A-03", "type": "contributes_to", "to": "S3-1"},
            {"from": "VS-1.1", "type": "measured_by", "to": "I-01"},
            {"from": "VS-1.1", "type": "interacts_with", "to": "VS-1", "score": -1},
            {"from": "RV", "type": "responsible_for", "to": "A-01"},
            {"from": "ALMI", "type": "participates_in", "to": "A-02"},
            {"from": "KIL", "type": "responsible_for", "to": "A-03"},
        ],
    }
)


def sheets(**changes: tuple[list[str], list[list[Any]]] | None) -> dict[str, tuple[list[str], list[list[Any]]]]:
    """The sheets with some replaced (by keyword, `Insatser=...`) or left out (`=None`)."""
    out = dict(SHEETS)
    for name, table in changes.items():
        if table is None:
            out.pop(name, None)
        else:
            out[name] = table
    return out


def write_workbook(path: Path, tables: dict | None = None, *, titles: dict[str, str] | None = None) -> Path:
    """The sheets as openpyxl saves them; a title is written on row 1, merged across the header's width."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    book.remove(book.active)
    for name, (header, rows) in (tables if tables is not None else SHEETS).items():
        sheet = book.create_sheet(name)
        title = (titles or {}).get(name)
        if title:
            sheet.append([title])
            sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(header))
            sheet["A1"].font = Font(bold=True, size=14)
        sheet.append(header)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return path


def write_csv_folder(folder: Path, tables: dict | None = None) -> Path:
    """The sheets as Swedish Excel saves CSV: Windows-1252, `;`, decimal comma, one file per sheet."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, (header, rows) in (tables if tables is not None else SHEETS).items():
        out = io.StringIO(newline="")
        writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(["" if v is None else str(v).replace(".", ",") if isinstance(v, float) else v for v in row])
        (folder / f"{name}.csv").write_bytes(out.getvalue().encode("cp1252"))
    return folder
