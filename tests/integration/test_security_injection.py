"""No injection: Cypher only through parameters; hostile text stays inert in the API, exports and CSV output;
spreadsheet formulas are neutralised in everything ruslink writes while round trips stay exact."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from app.main import create_app
from graph import store
from graph.content import DatasetContent
from graph.content_read import read_content
from graph.db import Database
from graph.settings import Settings
from importers.load import read_dataset
from importers.write import write_dataset_file
from tests.support.sources import ROOT, SOURCE_FOLDERS

MARKUP = '<script>alert("x")</script><img src=x onerror=alert(1)>'
JS_URL = "javascript:alert(document.cookie)"
RTL = "Mål \u202egnirts\u202c slut"
LONG = "Långt namn " + "å" * 20_000
FORMULAS = ["=1+1", "+46 70 123 45 67", "-3", "@SUM(A1)", "\tx", '=HYPERLINK("http://x","klicka")']


def hostile_content() -> DatasetContent:
    """A dataset whose every text field holds something a browser, a spreadsheet or a terminal could act on."""
    return DatasetContent.model_validate(
        {
            "description": MARKUP,
            "strategies": [
                {"id": "RUS", "name": MARKUP, "kind": "rus", "url": JS_URL, "description": RTL, "area": "22"},
                {"id": "-3", "name": "=1+1", "kind": "plan", "parent": "RUS", "url": "JaVaScRiPt:alert(2)"},
            ],
            "goals": [
                {"id": "RUS-1", "strategy": "RUS", "name": RTL, "level": "goal_area", "description": LONG},
                {"id": "@SUM(A1)", "strategy": "RUS", "name": MARKUP, "parent": "RUS-1"},
                {"id": "+46 70 123 45 67", "strategy": "-3", "name": "\tx"},
            ],
            "actions": [
                {
                    "id": "=1+1",
                    "strategy": "-3",
                    "name": '=HYPERLINK("http://x","klicka")',
                    "description": MARKUP,
                    "areas": ["2281"],
                    "extra": {"kommentar": "@SUM(A1)"},
                },
                {"id": "A-<b>", "strategy": "-3", "name": MARKUP},
            ],
            "actors": [{"id": "<svg onload=alert(3)>", "name": JS_URL, "kind": "private"}],
            "links": [
                {
                    "from": "=1+1",
                    "type": "contributes_to",
                    "to": "+46 70 123 45 67",
                    "score": 2,
                    "rationale": MARKUP,
                    "source": "-3",
                },
                {"from": "+46 70 123 45 67", "type": "contributes_to", "to": "@SUM(A1)", "score": 1},
                {"from": "@SUM(A1)", "type": "interacts_with", "to": "RUS-1", "score": -2, "rationale": RTL},
                {"from": "<svg onload=alert(3)>", "type": "responsible_for", "to": "A-<b>"},
            ],
        }
    )


@pytest.fixture(scope="module")
def hostile(db: Database) -> str:
    name = "hostile-" + os.urandom(4).hex()
    store.replace_dataset(db, name, hostile_content())
    return name


@pytest.fixture(scope="module")
def client(db: Database, app_settings: Settings):
    with TestClient(create_app(app_settings, db=db)) as test_client:
        yield test_client


def _texts(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [t for v in value.values() for t in _texts(v)]
    if isinstance(value, list):
        return [t for v in value for t in _texts(v)]
    return []


def test_security_hostile_text_comes_back_from_the_json_api_as_inert_json(client, hostile) -> None:
    responses = [client.get("/api/datasets")] + [
        client.get(f"/api/datasets/{hostile}/analyses/{name}", params={"lang": lang})
        for name in ("orphan_actions", "conflicts", "chains", "complementarity")
        for lang in ("sv", "en")
    ]
    texts: list[str] = []
    for response in responses:
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith("application/json")
        assert response.headers["x-content-type-options"] == "nosniff"
        texts += _texts(response.json())
    joined = "\n".join(texts)
    assert MARKUP in joined  # the text is returned as data, unchanged ...
    assert any("=1+1" == t for t in texts) and any("@SUM(A1)" in t for t in texts)
    conflicts = client.get(f"/api/datasets/{hostile}/analyses/conflicts").json()
    assert [(f["kind"], f["subject"], f["related"]) for f in conflicts["findings"]] == [
        ("indirect", "=1+1", ["@SUM(A1)", "RUS-1"]),
        ("declared", "@SUM(A1)", ["RUS-1"]),
    ]
    assert any(MARKUP in f["explanation"] or "\u202e" in f["explanation"] for f in conflicts["findings"])


def test_security_hostile_text_round_trips_through_every_export_form(db, hostile, tmp_path) -> None:
    original = read_content(db, hostile)
    assert original == hostile_content()
    tables_only = original.model_copy(update={"description": None})  # the workbook format has no description
    for target in ("export.xlsx", "export.json", "export-csv"):
        write_dataset_file(original, tmp_path / target)
        assert read_dataset(tmp_path / target).content == tables_only, target


def test_security_formulas_are_neutralised_in_the_xlsx_and_csv_exports(db, hostile, tmp_path) -> None:
    content = read_content(db, hostile)
    write_dataset_file(content, tmp_path / "ut.xlsx")
    book = load_workbook(tmp_path / "ut.xlsx")
    cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value is not None]
    assert all(c.data_type != "f" for c in cells)
    texts = [c.value for c in cells if isinstance(c.value, str)]
    for formula in FORMULAS:
        assert "'" + formula in texts, formula
    assert not [t for t in texts if t.startswith(("=", "+", "@", "\t", "\r"))]
    assert not [t for t in texts if t.startswith("-")]  # "-3" as an id is text; scores stay numbers
    assert -2 in [c.value for c in cells]
    write_dataset_file(content, tmp_path / "ut-csv")
    for path in (tmp_path / "ut-csv").iterdir():
        for row in csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig")), delimiter=";"):
            risky = [
                c
                for c in row
                if c.startswith(("=", "+", "@", "\t", "\r"))
                or (c.startswith("-") and not re.fullmatch(r"-\d+(,\d+)?", c))
            ]
            assert risky == [], (path.name, row)


@pytest.mark.parametrize("value", FORMULAS + ["'=redan citerad", "''", "'", "=", "- 3"])
def test_security_formula_like_values_round_trip_exactly_in_every_form(db, dataset_name, tmp_path, value) -> None:
    content = DatasetContent.model_validate(
        {
            "strategies": [{"id": "RUS", "name": value, "kind": "rus", "description": value}],
            "goals": [{"id": "G", "strategy": "RUS", "name": value}],
            "links": [{"from": "G", "type": "contributes_to", "to": "sdg:8", "rationale": value, "source": value}],
        }
    )
    store.replace_dataset(db, dataset_name, content)
    exported = read_content(db, dataset_name)
    assert exported == content
    for target in ("x.xlsx", "x.json", "x-csv"):
        write_dataset_file(exported, tmp_path / target)
        assert read_dataset(tmp_path / target).content == content, target


def test_security_analyse_csv_output_neutralises_formulas(db, hostile, neo4j_server) -> None:
    env = dict(os.environ, NEO4J_URI=neo4j_server["uri"])
    password = neo4j_server["settings"].neo4j_password
    if password is not None:
        env["NEO4J_PASSWORD"] = password.get_secret_value()
    result = subprocess.run(
        [str(Path(sys.executable).parent / "ruslink"), "analyse", "all", "--dataset", hostile, "--format", "csv"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0][:3] == ["analysis", "dataset", "kind"]
    cells = [c for row in rows[1:] for c in row]
    assert "'=1+1" in cells and "'@SUM(A1)" in cells
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@", "\t", "\r"))]


def test_security_json_output_of_the_api_escapes_control_characters(client, db, dataset_name) -> None:
    content = DatasetContent.model_validate(
        {
            "strategies": [{"id": "RUS", "name": "R", "kind": "rus"}],
            "goals": [{"id": "G", "strategy": "RUS", "name": "Mål\x1b[2J\x00"}],
            "actions": [{"id": "A", "strategy": "RUS", "name": "Insats"}],
            "links": [{"from": "G", "type": "contributes_to", "to": "sdg:8"}],
        }
    )
    store.replace_dataset(db, dataset_name, content)
    response = client.get(f"/api/datasets/{dataset_name}/analyses/orphan_actions")
    assert response.status_code == 200
    assert b"\x1b" not in response.content and b"\x00" not in response.content
    assert json.loads(response.content)["findings"][0]["subject"] == "A"


def _pages(dataset: str) -> list[str]:
    from urllib.parse import quote

    base = f"/datasets/{dataset}"
    return [
        "/",
        base,
        f"{base}/explore",
        f"{base}/actors",
        f"{base}/coverage",
        f"{base}/interactions",
        f"{base}/indicators",
        f"{base}/findings/conflicts",
        f"{base}/findings/orphan_actions",
        f"{base}/goals/{quote('@SUM(A1)', safe='')}",
        f"{base}/goals/RUS-1",
        f"{base}/goals/RUS-1?lang=en",
    ]


def test_security_hostile_text_is_escaped_in_every_page(client, hostile) -> None:
    escaped_somewhere = False
    for path in _pages(hostile):
        response = client.get(path)
        assert response.status_code == 200, (path, response.text[:300])
        assert response.headers["content-type"].startswith("text/html")
        assert "script-src 'self'" in response.headers["content-security-policy"]
        body = response.text
        assert MARKUP not in body and "<svg onload" not in body and "<img src=x" not in body, path
        assert not re.search(r"""(href|src|action)\s*=\s*["']?\s*javascript:""", body, re.IGNORECASE), path
        escaped_somewhere |= "&lt;script&gt;" in body
    assert escaped_somewhere  # the hostile names are shown, as text


