"""POST /api/datasets/{dataset}/import and GET /api/template.xlsx."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from openpyxl import load_workbook

from graph import store
from tests.data import sample
from tests.support.http import AUTH


def _zip(tmp_path) -> bytes:
    folder = sample.write_csv_folder(tmp_path / "csv")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in folder.iterdir():
            archive.write(path, path.name)
    return buffer.getvalue()


@pytest.mark.parametrize("form", ["arbetsbok.xlsx", "data.json", "tabeller.zip"])
def test_import_http_upload_loads_each_form(client, db, dataset_name, tmp_path, form) -> None:
    if form.endswith(".xlsx"):
        data = sample.write_xlsx(tmp_path / form).read_bytes()
    elif form.endswith(".json"):
        data = json.dumps(sample.json_document()).encode()
    else:
        data = _zip(tmp_path)
    response = client.post(f"/api/datasets/{dataset_name}/import", files={"file": (form, data)}, headers=AUTH)
    assert response.status_code == 200, response.text
    assert response.json()["counts"] == sample.IMPORT_COUNTS
    assert next(d["counts"] for d in store.list_datasets(db) if d["dataset"] == dataset_name) == sample.COUNTS


def test_import_http_refuses_with_every_problem_in_details(client, db, dataset_name) -> None:
    doc = sample.json_document()
    doc["links"][0]["to"] = "RUS-9"
    doc["links"][1]["score"] = 7
    response = client.post(
        f"/api/datasets/{dataset_name}/import?lang=en",
        files={"file": ("data.json", json.dumps(doc).encode())},
        headers=AUTH,
    )
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["code"] == "import_refused"
    assert error["details"] == [
        'data.json table "links" item 1, column "to": no row has id "RUS-9"',
        'data.json table "links" item 2, column "score": score 7 is outside the scale −3 … +3',
    ]
    assert all(d["dataset"] != dataset_name for d in store.list_datasets(db))


def test_import_http_needs_the_token(client, dataset_name) -> None:
    response = client.post(
        f"/api/datasets/{dataset_name}/import",
        files={"file": ("data.json", json.dumps(sample.json_document()).encode())},
    )
    assert response.status_code == 401 and response.json()["error"]["code"] == "unauthorized"


def test_import_http_refuses_an_unknown_file_type(client, dataset_name) -> None:
    response = client.post(f"/api/datasets/{dataset_name}/import", files={"file": ("data.txt", b"hej")}, headers=AUTH)
    assert response.status_code == 422
    assert response.json()["error"]["details"][0].startswith("data.txt: okänt filformat")


def test_import_http_template_downloads_a_workbook(client) -> None:
    response = client.get("/api/template.xlsx")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    book = load_workbook(io.BytesIO(response.content))
    assert "Instruktioner" in book.sheetnames and "links" in book.sheetnames
