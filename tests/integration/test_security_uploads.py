"""Hostile uploads: zip bombs, path traversal, too many files, deep JSON, huge sheets — all refused with 4xx."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from fastapi.testclient import TestClient
from openpyxl import Workbook

from app.main import create_app
from graph import store
from importers import read
from tests.data import sample


@pytest.fixture(scope="module")
def client(db, app_settings):
    with TestClient(create_app(app_settings, db=db, allow_anonymous_writes=True)) as test_client:
        yield test_client


def _upload(client, dataset: str, filename: str, data: bytes):
    return client.post(f"/api/datasets/{dataset}/import", files={"file": (filename, data, "application/octet-stream")})


def _refused(response, *words: str) -> str:
    assert response.status_code == 422, response.text
    body = response.json()["error"]
    assert body["code"] == "import_refused"
    text = " ".join([body["message"], *map(str, body["details"])])
    for word in words:
        assert word in text
    return text


def _zeros_entry(archive: zipfile.ZipFile, name: str, megabytes: int) -> None:
    """An entry of `megabytes` MB of zeros, written in chunks: it compresses to a few hundred KB."""
    chunk = bytes(1024 * 1024)
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    with archive.open(info, "w", force_zip64=True) as handle:
        for _ in range(megabytes):
            handle.write(chunk)


def _zip(entries: dict[str, bytes], *, bomb_mb: int = 0) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
        if bomb_mb:
            _zeros_entry(archive, "goals.csv", bomb_mb)
    return buffer.getvalue()


def _sample_csvs(tmp_path) -> dict[str, bytes]:
    folder = sample.write_csv_folder(tmp_path / "csv")
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def _exists(db, dataset: str) -> bool:
    return any(d["dataset"] == dataset for d in store.list_datasets(db))


def test_security_upload_zip_bomb_is_refused_before_it_is_unpacked(client, db, dataset_name, tmp_path) -> None:
    entries = {k: v for k, v in _sample_csvs(tmp_path).items() if k != "goals.csv"}
    bomb = _zip(entries, bomb_mb=read.MAX_UNPACKED_BYTES // (1024 * 1024) + 1)
    assert len(bomb) < 2 * 1024 * 1024  # small on the wire, 257 MB unpacked
    _refused(_upload(client, dataset_name, "tabeller.zip", bomb), "zip", "MB when unpacked")
    assert not _exists(db, dataset_name)


def test_security_upload_zip_with_path_traversal_names_is_refused(client, db, dataset_name, tmp_path) -> None:
    entries = _sample_csvs(tmp_path)
    entries["../../../tmp/goals.csv"] = entries.pop("goals.csv")
    _refused(_upload(client, dataset_name, "tabeller.zip", _zip(entries)), "unsafe file name")
    entries["/etc/goals.csv"] = entries.pop("../../../tmp/goals.csv")
    _refused(_upload(client, dataset_name, "tabeller.zip", _zip(entries)), "unsafe file name")
    assert not _exists(db, dataset_name)


def test_security_upload_zip_with_too_many_files_is_refused(client, dataset_name, tmp_path) -> None:
    entries = _sample_csvs(tmp_path) | {f"extra/{i}.txt": b"x" for i in range(read.MAX_ARCHIVE_ENTRIES)}
    _refused(_upload(client, dataset_name, "tabeller.zip", _zip(entries)), "files inside")


def test_security_upload_xlsx_bomb_is_refused(client, dataset_name, tmp_path) -> None:
    workbook = sample.write_xlsx(tmp_path / "in.xlsx").read_bytes()
    buffer = io.BytesIO(workbook)
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as archive:
        _zeros_entry(archive, "xl/media/padding.bin", read.MAX_UNPACKED_BYTES // (1024 * 1024) + 1)
    _refused(_upload(client, dataset_name, "arbetsbok.xlsx", buffer.getvalue()), "Excel", "MB when unpacked")


def test_security_upload_sheet_wider_than_the_limit_is_refused_with_its_row(client, dataset_name) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "strategies"
    sheet.append(["id", "name", "kind"])
    sheet.append(["RUS", "RUS", "rus"])
    sheet.cell(row=3, column=read.MAX_COLUMNS + 1, value="långt bort")
    buffer = io.BytesIO()
    book.save(buffer)
    _refused(
        _upload(client, dataset_name, "bred.xlsx", buffer.getvalue()),
        'blad "strategies" rad 3',
        f"fler än {read.MAX_COLUMNS} kolumner",
    )


def test_security_upload_table_longer_than_the_limit_is_refused(client, dataset_name, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(read, "MAX_ROWS", 2)  # the real limit is a million rows; the check is the same
    entries = _sample_csvs(tmp_path)
    text = _refused(_upload(client, dataset_name, "tabeller.zip", _zip(entries)), "fler än 2 rader")
    assert "goals.csv rad 4" in text


@pytest.mark.parametrize(
    "filename, data, words",
    [
        ("djup.json", b"[" * 100_000, ("för djupt nästlad",)),  # in Swedish, no English leak
        ("trasig.xlsx", b"PK\x03\x04 inte en arbetsbok", ("Excel",)),
        ("trasig.zip", b"inte en zip", ("zip",)),
        ("tom.zip", b"", ("zip",)),
        ("lista.json", b'{"strategies": 5, "goals": [1, "x"], "links": null}', ("lista", "objekt")),
        ("felkodad.json", b"\xff\xfe{\x00", ("JSON",)),
        ("utan-filändelse", b"id,name\n", ("okänt filformat",)),
    ],
)
def test_security_upload_broken_files_get_422_never_500(client, dataset_name, filename, data, words) -> None:
    _refused(_upload(client, dataset_name, filename, data), *words)


def test_security_upload_a_good_zip_still_loads(client, db, dataset_name, tmp_path) -> None:
    entries = {f"export/{name}": data for name, data in _sample_csvs(tmp_path).items()}
    response = _upload(client, dataset_name, "tabeller.zip", _zip(entries))
    assert response.status_code == 200, response.text
    assert response.json()["counts"] == sample.IMPORT_COUNTS
    assert json.loads(json.dumps(response.json()))["dataset"] == dataset_name
