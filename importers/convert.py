"""Raw cells to typed values: the CSV dialect of spec/import-format.md and Excel's cell types.

Text from CSV and numbers, dates or text from Excel/JSON become the same values: ids Excel stored as
numbers become the text the analyst typed ("2281", not "2281.0"), decimal commas and space thousands
separators are read, empty cells mean "not given", and one `'` that ruslink put before a formula-like
text is taken away again (`graph.safe_cells`).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass, field
from typing import Any

from graph.i18n import t
from graph.progress import normal_period
from graph.safe_cells import is_neutralised
from importers.areas import area_name, nearest_area, read_areas
from importers.columns import ENUMS, REQUIRED_TABLES, TABLE_COLUMNS, Column
from importers.problems import Problems, Where
from importers.read import RawTable, Uncomputed
from importers.vocabulary import code_for, score_for, swedish_words

IGNORED_SHEETS = frozenset({"instruktioner", "instructions"})
"""Sheets of the template that explain the workbook and are not data."""
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")
_SPACES = str.maketrans({" ": None, "\u00a0": None, "\u202f": None, "\u2009": None, "\u2212": "-"})


class BadValue(Exception):
    def __init__(self, key: str, value: object, **values: Any) -> None:
        super().__init__(key)
        self.key, self.value, self.values = key, value, values


@dataclass(frozen=True)
class Allowed:
    """The values a coded column allows, as a message shows them: Swedish words in Swedish, codes in English."""

    enum: str

    def render(self, lang: str) -> str:
        return ", ".join(ENUMS[self.enum] if lang == "en" else swedish_words(self.enum))


@dataclass
class Row:
    """One converted row: typed values by column and where it came from."""

    table: str
    where: Where
    data: dict[str, Any]
    extra: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)

    def at(self, column: str) -> Where:
        return self.where.at(column=self.labels.get(column, column))


def text_of(raw: Any) -> str | None:
    """A cell as text: stripped (unless ruslink neutralised it), None when empty."""
    if raw is None:
        return None
    if isinstance(raw, str):
        if raw.isprintable() and raw[:1] != "'":
            # Most cells: no control character, tab or line break, and not neutralised (only those start with
            # a quote): the checks below would change nothing.
            return raw.strip() or None
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
    if isinstance(raw, Uncomputed):
        raise BadValue("value.formula_without_value", raw.formula)
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
        named = score_for(raw) if isinstance(raw, str) else None
        if named is not None:
            return named
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
        value = code_for(kind[5:], text)
        if value is None:
            raise BadValue("value.enum", text, allowed=Allowed(kind[5:]))
        return value
    raise ValueError(f"unknown column kind {kind!r}")


def convert_tables(
    raw_tables: list[RawTable], problems: Problems, *, source: str = "-"
) -> tuple[dict[str, list[Row]], dict[str, Where]]:
    """Typed rows per known table and where each table came from; unknown tables and columns become
    warnings, bad cells errors."""
    out: dict[str, list[Row]] = {}
    first_where: dict[str, Where] = {}
    named = {table.name for table in raw_tables if not table.alias}
    for table in raw_tables:
        if table.name in IGNORED_SHEETS:
            continue
        if table.alias and table.name in named:
            # `Kopplingar` beside `links`: the sheet named as the table is the table, the other an extra sheet.
            problems.warn(table.where, "read.unknown_table", table=table.alias)
            continue
        if table.empty:
            # An empty sheet or file of an optional table is an empty table, as a sheet with only a header is.
            if table.name in REQUIRED_TABLES:
                key = "read.empty_required" if table.where.form == "csv" else "read.empty_required_sheet"
                problems.error(table.where, key, table=table.name)
            if table.name in TABLE_COLUMNS and table.name not in out:
                first_where[table.name] = table.where
                out[table.name] = []
            continue
        if table.name not in TABLE_COLUMNS:
            problems.warn(table.where, "read.unknown_table", table=table.name)
            continue
        if table.name in out:
            problems.error(table.where, "read.duplicate_table", table=table.name)
            continue
        first_where[table.name] = table.where
        out[table.name] = _convert_table(table, problems)
    unreadable = any(
        e.key.startswith(
            ("read.bad", "read.unreadable", "read.json", "read.not_found", "read.empty_file", "read.unknown_format")
        )
        for e in problems.errors
    )  # see load.UNREADABLE
    if not raw_tables and not unreadable:
        problems.error(Where(source), "read.no_tables")
    elif not unreadable:
        # A missing table is named in the form of the input (a workbook's sheet, not a CSV file).
        anchor = next(iter(first_where.values()), None) or (raw_tables[0].where if raw_tables else None)
        for name in REQUIRED_TABLES:
            if name not in out:
                where = (
                    Where(f"{name}.csv")
                    if anchor is None or anchor.form == "csv"
                    else Where(anchor.file, name, anchor.form)
                )
                problems.error(where, "read.missing_table", table=name, found=Found(raw_tables))
    return out, first_where


@dataclass(frozen=True)
class Found:
    """What the input holds besides the tables read: the sheets of a workbook, the unknown files of a folder
    (an analyst who renamed a sheet sees what ruslink found instead)."""

    tables: list[RawTable]

    def render(self, lang: str) -> str:
        if not self.tables:
            return ""
        if self.tables[0].where.form == "csv":
            unknown = [table.where.file for table in self.tables if table.name not in TABLE_COLUMNS]
            return f" ({t('read.files_found', lang, names=', '.join(unknown))})" if unknown else ""
        return f" ({t('read.sheets_found', lang, names=', '.join(table.where.table for table in self.tables))})"


def _convert_table(table: RawTable, problems: Problems) -> list[Row]:
    columns = TABLE_COLUMNS[table.name]
    for col in table.columns:
        if col not in columns:
            problems.warn(table.where.at(column=col), "read.unknown_column")
    missing = {c.name for c in columns.values() if c.required and c.name not in table.columns}
    if table.where.form == "json" and not table.rows:
        missing = set()  # JSON has no header row: an empty list is an empty table (ruslink's own export writes it)
    for name in sorted(missing):
        problems.error(table.where.at(column=name), "read.missing_column", table=table.name)
    named = _NamedAreas()
    rows = [
        convert_record(
            table.name, table.where.at(row=number), record, problems, missing=missing, labels=table.labels, named=named
        )
        for number, record in table.rows
    ]
    named.report(problems)
    return rows


def convert_record(
    table: str,
    where: Where,
    record: dict[str, Any],
    problems: Problems,
    *,
    missing: set[str] | frozenset[str] = frozenset(),
    base: Row | None = None,
    labels: dict[str, str] | None = None,
    named: _NamedAreas | None = None,
) -> Row:
    """One row's raw cells as a typed Row, reporting bad cells and missing required values at `where`.

    With `base`, the cells update that row: a cell given as empty clears the value (edits use this).
    `labels` name columns as the analyst wrote them (a Swedish alias); `named` gathers municipality names
    read as codes, told once per name (without it, they are told here).
    """
    columns = TABLE_COLUMNS[table]
    labels = labels or {}
    own_names = named is None
    named = named or _NamedAreas()
    data: dict[str, Any] = dict(base.data) if base else {}
    extra: dict[str, str] = dict(base.extra) if base else {}
    for col, raw in record.items():
        column = columns.get(col)
        if column is None:
            if isinstance(raw, Uncomputed):
                problems.error(where.at(column=col), "value.formula_without_value", value=raw.formula)
                continue
            text = text_of(raw)
            if text is not None:
                extra[col] = text
            else:
                extra.pop(col, None)
            continue
        try:
            value: Any
            if column.kind == "codes":
                value = _areas_of(raw, where.at(column=labels.get(col, col)), problems, named)
            else:
                value = convert_value(column, raw)
            if column.kind == "code" and isinstance(value, str) and not value.isdigit():
                value = _named_area(value, where.at(column=labels.get(col, col)), named)
        except BadValue as e:
            problems.error(where.at(column=labels.get(col, col)), e.key, value=e.value, **e.values)
            data[col] = _BAD
            continue
        if value is not None and value != []:
            data[col] = value
        else:
            data.pop(col, None)
    for column in columns.values():
        if column.required and column.name not in missing and column.name not in data:
            problems.error(where.at(column=labels.get(column.name, column.name)), "value.missing")
    if own_names:
        named.report(problems)
    return Row(table, where, data, extra, labels)


class _NamedAreas:
    """Municipality names read as codes, told once per name (with how many more rows wrote it)."""

    def __init__(self) -> None:
        self.first: dict[tuple[str, str], Where] = {}
        self.more: dict[tuple[str, str], int] = {}

    def add(self, text: str, code: str, where: Where) -> None:
        key = (text, code)
        if key in self.first:
            self.more[key] = self.more.get(key, 0) + 1
        else:
            self.first[key] = where

    def report(self, problems: Problems) -> None:
        for (text, code), where in self.first.items():
            key = "value.county_named" if len(code) == 2 else "value.area_named"
            problems.warn(
                where, key, value=text, code=code, name=area_name(code), more=_More(self.more.get((text, code), 0))
            )


@dataclass(frozen=True)
class _More:
    n: int

    def render(self, lang: str) -> str:
        if not self.n:
            return ""
        return t("value.area_named_more.1" if self.n == 1 else "value.area_named_more", lang, n=self.n)


@dataclass(frozen=True)
class _AreaHint:
    code: str | None

    def render(self, lang: str) -> str:
        return t("value.area_hint", lang, code=self.code, name=area_name(self.code)) if self.code else ""


def _named_area(text: str, where: Where, named: _NamedAreas) -> str:
    """A single area column holding a municipality's or county's name reads as its code (and says so);
    anything else stays as typed, as the format leaves these columns open."""
    areas = read_areas(text)
    if len(areas.codes) == 1 and len(areas.named) == 1 and not areas.unknown:
        named.add(text, areas.codes[0], where)
        return areas.codes[0]
    return text


def _areas_of(raw: Any, where: Where, problems: Problems, named: _NamedAreas) -> list[str]:
    """The area codes of a cell; names are told as notices, unknown parts raise BadValue (first one)."""
    if isinstance(raw, Uncomputed):
        raise BadValue("value.formula_without_value", raw.formula)
    areas = read_areas(raw)
    if areas.unknown:
        raise BadValue("value.unknown_area", areas.unknown[0], hint=_AreaHint(nearest_area(areas.unknown[0])))
    for text, code in areas.named:
        named.add(text, code, where)
    return areas.codes


class _Bad:
    """A cell already reported as bad: later checks skip it."""

    def __repr__(self) -> str:
        return "<bad>"


_BAD = _Bad()


def is_bad(value: Any) -> bool:
    return value is _BAD
