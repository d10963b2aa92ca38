"""The version a request follows is kept between requests (graph/changes.py): a kept answer costs no round trip
to Neo4j, and a write is still seen at once, from this process, from another process on this machine, or,
within the kept answer's age, from anywhere else."""

from __future__ import annotations

import os
import time
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from graph import store
from graph.changes import Changes, mark_file
from graph.db import Database
from tests.data import sample
from tests.support.cli import run
from tests.support.uihelpers import small_dataset


class CountingDatabase(Database):
    """The session's Neo4j, counting the version lookups that reach it."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.lookups = 0

    def read_small(self, name: str, **params: Any) -> list[dict[str, Any]]:
        if name == "datasets/current":
            self.lookups += 1
        return super().read_small(name, **params)


def _ok(env: dict, *args: str) -> None:
    done = run(env, *args)
    assert done.returncode == 0, done.stderr[-800:]


def _database(neo4j_server: dict, *, fresh_s: float, marks: bool = True) -> CountingDatabase:
    """A driver of its own to the session's Neo4j (closed with the database object)."""
    db = Database.connect(neo4j_server["settings"])
    path = mark_file(neo4j_server["uri"], neo4j_server["settings"].neo4j_database) if marks else None
    return CountingDatabase(db.driver, database=db.database, changes=Changes(path, fresh_s=fresh_s))


@pytest.fixture
def served(neo4j_server: dict, app_settings):
    """The app with a database whose kept lookups never age (only a marked write makes them stale)."""
    db = _database(neo4j_server, fresh_s=3600)
    with db, TestClient(create_app(app_settings, db=db)) as client:
        yield client, db


def test_versions_repeated_requests_for_kept_answers_do_not_ask_neo4j(served, db) -> None:
    client, counting = served
    store.replace_dataset(db, "lookup-kept", small_dataset())
    paths = ["/api/datasets/lookup-kept/graph", "/api/datasets/lookup-kept/analyses/orphan_actions"]
    first = {p: client.get(p) for p in paths}
    assert all(r.status_code == 200 for r in first.values())
    asked = counting.lookups
    for _ in range(10):
        for path in paths:
            again = client.get(path)
            assert again.status_code == 200
            assert again.headers["etag"] == first[path].headers["etag"]
    assert counting.lookups == asked


def test_versions_a_write_in_this_process_is_seen_at_once(served, db) -> None:
    client, _ = served
    store.replace_dataset(db, "lookup-here", small_dataset())
    before = client.get("/api/datasets/lookup-here/graph")
    assert before.status_code == 200
    store.delete_dataset(db, "lookup-here")
    assert client.get("/api/datasets/lookup-here/graph").status_code == 404


def test_versions_a_write_by_another_process_on_this_machine_is_seen_at_once(served, cli_env, tmp_path) -> None:
    client, _ = served
    folder = sample.write_csv_folder(tmp_path / "csv")
    assert client.get("/api/datasets/lookup-cli/graph").status_code == 404
    _ok(cli_env, "import", str(folder), "--dataset", "lookup-cli")
    made = client.get("/api/datasets/lookup-cli/graph")
    assert made.status_code == 200
    assert made.json()["nodes"]
    _ok(cli_env, "import", str(folder), "--dataset", "lookup-cli")  # a new version of the same rows
    again = client.get("/api/datasets/lookup-cli/graph")
    assert again.status_code == 200
    assert again.headers["etag"] != made.headers["etag"]
    _ok(cli_env, "delete", "--dataset", "lookup-cli", "--yes")
    assert client.get("/api/datasets/lookup-cli/graph").status_code == 404


def test_versions_a_write_that_leaves_no_mark_here_is_seen_once_the_kept_lookup_has_aged(
    neo4j_server: dict, app_settings, cli_env, tmp_path
) -> None:
    """A write from another machine (here: a process with a temporary folder of its own) marks nothing this app
    reads; the app asks Neo4j again once what it kept is older than `fresh_s`."""
    elsewhere = dict(cli_env, TMPDIR=str(tmp_path / "elsewhere"))
    os.makedirs(elsewhere["TMPDIR"])
    folder = sample.write_csv_folder(tmp_path / "csv")
    db = _database(neo4j_server, fresh_s=0.5)
    with db, TestClient(create_app(app_settings, db=db)) as client:
        assert client.get("/api/datasets/lookup-far/graph").status_code == 404
        _ok(elsewhere, "import", str(folder), "--dataset", "lookup-far")
        time.sleep(0.6)
        assert client.get("/api/datasets/lookup-far/graph").status_code == 200
        _ok(elsewhere, "delete", "--dataset", "lookup-far", "--yes")
        time.sleep(0.6)
        assert client.get("/api/datasets/lookup-far/graph").status_code == 404


def test_versions_a_database_without_a_mark_file_still_sees_its_own_process_writes(neo4j_server: dict, db) -> None:
    with _database(neo4j_server, fresh_s=3600, marks=False) as own:
        store.replace_dataset(db, "lookup-nomark", small_dataset())
        key = store.current_key(own, "lookup-nomark")
        store.replace_dataset(db, "lookup-nomark", small_dataset())
        assert store.current_key(own, "lookup-nomark") != key
        store.delete_dataset(db, "lookup-nomark")
