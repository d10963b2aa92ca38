"""Database outages: the API answers 503 with Retry-After and recovers by itself; the CLI says in one
sentence that the database is unreachable and how to start it."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import neo4j
import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from graph import local_neo4j, store
from graph.db import Database
from graph.errors import DatabaseUnavailable
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


def test_reliability_analysis_endpoint_is_503_while_neo4j_is_away_and_recovers(
    own_local_neo4j: Settings, tmp_path
) -> None:
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


@pytest.mark.parametrize(
    "command",
    [
        ["import", "{folder}", "--dataset", "x"],
        ["analyse", "orphan_actions", "--dataset", "x"],
        ["analyse", "all", "--dataset", "x", "--format", "json"],
    ],
)
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


def test_reliability_a_stale_pid_in_another_folder_never_stops_this_server(own_local_neo4j: Settings, tmp_path) -> None:
    uri = local_neo4j.start(own_local_neo4j)
    mine = local_neo4j.status(own_local_neo4j)
    other = Settings(neo4j_uri=None, ruslink_home=tmp_path / "home2")
    state = other.ruslink_home / "neo4j"
    state.mkdir(parents=True)
    # A pid that now belongs to this folder's server, left in another folder's state (pids wrap).
    (state / "state.json").write_text(json.dumps({"pid": mine.pid, "uri": uri, "store": str(state / "store")}))
    assert local_neo4j.stop(other) is False
    assert local_neo4j.status(own_local_neo4j).running


def test_reliability_a_copied_state_file_does_not_lead_into_another_folders_database(
    own_local_neo4j: Settings, tmp_path
) -> None:
    local_neo4j.start(own_local_neo4j)
    copied = Settings(neo4j_uri=None, ruslink_home=tmp_path / "home3")
    (copied.ruslink_home / "neo4j").mkdir(parents=True)
    shutil.copy(own_local_neo4j.ruslink_home / "neo4j" / "state.json", copied.ruslink_home / "neo4j" / "state.json")
    assert not local_neo4j.status(copied).running
    assert local_neo4j.stop(copied) is False
    assert local_neo4j.status(own_local_neo4j).running


def test_reliability_a_driver_refuses_a_store_that_is_not_its_own(own_local_neo4j: Settings) -> None:
    uri = local_neo4j.start(own_local_neo4j)
    own = local_neo4j.expected_identity(own_local_neo4j)
    assert own
    with Database(neo4j.GraphDatabase.driver(uri, auth=None), expected_store=own) as db:
        assert db.read("system/ping") == [{"ok": 1}]
    # What a running app sees when another folder's Neo4j has taken its port since.
    with Database(neo4j.GraphDatabase.driver(uri, auth=None), expected_store="another-folders-store") as db:
        with pytest.raises(DatabaseUnavailable, match="annan Neo4j"):
            db.read("system/ping")


def test_reliability_reconnecting_to_a_fresh_store_puts_schema_and_reference_data_back(
    own_local_neo4j: Settings, tmp_path
) -> None:
    uri = local_neo4j.start(own_local_neo4j)
    settings = Settings(neo4j_uri=uri, ruslink_home=own_local_neo4j.ruslink_home)
    folder = sample.write_csv_folder(tmp_path / "csv")
    with Database.connect(settings) as db:
        ensure_schema(db)
        store.replace_dataset(db, "fresh", read_dataset(folder).content)
        before = next(d["counts"] for d in store.list_datasets(db) if d["dataset"] == "fresh")
        # The server is replaced by an empty store on the same address (wiped, or restored from nothing).
        local_neo4j.stop(own_local_neo4j)
        shutil.rmtree(own_local_neo4j.ruslink_home / "neo4j" / "store")
        (own_local_neo4j.ruslink_home / "neo4j" / "store-id").unlink()
        assert local_neo4j.start(own_local_neo4j) == uri
        deadline = time.monotonic() + 60
        while True:
            try:
                store.replace_dataset(db, "fresh", read_dataset(folder).content)
                break
            except DatabaseUnavailable:
                if time.monotonic() > deadline:
                    raise
                time.sleep(1)
        after = next(d["counts"] for d in store.list_datasets(db) if d["dataset"] == "fresh")
    assert before["links"] > 0
    assert after == before


def test_reliability_a_corrupt_state_file_neither_orphans_nor_doubles_the_server(own_local_neo4j: Settings) -> None:
    uri = local_neo4j.start(own_local_neo4j)
    folder = own_local_neo4j.ruslink_home / "neo4j"
    (folder / "state.json").write_text("{inte json", encoding="utf-8")
    assert local_neo4j.status(own_local_neo4j).running
    assert local_neo4j.start(own_local_neo4j) == uri
    store_arg = str(folder / "store").encode()
    launchers = [p for p in Path("/proc").iterdir() if p.name.isdigit() and _cmdline_has(p, store_arg)]
    assert len(launchers) == 1
    assert (folder / "port").read_text(encoding="ascii") == uri.rsplit(":", 1)[1]


def _cmdline_has(proc: Path, arg: bytes) -> bool:
    try:
        return arg in (proc / "cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
