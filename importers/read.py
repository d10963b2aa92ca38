"""Reading a dataset's tables from a folder of CSV files, an .xlsx workbook, a .json file or a .zip of CSVs.

Readers only find tables, columns and raw cell values (text from CSV; numbers, dates or text from Excel
and JSON); `importers.convert` turns those into typed values. Table and column names are matched
case-insensitively. Every problem is collected, never raised one at a time.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import json
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graph.content import TABLES
from graph.model import MAX_DATASET_ROWS
from importers.columns import TABLE_COLUMNS
from importers.problems import Problems, Where
from importers.vocabulary import column_for, fold, table_for

BOM = b"\xef\xbb\xbf"
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
"""Largest total unpacked size of a .zip or .xlsx (a 50 MB upload can otherwise unpack to gigabytes)."""
MAX_ARCHIVE_ENTRIES = 1000
"""Most files inside a .zip or .xlsx: a dataset has eight tables, a workbook a few dozen parts."""
MAX_ROWS = MAX_DATASET_ROWS
"""Most data rows in one table: reading stops at the most a whole dataset may hold (graph.model)."""
MAX_COLUMNS = 500
"""Most columns read from one sheet; Excel's own limit (16 384) would make every row that wide."""
MAX_JSON_CONTAINERS = 2 * MAX_ROWS + 10_000
"""Most lists and objects in a JSON upload (a row object and a list cell per row): counted before parsing,
so 48 MB of `[]` is refused instead of becoming sixteen million Python lists."""
_EMPTY_ROW: tuple = ()
HEADER_SEARCH_ROWS = 10
"""How far down a sheet the header row is looked for (a title, a date line and blank rows above it)."""
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")


class Uncomputed:
    """A formula cell the file holds no computed value for (written by a script, never opened in Excel)."""

    def __init__(self, formula: str) -> None:
        self.formula = formula

    def __repr__(self) -> str:
        return self.formula


@dataclass
class RawTable:
    """One table as read: canonical name, where it came from, its columns and its rows with row numbers."""

    name: str
    where: Where
    columns: list[str] = field(default_factory=list)
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    """Column → the header as the analyst typed it, where that is another word (`från` for `from`)."""
    empty: bool = False
    """Nothing at all in the sheet or file, not even a header."""
    alias: str = ""
    """The other word the sheet or file is named by (`Insatser`), empty when named as the table."""


def canonical(name: object) -> str:
    return str(name if name is not None else "").replace("\ufeff", "").strip().lower()


def table_name(name: object) -> tuple[str, str]:
    """(the table a sheet or file name stands for, the name to show): `Insatser` → ("actions", "Insatser");
    names that are only another spelling of the table (`Links`) are shown as the table's name."""
    text = canonical(name)
    table = table_for(text)
    if table is None:
        return text, str(name if name is not None else "").strip()
    return table, (table if fold(text) == fold(table) else str(name).strip())


def _header(table: str, cells: list[Any]) -> tuple[list[str], dict[str, str]]:
    """Column names of a header record (Swedish words read as the column), and the labels to show. A word is
    read as a column only when the column is not also there by its own name: then it stays an extra column."""
    names, labels = [], {}
    exact = {canonical(c) for c in cells}
    for cell in cells:
        text = canonical(cell)
        column = column_for(table, text) if text else None
        if column is None or (column != text and column in exact):
            names.append(text)
            continue
        names.append(column)
        if fold(text) != fold(column):
            labels[column] = str(cell).strip()
    return names, labels


def _header_index(table: str, records: list[list[Any]]) -> int:
    """The record holding the header: the first of the first rows that names every required column of the
    table, else the one naming most of its columns (at least two), else the first non-empty row."""
    columns = TABLE_COLUMNS.get(table)
    filled = [i for i, r in enumerate(records[:HEADER_SEARCH_ROWS]) if not all(_is_empty(v) for v in r)]
    if not filled:
        return 0
    if columns is None:
        return filled[0]
    required = {c.name for c in columns.values() if c.required}
    best, best_known = filled[0], 1
    for index in filled:
        known = {column_for(table, canonical(v)) for v in records[index] if isinstance(v, str)} - {None}
        if required <= known:
            return index
        if len(known) > best_known:
            best, best_known = index, len(known)
    return best


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# -- CSV --------------------------------------------------------------------------------------------

