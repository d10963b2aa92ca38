"""Raw cells to typed values: the CSV dialect of spec/import-format.md and Excel's cell types.

Text from CSV and numbers, dates or text from Excel/JSON become the same values: ids Excel stored as
numbers become the text the analyst typed ("2281", not "2281.0"), decimal commas and space thousands
separators are read, empty cells mean "not given", and one `'` that ruslink put before a formula-like
text is taken away again (`importers.safe_cells`).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import Any

from graph.progress import normal_period
from importers.columns import ENUMS, REQUIRED_TABLES, TABLE_COLUMNS, Column
from importers.problems import Problems, Where
from importers.read import RawTable
from importers.safe_cells import is_neutralised

IGNORED_SHEETS = frozenset({"instruktioner", "instructions"})
"""Sheets of the template that explain the workbook and are not data."""
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SPACES = str.maketrans({" ": None, "\u00a0": None, "\u202f": None, "\u2009": None, "\u2212": "-"})


class BadValue(Exception):
    def __init__(self, key: str, value: object) -> None:
        super().__init__(key)
        self.key, self.value = key, value


@dataclass
class Row:
    """One converted row: typed values by column and where it came from."""

    table: str
    where: Where
    data: dict[str, Any]
    extra: dict[str, str] = field(default_factory=dict)

    def at(self, column: str) -> Where:
        return self.where.at(column=column)


def text_of(raw: Any) -> str | None:
    """A cell as text: stripped (unless ruslink neutralised it), None when empty."""
    if raw is None:
        return None
    if isinstance(raw, str):
        if _CONTROL.search(raw):
            # Control characters (other than tab and line breaks) are copy-paste debris: no spreadsheet can
            # hold them, so keeping them would make the dataset impossible to export as .xlsx.
            raw = _CONTROL.sub("", raw)
        if is_neutralised(raw):
            return raw[1:]
        return raw.strip() or None
    if isinstance(raw, bool):
        return "true" if raw else "false"
    if isinstance(raw, int):
        return str(raw)
    if isinstance(raw, float):
        if math.isfinite(raw) and raw.is_integer():
            return str(int(raw))
        return repr(raw)
    if isinstance(raw, dt.datetime):
        return raw.date().isoformat() if raw.time() == dt.time(0) else raw.isoformat()
    if isinstance(raw, dt.date):
        return raw.isoformat()
    if isinstance(raw, dt.time):
        return raw.isoformat()
    return str(raw).strip() or None


def number_of(raw: Any) -> float | None:
    """A number from a cell: `1 234,5`, `1234,5`, `1,234.5`, `1234.5` or an Excel number."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return None
    if isinstance(raw, bool):
        raise BadValue("value.not_number", raw)
    if isinstance(raw, (int, float)):
        value = float(raw)
    else:
        text = text_of(raw)
        if text is None:
            return None
        s = text.translate(_SPACES)
        if "," in s and "." in s:
            s = s.replace(".", "").replace(",", ".") if s.rfind(",") > s.rfind(".") else s.replace(",", "")
        else:
            s = s.replace(",", ".")
        try:
            value = float(s)
        except ValueError:
            raise BadValue("value.not_number", text) from None
    if not math.isfinite(value):
        raise BadValue("value.not_number", raw)
    return value


def _integer(raw: Any, key: str) -> int | None:
    if isinstance(raw, (dt.date, dt.datetime)) and key == "value.not_year":
        return raw.year
    try:
        value = number_of(raw)
    except BadValue:
        raise BadValue(key, text_of(raw)) from None
    if value is None:
        return None
    if not value.is_integer():
        raise BadValue(key, text_of(raw))
    return int(value)


