"""Database outages: the API answers 503 with Retry-After and recovers by itself; the CLI says in one
sentence that the database is unreachable and how to start it."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from graph import local_neo4j, store
from graph.db import Database
from graph.schema import ensure_schema
from graph.settings import Settings
from importers.load import read_dataset
from tests.data import sample

RUSLINK = str(Path(sys.executable).parent / "ruslink")


def _wait_for(client: TestClient, path: str, status: int, seconds: float = 90.0):
    deadline = time.monotonic() + seconds
    while True:
        response = client.get(path)
        if response.status_code == status or time.monotonic() > deadline:
            return response
        time.sleep(0.5)


def test_reliability_analysis_endpoint_is_503_while_neo4j_is_away_and_recovers(own_local_neo4j: Settings,
                                                                               tmp_path) -> None:
    uri = local_neo4j.start(own_local_neo4j)
    settings = Settings(neo4j_uri=uri, ruslink_home=own_local_neo4j.ruslink_home)
    with Database.connect(settings) as db:
        ensure_schema(db)
        store.replace_dataset(db, "avbrott", read_dataset(sample.write_csv_folder(tmp_path / "csv")).content)
    # Each request during the outage waits out the driver's retries, so two paths: an analysis and a page.
    paths = ["/api/datasets/avbrott/analyses/orphan_actions", "/datasets/avbrott/findings/conflicts"]
    with TestClient(create_app(settings)) as client:
        before = {p: client.get(p).json() for p in paths if p.startswith("/api/")}
        assert all(client.get(p).status_code == 200 for p in paths)
        local_neo4j.stop(own_local_neo4j)
        for path in paths:
            down = _wait_for(client, path, 503)
            assert down.status_code == 503, (path, down.text[:300])
            assert int(down.headers["Retry-After"]) > 0
            if path.startswith("/api/"):
                assert down.json()["error"]["code"] == "database_unavailable"
                assert "ruslink neo4j start" in down.json()["error"]["message"]
            else:  # the UI's error page, in Swedish, says the same
                assert "ruslink neo4j start" in down.text
        assert local_neo4j.start(own_local_neo4j) == uri
        for path in paths:
            back = _wait_for(client, path, 200)
            assert back.status_code == 200
            if path.startswith("/api/"):
                assert back.json() == before[path]  # nothing lost


@pytest.mark.parametrize("command", [["import", "{folder}", "--dataset", "x"],
                                     ["analyse", "orphan_actions", "--dataset", "x"],
                                     ["analyse", "all", "--dataset", "x", "--format", "json"]])
def test_reliability_cli_says_in_one_sentence_that_the_database_is_unreachable(tmp_path, command) -> None:
    folder = sample.write_csv_folder(tmp_path / "csv")
    env = {"PATH": "/usr/bin:/bin", "NEO4J_URI": "bolt://127.0.0.1:9", "RUSLINK_HOME": str(tmp_path)}
    args = [a.replace("{folder}", str(folder)) for a in command]
    result = subprocess.run([RUSLINK, *args], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert "går inte att nå" in lines[0] and "ruslink neo4j start" in lines[0]
    assert result.stdout == ""
