"""GraphML, GEXF and Kumu exports read back by real clients (networkx, openpyxl), hostile names included."""

from __future__ import annotations

import io
import uuid
from pathlib import Path

import networkx as nx
import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from app.main import create_app
from tests.support.cli import run
from tests.support.interop import CONTENT, ROWS, links
from tests.support.report_data import FORMULA_ACTION, load_hostile


@pytest.fixture(scope="module")
def hostile(db) -> str:
    return load_hostile(db, f"t-{uuid.uuid4().hex[:10]}")


def test_interop_cli_export_format_writes_graphml(hostile: str, cli_env: dict, tmp_path: Path) -> None:
    target = tmp_path / "out.graphml"
    result = run(cli_env, "export", "--dataset", hostile, "--to", str(target), "--format", "graphml")
    assert result.returncode == 0, result.stderr
    g = nx.read_graphml(target, force_multigraph=True)
    assert ROWS <= set(g.nodes) and len(links(g)) == len(CONTENT.links)
    kumu = tmp_path / "kumu.xlsx"
    assert run(cli_env, "export", "--dataset", hostile, "--to", str(kumu), "--format", "kumu").returncode == 0
    assert load_workbook(kumu).sheetnames == ["Elements", "Connections"]
    refused = run(cli_env, "export", "--dataset", hostile, "--to", str(tmp_path / "x"), "--format", "pdf")
    assert refused.returncode == 1 and "graphml, gexf, kumu" in refused.stderr


def test_interop_http_export_downloads_each_format(db, hostile: str, app_settings) -> None:
    with TestClient(create_app(app_settings)) as client:
        graphml = client.get(f"/api/datasets/{hostile}/export", params={"format": "graphml"})
        assert graphml.status_code == 200 and "attachment" in graphml.headers["content-disposition"]
        g = nx.read_graphml(io.BytesIO(graphml.content), force_multigraph=True)
        assert len(links(g)) == 7
        gexf = client.get(f"/api/datasets/{hostile}/export", params={"format": "gexf"})
        assert nx.read_gexf(io.BytesIO(gexf.content)).nodes["A1"]["label"] == FORMULA_ACTION
        kumu = client.get(f"/api/datasets/{hostile}/export", params={"format": "kumu"})
        assert load_workbook(io.BytesIO(kumu.content)).sheetnames == ["Elements", "Connections"]
        xlsx = client.get(f"/api/datasets/{hostile}/export", params={"format": "xlsx"})
        assert "actions" in load_workbook(io.BytesIO(xlsx.content)).sheetnames
        doc = client.get(f"/api/datasets/{hostile}/export", params={"format": "json"}).json()
        assert {a["id"] for a in doc["actions"]} == {"A1", "A2", "A3"}
        bad = client.get(f"/api/datasets/{hostile}/export", params={"format": "pdf"})
        assert bad.status_code == 422 and "error" in bad.json()
        missing = client.get("/api/datasets/finns-inte/export", params={"format": "gexf"})
        assert missing.status_code == 404 and missing.json()["error"]["code"] == "dataset_not_found"