def code_of(raw: Any) -> str | None:
    """An area code; a code Excel stored as a number gets its leading zero back (580 -> '0580', 1 -> '01')."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool) and float(raw).is_integer():
        text = str(int(raw))
        return text.zfill(4) if len(text) == 3 else text.zfill(2) if len(text) == 1 else text
    return text_of(raw)


def date_of(raw: Any) -> str | None:
    """An ISO date or a year, as text."""
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        if float(raw).is_integer() and 1000 <= raw <= 9999:
            return str(int(raw))
        raise BadValue("value.not_date", text_of(raw))
    text = text_of(raw)
    if text is None:
        return None
    if len(text) > 10 and _DATE.match(text[:10]) and text[10] in " T" and text[11:].strip("0: ") == "":
        text = text[:10]
    if not _DATE.match(text):
        raise BadValue("value.not_date", text)
    if len(text) == 10:
        try:
            dt.date.fromisoformat(text)
        except ValueError:
            raise BadValue("value.not_date", text) from None
    return text


def report_period_of(raw: Any) -> str | None:
    """A reporting period: a year, `2025H1`, `2025Q3` or an ISO date (graph.progress)."""
    text = date_of(raw) if isinstance(raw, (int, float, dt.date)) and not isinstance(raw, bool) else text_of(raw)
    if text is None:
        return None
    period = normal_period(text)
    if period is None:
        raise BadValue("value.not_report_period", text)
    return period


def list_of(raw: Any, item=text_of) -> list[str]:
    """Values separated by `|` (or a JSON list)."""
    if raw is None:
        return []
    parts = raw if isinstance(raw, list) else ([raw] if not isinstance(raw, str) else raw.split("|"))
    return [v for v in (item(p) for p in parts) if v]


def convert_value(column: Column, raw: Any) -> Any:
    """A raw cell as the typed value of `column`; raises BadValue."""
    kind = column.kind
    if kind in ("id", "text"):
        return text_of(raw)
    if kind == "code":
        return code_of(raw)
    if kind == "number":
        return number_of(raw)
    if kind == "int":
        return _integer(raw, "value.not_integer")
    if kind == "year":
        year = _integer(raw, "value.not_year")
        if year is not None and not 1000 <= year <= 9999:
            raise BadValue("value.not_year", text_of(raw))
        return year
    if kind == "score":
        score = _integer(raw, "value.not_integer")
        if score is not None and not -3 <= score <= 3:
            raise BadValue("value.score_range", text_of(raw))
        return score
    if kind in ("date", "period"):
        return date_of(raw)
    if kind == "report_period":
        return report_period_of(raw)
    if kind == "percent":
        share = number_of(raw)
        if share is not None and not 0 <= share <= 100:
            raise BadValue("value.percent_range", text_of(raw))
        return share
    if kind == "list":
        return list_of(raw)
    if kind == "codes":
        return list_of(raw, code_of)
    if kind.startswith("enum:"):
        text = text_of(raw)
        if text is None:
            return None
        allowed = ENUMS[kind[5:]]
        value = text.upper() if kind == "enum:gender" else text.lower()
        if value not in allowed:
            raise BadValue("value.enum", text)
        return value
    raise ValueError(f"unknown column kind {kind!r}")


def convert_tables(raw_tables: list[RawTable], problems: Problems, *,
                   source: str = "-") -> tuple[dict[str, list[Row]], dict[str, Where]]:
    """Typed rows per known table and where each table came from; unknown tables and columns become
    warnings, bad cells errors."""
    out: dict[str, list[Row]] = {}
    first_where: dict[str, Where] = {}
    for table in raw_tables:
        if table.name in IGNORED_SHEETS:
            continue
        if table.name not in TABLE_COLUMNS:
            problems.warn(table.where, "read.unknown_table", table=table.name)
            continue
        if table.name in out:
            problems.error(table.where, "read.duplicate_table", table=table.name)
            continue
        first_where[table.name] = table.where
        out[table.name] = _convert_table(table, problems)
    unreadable = any(e.key.startswith(("read.bad", "read.unreadable", "read.json", "read.not_found",
                                        "read.unknown_format")) for e in problems.errors)  # see load.UNREADABLE
    if not raw_tables and not unreadable:
        problems.error(Where(source), "read.no_tables")
    elif not unreadable:
        # A missing table is named in the form of the input (a workbook's sheet, not a CSV file).
        anchor = next(iter(first_where.values()), None) or (raw_tables[0].where if raw_tables else None)
        for name in REQUIRED_TABLES:
            if name not in out:
                where = (Where(f"{name}.csv") if anchor is None or anchor.form == "csv"
                         else Where(anchor.file, name, anchor.form))
                problems.error(where, "read.missing_table", table=name)
    return out, first_where


def _convert_table(table: RawTable, problems: Problems) -> list[Row]:
    columns = TABLE_COLUMNS[table.name]
    for col in table.columns:
        if col not in columns:
            problems.warn(table.where.at(column=col), "read.unknown_column")
    missing = {c.name for c in columns.values() if c.required and c.name not in table.columns}
    if table.where.form == "json" and not table.rows:
        missing = set()  # JSON has no header row: an empty list is an empty table (ruslink's own export writes it)
    for name in sorted(missing):
        problems.error(table.where.at(column=name), "read.missing_column")
    rows = []
    for number, record in table.rows:
        where = table.where.at(row=number)
        data: dict[str, Any] = {}
        extra: dict[str, str] = {}
        for col, raw in record.items():
            column = columns.get(col)
            if column is None:
                text = text_of(raw)
                if text is not None:
                    extra[col] = text
                continue
            try:
                value = convert_value(column, raw)
            except BadValue as e:
                problems.error(where.at(column=col), e.key, value=e.value,
                               allowed=", ".join(ENUMS.get(column.kind[5:], ())))
                data[col] = _BAD
                continue
            if value is not None and value != []:
                data[col] = value
        for column in columns.values():
            if column.required and column.name not in missing and column.name not in data:
                problems.error(where.at(column=column.name), "value.missing")
        rows.append(Row(table.name, where, data, extra))
    return rows


class _Bad:
    """A cell already reported as bad: later checks skip it."""

    def __repr__(self) -> str:
        return "<bad>"


_BAD = _Bad()


def is_bad(value: Any) -> bool:
    return value is _BAD