MAX_LINE_CHARS = 1_000_000
"""Longest physical line of a CSV file read: 500 columns of long text fit, a line of a million separators
(which would become a million-cell record) does not."""
_CHUNK = 1 << 20
_BLANK = re.compile(rb"[\xef\xbb\xbf \t\r\n]*")


def is_blank(data: bytes) -> bool:
    """Whether `data` holds nothing but a BOM and white space (checked without copying it)."""
    return _BLANK.fullmatch(data) is not None


def csv_encoding(data: bytes) -> tuple[str, int] | None:
    """(encoding, bytes to skip) of a CSV file: UTF-16 by its BOM, else UTF-8 (after a UTF-8 BOM, if any) when
    every byte decodes as UTF-8, else Windows-1252; None when it is neither. Checked in chunks, so the text is
    never held twice."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16", 0
    skip = len(BOM) if data.startswith(BOM) else 0
    for encoding in ("utf-8", "cp1252"):
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            for start in range(skip, len(data), _CHUNK):
                decoder.decode(data[start : start + _CHUNK])
            decoder.decode(b"", final=True)
            return encoding, skip
        except UnicodeDecodeError:
            continue
    return None


def decode_csv(data: bytes) -> str | None:
    """Text of a CSV file in UTF-16 or UTF-8 (by BOM), UTF-8 or Windows-1252; None when it is neither."""
    found = csv_encoding(data)
    return None if found is None else data[found[1] :].decode(found[0])


def sniff_separator(text: str) -> str:
    """`;` or `,`, whichever the header line uses more (quoted parts ignored)."""
    header, in_quotes = [], False
    for ch in text:
        if ch == '"':
            in_quotes = not in_quotes
        elif ch in "\r\n" and not in_quotes:
            break
        elif not in_quotes:
            header.append(ch)
    line = "".join(header)
    return ";" if line.count(";") > line.count(",") else ","


class _LineTooLong(Exception):
    pass


def _lines(stream: io.TextIOBase) -> Iterator[str]:
    """Physical lines of a text stream, none longer than MAX_LINE_CHARS (a longer one stops the reading)."""
    while line := stream.readline(MAX_LINE_CHARS + 1):
        if len(line) > MAX_LINE_CHARS:
            raise _LineTooLong
        yield line


def read_csv_table(data: bytes, filename: str, problems: Problems) -> RawTable | None:
    """One CSV file as a table (name from the file name); None when unreadable. Streamed: rows are decoded
    and parsed one at a time, blank rows are only counted, and reading stops at the first limit."""
    name, shown = table_name(Path(filename).stem)
    where = Where(filename, name, "csv")
    alias = shown if shown != name and name in TABLE_COLUMNS else ""
    if is_blank(data):
        return RawTable(name, where, empty=True, alias=alias)
    found = csv_encoding(data)
    if found is None:
        problems.error(where, "read.unreadable_encoding")
        return None
    raw = io.BytesIO(data)  # shares the bytes: nothing is copied
    raw.seek(found[1])
    stream = io.TextIOWrapper(raw, encoding=found[0], newline="")
    start = stream.tell()
    head = stream.read(64 * 1024)
    stream.seek(start)
    try:
        reader = csv.reader(_lines(stream), delimiter=sniff_separator(head))
        table = _table_from_records(name, where, _bounded_records(reader, where, problems), problems)
    except csv.Error as e:
        problems.error(where, "read.bad_csv", reason=str(e))
        return None
    except _LineTooLong:
        problems.error(where, "read.too_many_characters", limit=MAX_LINE_CHARS)
        return None
    table.alias = alias
    return table


def _bounded_records(reader: Iterator[list[str]], where: Where, problems: Problems) -> Iterator[list[str]]:
    """CSV records, refusing a record wider than MAX_COLUMNS (the rest of the file is then not read)."""
    for index, record in enumerate(reader, start=1):
        if len(record) > MAX_COLUMNS and any(v.strip() for v in record[MAX_COLUMNS:]):
            problems.error(where.at(row=index), "read.too_many_columns", limit=MAX_COLUMNS)
            return
        yield record


def _table_from_records(name: str, where: Where, records: Iterable[list[Any]], problems: Problems) -> RawTable:
    """A table from a header record and data records; row numbers as in Excel (header = row 1, unless a title
    stands above it: then the header is found further down and the analyst told so). `records` is read once,
    as a stream: only the first HEADER_SEARCH_ROWS are held before the header is known."""
    table = RawTable(name, where)
    records = iter(records)
    first = list(itertools.islice(records, HEADER_SEARCH_ROWS))
    if all(all(_is_empty(v) for v in r) for r in first):
        for start, record in enumerate(records, start=len(first)):  # noqa: B007 (start is used below)
            if not all(_is_empty(v) for v in record):
                heading, rest = record, records  # below the rows searched: the first filled row is the header
                break
        else:
            table.empty = True
            return table
    else:
        start = _header_index(name, first)
        heading, rest = first[start], itertools.chain(first[start + 1 :], records)
    if start and name in TABLE_COLUMNS:
        problems.warn(where, "read.header_not_first", row=start + 1, above="1" if start == 1 else f"1–{start}")
    header, table.labels = _header(name, list(heading))
    while header and not header[-1]:
        header.pop()
    seen: set[str] = set()
    for col in header:
        if col and col in seen:
            problems.error(where.at(column=col), "read.duplicate_column")
        seen.add(col)
    table.columns = [c for c in header if c]
    for index, record in enumerate(rest, start=start + 2):
        if all(_is_empty(v) for v in record):
            continue
        if len(table.rows) >= MAX_ROWS:
            problems.error(where.at(row=index), "read.too_many_rows", limit=MAX_ROWS)
            break
        row = {col: record[i] for i, col in enumerate(header) if col and i < len(record)}
        table.rows.append((index, row))
    return table


def _archive_problem(archive: zipfile.ZipFile) -> str | None:
    """Why an archive must not be unpacked (too many files, too large unpacked, unsafe names), or None."""
    entries = archive.infolist()
    if len(entries) > MAX_ARCHIVE_ENTRIES:
        return f"{len(entries)} files inside, at most {MAX_ARCHIVE_ENTRIES} are read"
    if sum(e.file_size for e in entries) > MAX_UNPACKED_BYTES:
        return f"more than {MAX_UNPACKED_BYTES // (1024 * 1024)} MB when unpacked"
    for entry in entries:
        name = entry.filename.replace("\\", "/")
        if name.startswith("/") or ".." in name.split("/") or (len(name) > 1 and name[1] == ":"):
            return f"unsafe file name inside: {name[:100]!r}"
    return None


def read_entry(archive: zipfile.ZipFile, entry: zipfile.ZipInfo) -> bytes:
    """An entry's bytes, unpacked in small steps and never past its declared size + 1 byte: an entry that
    holds more than its directory says (10 B declared, a gigabyte inside) is refused, not unpacked."""
    parts, size = [], 0
    with archive.open(entry) as stream:
        while size <= entry.file_size:
            chunk = stream.read(min(_CHUNK, entry.file_size + 1 - size))
            if not chunk:
                break
            parts.append(chunk)
            size += len(chunk)
    if size != entry.file_size:
        raise zipfile.BadZipFile(f"{entry.filename} holds more or less than its declared {entry.file_size} bytes")
    return b"".join(parts)


def read_csv_files(files: dict[str, bytes], problems: Problems) -> list[RawTable]:
    """Tables from CSV files given as {file name: bytes}."""
    tables = []
    for filename in sorted(files):
        table = read_csv_table(files[filename], filename, problems)
        if table is not None:
            tables.append(table)
    return tables


def read_folder(folder: Path, problems: Problems) -> list[RawTable]:
    tables = []
    for path in sorted(folder.iterdir()):
        if path.is_file() and path.suffix.lower() == ".csv":
            table = read_csv_table(path.read_bytes(), path.name, problems)
            if table is not None:
                tables.append(table)
    return tables


def read_zip(data: bytes, filename: str, problems: Problems) -> list[RawTable]:
    """Tables from a .zip holding CSV files (only file names count, so two CSVs of one name in different
    folders are refused). Each entry is unpacked, parsed and let go before the next one."""
    tables = []
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        refusal = _archive_problem(archive)
        if refusal:
            raise zipfile.BadZipFile(refusal)
        entries = [
            e
            for e in archive.infolist()
            if not e.is_dir()
            and e.filename.lower().endswith(".csv")
            and "__MACOSX" not in e.filename
            and not Path(e.filename).name.startswith("._")
        ]
        by_name: dict[str, list[str]] = {}
        for entry in entries:
            by_name.setdefault(Path(entry.filename).name.lower(), []).append(entry.filename)
        twice = {name: paths for name, paths in by_name.items() if len(paths) > 1}
        for paths in twice.values():
            problems.error(Where(filename), "read.bad_zip_same_name", paths=", ".join(sorted(paths)))
        if twice:
            return []
        for entry in sorted(entries, key=lambda e: Path(e.filename).name):
            table = read_csv_table(read_entry(archive, entry), Path(entry.filename).name, problems)
            if table is not None:
                tables.append(table)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError, zlib.error) as e:
        problems.error(Where(filename), "read.bad_zip", reason=str(e))
        return []
    return tables


# -- xlsx -------------------------------------------------------------------------------------------


def read_xlsx(data: bytes, filename: str, problems: Problems) -> list[RawTable]:
    """Every sheet as a table (read-only, cached values of formulas); cells keep their Excel types."""
    import openpyxl

    try:
        refusal = _archive_problem(zipfile.ZipFile(io.BytesIO(data)))
        if refusal:
            problems.error(Where(filename), "read.bad_xlsx", reason=refusal)
            return []
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        # Formulas are read a second time, only when the file has any, to find those without a saved value.
        formulas = (
            openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=False) if _has_formulas(data) else None
        )
    except Exception as e:  # openpyxl raises many kinds (zip, XML, key errors) for a corrupt file
        problems.error(Where(filename), "read.bad_xlsx", reason=str(e) or type(e).__name__)
        return []
    tables = []
    try:
        for number, sheet in enumerate(book.worksheets):
            name, shown = table_name(sheet.title)
            where = Where(filename, shown, "xlsx")
            formula_rows = (
                formulas.worksheets[number].iter_rows(values_only=True, max_col=MAX_COLUMNS + 1)
                if formulas is not None
                else None
            )
            records = _sheet_records(sheet, where, problems, formula_rows)
            table = _table_from_records(name, where, records, problems)
            table.alias = shown if shown != name and name in TABLE_COLUMNS else ""
            tables.append(table)
    except Exception as e:
        problems.error(Where(filename), "read.bad_xlsx", reason=str(e) or type(e).__name__)
        return []
    finally:
        book.close()
        if formulas is not None:
            formulas.close()
    return tables


def _has_formulas(data: bytes) -> bool:
    """Whether any worksheet of the workbook holds a formula (streamed; most workbooks hold none)."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for entry in archive.infolist():
            if not entry.filename.startswith("xl/worksheets/") or not entry.filename.endswith(".xml"):
                continue
            with archive.open(entry) as part:
                tail = b""
                while chunk := part.read(1 << 20):
                    if _FORMULA.search(tail + chunk):
                        return True
                    tail = chunk[-16:]
    return False


