"""Reading a dataset's tables from a folder of CSV files, an .xlsx workbook, a .json file or a .zip of CSVs.

Readers only find tables, columns and raw cell values (text from CSV; numbers, dates or text from Excel
and JSON); `importers.convert` turns those into typed values. Table and column names are matched
case-insensitively. Every problem is collected, never raised one at a time.
"""

from __future__ import annotations

import csv
import io
import json
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from importers.model import TABLES
from importers.problems import Problems, Where

BOM = b"\xef\xbb\xbf"
MAX_UNPACKED_BYTES = 256 * 1024 * 1024
"""Largest total unpacked size of a .zip or .xlsx (a 50 MB upload can otherwise unpack to gigabytes)."""
MAX_ARCHIVE_ENTRIES = 1000
"""Most files inside a .zip or .xlsx: a dataset has eight tables, a workbook a few dozen parts."""
MAX_ROWS = 1_000_000
"""Most data rows in one table; far beyond any region's linkage work, well short of exhausting memory."""
MAX_COLUMNS = 500
"""Most columns read from one sheet; Excel's own limit (16 384) would make every row that wide."""
_EMPTY_ROW: tuple = ()


@dataclass
class RawTable:
    """One table as read: canonical name, where it came from, its columns and its rows with row numbers."""

    name: str
    where: Where
    columns: list[str] = field(default_factory=list)
    rows: list[tuple[int, dict[str, Any]]] = field(default_factory=list)


def canonical(name: object) -> str:
    return str(name if name is not None else "").replace("\ufeff", "").strip().lower()


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


# -- CSV --------------------------------------------------------------------------------------------

def decode_csv(data: bytes) -> str | None:
    """Text of a CSV file in UTF-8 (with or without BOM) or Windows-1252; None when it is neither."""
    body = data[len(BOM):] if data.startswith(BOM) else data
    for encoding in ("utf-8", "cp1252"):
        try:
            return body.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


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


def read_csv_table(data: bytes, filename: str, problems: Problems) -> RawTable | None:
    """One CSV file as a table (name from the file name); None when unreadable."""
    name = canonical(Path(filename).stem)
    where = Where(filename, name, "csv")
    text = decode_csv(data)
    if text is None:
        problems.error(where, "read.unreadable_encoding")
        return None
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=sniff_separator(text)))
    except csv.Error as e:
        problems.error(where, "read.bad_csv", reason=str(e))
        return None
    return _table_from_records(name, where, records, problems)


def _table_from_records(name: str, where: Where, records: list[list[Any]], problems: Problems) -> RawTable:
    """A table from a header record and data records; row numbers as in Excel (header = row 1)."""
    table = RawTable(name, where)
    if not records:
        return table
    header = [canonical(c) for c in records[0]]
    while header and not header[-1]:
        header.pop()
    seen: set[str] = set()
    for col in header:
        if col and col in seen:
            problems.error(where.at(column=col), "read.duplicate_column")
        seen.add(col)
    table.columns = [c for c in header if c]
    for index, record in enumerate(records[1:], start=2):
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


def read_csv_files(files: dict[str, bytes], problems: Problems) -> list[RawTable]:
    """Tables from CSV files given as {file name: bytes}."""
    tables = []
    for filename in sorted(files):
        table = read_csv_table(files[filename], filename, problems)
        if table is not None:
            tables.append(table)
    return tables


def read_folder(folder: Path, problems: Problems) -> list[RawTable]:
    files = {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file() and p.suffix.lower() == ".csv"}
    return read_csv_files(files, problems)


def read_zip(data: bytes, filename: str, problems: Problems) -> list[RawTable]:
    """Tables from a .zip holding CSV files (folders inside the zip are ignored, only file names count)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        # Sizes come from the archive's directory; zipfile never unpacks an entry past its declared size
        # (it stops and fails the CRC check), so checking them first bounds memory even for a zip bomb.
        refusal = _archive_problem(archive)
        if refusal:
            raise zipfile.BadZipFile(refusal)
        entries = [e for e in archive.infolist() if not e.is_dir() and e.filename.lower().endswith(".csv")
                   and "__MACOSX" not in e.filename and not Path(e.filename).name.startswith("._")]
        files = {Path(e.filename).name: archive.read(e) for e in entries}
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError, zlib.error) as e:
        problems.error(Where(filename), "read.bad_zip", reason=str(e))
        return []
    return read_csv_files(files, problems)


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
    except Exception as e:  # openpyxl raises many kinds (zip, XML, key errors) for a corrupt file
        problems.error(Where(filename), "read.bad_xlsx", reason=str(e) or type(e).__name__)
        return []
    tables = []
    try:
        for sheet in book.worksheets:
            name = canonical(sheet.title)
            where = Where(filename, name, "xlsx")
            tables.append(_table_from_records(name, where, _sheet_records(sheet, where, problems), problems))
    except Exception as e:
        problems.error(Where(filename), "read.bad_xlsx", reason=str(e) or type(e).__name__)
        return []
    finally:
        book.close()
    return tables


def _sheet_records(sheet, where: Where, problems: Problems) -> list:
    """A read-only sheet's rows, streamed: empty rows kept as one shared empty tuple (row numbers stay
    right at little cost), columns past MAX_COLUMNS and rows past MAX_ROWS refused rather than read."""
    records: list = []
    filled = 0
    for index, values in enumerate(sheet.iter_rows(values_only=True, max_col=MAX_COLUMNS + 1), start=1):
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


# -- JSON -------------------------------------------------------------------------------------------

def read_json(data: bytes, filename: str, problems: Problems) -> list[RawTable]:
    """Tables from a JSON object {table: [row objects]}; row numbers count the objects from 1."""
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
        name = canonical(key)
        where = Where(filename, name, "json")
        if name not in TABLES:
            tables.append(RawTable(name, where))
            continue
        if not isinstance(rows, list):
            problems.error(where, "read.json_table_shape")
            continue
        table = RawTable(name, where)
        for index, row in enumerate(rows, start=1):
            if index > MAX_ROWS:
                problems.error(where.at(row=index), "read.too_many_rows", limit=MAX_ROWS)
                break
            if not isinstance(row, dict):
                problems.error(where.at(row=index), "read.json_row_shape")
                continue
            record = {}
            for col, value in row.items():
                c = canonical(col)
                if c not in table.columns:
                    table.columns.append(c)
                record[c] = value
            table.rows.append((index, record))
        tables.append(table)
    return tables


# -- dispatch ---------------------------------------------------------------------------------------

def read_upload(filename: str, data: bytes, problems: Problems) -> list[RawTable]:
    """Tables from one uploaded file, by its extension (.xlsx, .json, .zip, or a single .csv)."""
    suffix = Path(filename).suffix.lower()
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
