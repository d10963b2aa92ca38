"""CSV files at and past the reader's bounds: width, names inside a zip, encodings, problem counts."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from graph.errors import ImportRefused
from importers.load import read_dataset, read_uploaded
from importers.problems import MAX_SHOWN
from importers.read import MAX_COLUMNS, MAX_ROWS
from tests.data import sample


def _refusal(filename: str, data: bytes, lang: str = "sv") -> ImportRefused:
    with pytest.raises(ImportRefused) as refused:
        read_uploaded(filename, data, lang)
    return refused.value


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _sample_files() -> dict[str, bytes]:
    return {f"{table}.csv": sample.csv_text(table).encode("utf-8") for table in sample.TABLES}


def test_import_bounds_the_sample_zip_imports() -> None:
    assert read_uploaded("rus.zip", _zip(_sample_files())).content.row_count() > 0


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("sv", "rus.zip / actions.csv rad 1: bladet har fler än 500 kolumner"),
        ("en", "rus.zip / actions.csv row 1: the sheet has more than 500 columns"),
    ],
)
def test_import_bounds_ten_thousand_csv_columns_are_refused(lang, expected) -> None:
    files = _sample_files()
    files["actions.csv"] = (";".join(f"c{i}" for i in range(10_000)) + "\n" + ";".join("x" * 10_000) + "\n").encode()
    details = _refusal("rus.zip", _zip(files), lang).details
    assert any("actions.csv" in line and f"{MAX_COLUMNS}" in line for line in details), details


def test_import_bounds_five_hundred_csv_columns_are_read(tmp_path: Path) -> None:
    folder = sample.write_csv_folder(tmp_path / "wide")
    text = (folder / "actors.csv").read_text("utf-8-sig").splitlines()
    extra = MAX_COLUMNS - len(text[0].split(";"))
    lines = [text[0] + "".join(f";extra{i}" for i in range(extra))] + [line + ";" * extra for line in text[1:]]
    (folder / "actors.csv").write_text("\n".join(lines) + "\n", "utf-8")
    assert read_dataset(folder).content.row_count() > 0


@pytest.mark.parametrize(
    "lang, expected",
    [
        (
            "sv",
            "rus.zip: två CSV-filer har samma namn i olika mappar: 2025/goals.csv, 2026/goals.csv; bara filnamnet "
            "räknas, så ta bort eller byt namn på den ena",
        ),
        (
            "en",
            "rus.zip: two CSV files have the same name in different folders: 2025/goals.csv, 2026/goals.csv; only "
            "the file name counts, so remove or rename one of them",
        ),
    ],
)
def test_import_bounds_two_csvs_of_one_name_in_different_zip_folders_are_refused(lang, expected) -> None:
    files = {f"2026/{name}": data for name, data in _sample_files().items()}
    files["2025/goals.csv"] = files["2026/goals.csv"]
    assert _refusal("rus.zip", _zip(files), lang).details == [expected]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_import_bounds_a_utf16_csv_with_bom_is_read(tmp_path: Path, encoding: str) -> None:
    expected = read_dataset(sample.write_csv_folder(tmp_path / "utf8")).content
    folder = sample.write_csv_folder(tmp_path / "utf16")
    bom = {"utf-16": b"", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[encoding]
    for path in folder.iterdir():
        path.write_bytes(bom + path.read_text("utf-8-sig").encode(encoding))
    content = read_dataset(folder).content
    assert content == expected
    assert any("ö" in a.name or "ä" in a.name or "å" in a.name for a in content.actions)


@pytest.mark.parametrize(
    "lang, more",
    [("sv", f"… och {MAX_ROWS - 999} problem till"), ("en", f"… and {MAX_ROWS - 999} more problems")],
)
def test_import_bounds_a_million_problems_give_the_first_thousand_and_a_count(lang, more) -> None:
    data = b'{"actions": [' + b"1," * 1_000_999 + b"1]}"
    refused = _refusal("rows.json", data, lang)
    assert len(refused.details) == MAX_SHOWN + 1
    assert refused.details[-1] == more
    assert refused.details[0].startswith("rows.json")
    # a million rows that are no objects, and the row limit passed, counted as people write numbers
    assert f"{MAX_ROWS + 1:,}".replace(",", "\u00a0" if lang == "sv" else ",") in str(refused)