def _sheet_records(sheet, where: Where, problems: Problems, formula_rows=None) -> list:
    """A read-only sheet's rows, streamed: empty rows kept as one shared empty tuple (row numbers stay
    right at little cost), columns past MAX_COLUMNS and rows past MAX_ROWS refused rather than read.
    With `formula_rows` (the same sheet read for formulas), a formula without a saved value becomes an
    `Uncomputed` cell, which the conversion reports, instead of an empty one."""
    records: list = []
    filled = 0
    for index, values in enumerate(sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS + 1), start=1):
        if formula_rows is not None:
            values = _with_formulas(values, next(formula_rows, ()))
        if all(_is_empty(v) for v in values):
            records.append(_EMPTY_ROW)
            continue
        if len(values) > MAX_COLUMNS and not _is_empty(values[MAX_COLUMNS]):
            problems.error(where.at(row=index), "read.too_many_columns", limit=MAX_COLUMNS)
            break
        filled += 1
        if filled > MAX_ROWS + 1:  # the header and MAX_ROWS data rows
            problems.error(where.at(row=index), "read.too_many_rows", limit=MAX_ROWS)
            break
        records.append(list(values[:MAX_COLUMNS]))
    return records


def _with_formulas(values: tuple, formulas: tuple) -> tuple:
    """`values` with every empty cell whose formula twin is a formula replaced by an `Uncomputed` cell."""
    out = None
    for i, formula in enumerate(formulas):
        text = getattr(formula, "text", formula)  # an ArrayFormula keeps its text in .text
        if i < len(values) and values[i] is None and isinstance(text, str) and text.startswith("="):
            out = out or list(values)
            out[i] = Uncomputed(text)
    return values if out is None else tuple(out)