def test_security_hostile_text_comes_back_from_the_graph_api_as_data(client, hostile) -> None:
    response = client.get(f"/api/datasets/{hostile}/graph")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    assert MARKUP in "\n".join(_texts(response.json()))


def test_reliability_data_queries_run_only_in_managed_transactions() -> None:
    """Transient errors are retried by execute_read/execute_write; only graph/db.py (the version lookup, retried as a
    managed read on a transient error) and schema statements may run auto-commit."""
    bypass = re.compile(r"(session|driver|self)\.run\(|execute_query\(|begin_transaction\(")
    allowed = {"graph/db.py", "graph/schema.py"}
    hits = []
    for folder in SOURCE_FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            name = str(path.relative_to(ROOT))
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if bypass.search(line) and name not in allowed and "tx.run(" not in line and "uvicorn.run(" not in line:
                    hits.append(f"{name}:{number}: {line.strip()}")
    assert hits == []


def _workbook_texts(data: bytes) -> list:
    book = load_workbook(io.BytesIO(data))
    return [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row if c.value is not None]


@pytest.mark.parametrize("form", ["xlsx", "kumu"])
def test_security_downloaded_workbooks_neutralise_formulas(client, hostile, form) -> None:
    response = client.get(f"/api/datasets/{hostile}/export", params={"format": form})
    assert response.status_code == 200
    cells = _workbook_texts(response.content)
    assert cells and all(c.data_type != "f" for c in cells)
    texts = [c.value for c in cells if isinstance(c.value, str)]
    assert "'=1+1" in texts
    assert not [t for t in texts if t.startswith(("=", "+", "@", "\t", "\r"))]


@pytest.mark.parametrize("form", ["graphml", "gexf"])
def test_security_graph_exports_keep_markup_as_escaped_text(client, hostile, form) -> None:
    response = client.get(f"/api/datasets/{hostile}/export", params={"format": form})
    assert response.status_code == 200
    assert MARKUP not in response.text and "&lt;script&gt;" in response.text
    assert "<svg onload" not in response.text


def test_security_report_page_escapes_hostile_text(client, hostile) -> None:
    response = client.get(f"/datasets/{hostile}/report")
    assert response.status_code == 200, response.text[:300]
    assert MARKUP not in response.text and "<svg onload" not in response.text
    assert not re.search(r"""(href|src)\s*=\s*["']?\s*javascript:""", response.text, re.IGNORECASE)