# -- JSON -------------------------------------------------------------------------------------------


def _json_columns(table: str, keys: tuple[str, ...]) -> list[str]:
    """The column each key of a JSON row stands for (`från` → `from`), in the row's order; a key whose
    column is also there by its own name stays an extra column."""
    exact = {canonical(key) for key in keys}
    out = []
    for key in keys:
        own = canonical(key)
        column = column_for(table, own) or own
        out.append(own if column != own and column in exact else column)
    return out


def read_json(data: bytes, filename: str, problems: Problems) -> list[RawTable]:
    """Tables from a JSON object {table: [row objects]}; row numbers count the objects from 1."""
    containers = data.count(b"[") + data.count(b"{")  # each becomes a Python object of 56 bytes or more
    if containers > MAX_JSON_CONTAINERS:
        problems.error(Where(filename), "read.too_many_json_items", limit=MAX_JSON_CONTAINERS)
        return []
    text = decode_csv(data)
    try:
        doc = json.loads(text if text is not None else data)
    except json.JSONDecodeError as e:
        problems.error(Where(filename), "read.bad_json_at", line=e.lineno, column=e.colno)
        return []
    except UnicodeDecodeError:
        problems.error(Where(filename), "read.bad_json_encoding")
        return []
    except RecursionError:  # nesting thousands deep: never a dataset, and it must not crash the server
        problems.error(Where(filename), "read.bad_json_nested")
        return []
    if not isinstance(doc, dict):
        problems.error(Where(filename), "read.json_shape")
        return []
    tables = []
    for key, rows in doc.items():
        name, shown = table_name(key)
        where = Where(filename, shown, "json")
        if name not in TABLES:
            tables.append(RawTable(name, where))
            continue
        if not isinstance(rows, list):
            problems.error(where, "read.json_table_shape")
            continue
        table = RawTable(name, where, alias=shown if shown != name else "")
        by_keys: dict[tuple[str, ...], list[str]] = {}
        for index, row in enumerate(rows, start=1):
            if index > MAX_ROWS:
                problems.error(where.at(row=index), "read.too_many_rows", limit=MAX_ROWS)
                break
            if not isinstance(row, dict):
                problems.error(where.at(row=index), "read.json_row_shape")
                continue
            keys = tuple(row)
            columns = by_keys.get(keys)
            if columns is None:  # rows nearly always share their keys: resolve each set of keys once
                columns = by_keys[keys] = _json_columns(name, keys)
                table.columns.extend(c for c in dict.fromkeys(columns) if c not in table.columns)
            table.rows.append((index, dict(zip(columns, row.values(), strict=True))))
        tables.append(table)
    return tables


# -- dispatch ---------------------------------------------------------------------------------------


def read_upload(filename: str, data: bytes, problems: Problems) -> list[RawTable]:
    """Tables from one uploaded file, by its extension (.xlsx, .json, .zip, or a single .csv)."""
    suffix = Path(filename).suffix.lower()
    if is_blank(data) and suffix in (".xlsx", ".xlsm", ".json", ".zip", ".csv"):
        problems.error(Where(filename), "read.empty_file")
        return []
    if suffix in (".xlsx", ".xlsm"):
        return read_xlsx(data, filename, problems)
    if suffix == ".json":
        return read_json(data, filename, problems)
    if suffix == ".zip":
        return read_zip(data, filename, problems)
    problems.error(Where(filename), "read.unknown_format")
    return []


def read_path(path: Path, problems: Problems) -> list[RawTable]:
    """Tables from a folder of CSV files or one .xlsx / .json / .zip file."""
    if path.is_dir():
        return read_folder(path, problems)
    if not path.is_file():
        problems.error(Where(str(path)), "read.not_found")
        return []
    return read_upload(path.name, path.read_bytes(), problems)
