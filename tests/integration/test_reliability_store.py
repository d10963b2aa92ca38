"""Concurrency and outages at the store level: imports never mix, readers never see half a dataset."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import ServerSettings
from graph import store
from graph.db import Database
from graph.errors import DatasetBusy, DatasetNotFound
from graph.settings import Settings
from tests.support.datasets import import_held_midway, sized


def test_store_second_import_of_the_same_dataset_is_refused_while_one_runs(db: Database, dataset_name: str) -> None:
    with import_held_midway(db, dataset_name, sized(300, "first"), wait_s=30):
        with pytest.raises(DatasetBusy) as caught:
            store.replace_dataset(db, dataset_name, sized(5, "second"))
        assert "importeras redan" in caught.value.message
    assert next(d for d in store.list_datasets(db) if d["dataset"] == dataset_name)["counts"]["actions"] == 300


def test_store_readers_during_an_import_see_the_old_or_the_new_version_never_half(
    db: Database, dataset_name: str
) -> None:
    store.replace_dataset(db, dataset_name, sized(400, "old"))
    seen: list[tuple[int, frozenset[str]]] = []
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            key = store.current_key(db, dataset_name)
            rows = db.run_in_tx(
                lambda tx, key=key: tx.run("MATCH (a:Action {dsv: $k}) RETURN a.name AS name", k=key).data(), read=True
            )
            seen.append((len(rows), frozenset(r["name"].split()[0] for r in rows)))

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        store.replace_dataset(db, dataset_name, sized(600, "new"), batch_size=50)
    finally:
        stop.set()
        thread.join(60)
    assert seen
    assert all((n, tags) in {(400, frozenset({"old"})), (600, frozenset({"new"}))} for n, tags in seen)


def test_store_delete_tells_a_reader_of_a_version_replaced_moments_ago_that_it_is_gone(
    db: Database, dataset_name: str
) -> None:
    # A reader resolved the version just before a re-import replaced it (retired, still readable for the grace
    # period); then the dataset is deleted and every one of its versions is removed at once. Whatever the
    # reader got from the rows being deleted under it must end in "gone" (404), not an error of its own.
    store.replace_dataset(db, dataset_name, sized(5, "old"))
    held = store.current_key(db, dataset_name)
    store.replace_dataset(db, dataset_name, sized(5, "new"))
    assert store.while_version_lives(db, held, lambda: "read") == "read"  # retired moments ago: still whole

    def half_read() -> str:
        raise ValueError("None cannot be a node")  # what a read of rows deleted under it raised

    with store.dataset_write_lock(db, dataset_name, "delete"):
        db.write("datasets/delete", dataset=dataset_name)  # the moment after: its rows are being deleted now
    with pytest.raises(DatasetNotFound):
        store.while_version_lives(db, held, half_read)
    store.delete_unused_versions(db, dataset_name, grace_s=0)
    with pytest.raises(DatasetNotFound):
        store.while_version_lives(db, held, half_read)


def test_store_lock_of_a_dead_process_is_taken_over(db: Database, dataset_name: str) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    pid = int(dead.stdout)
    db.write(
        "datasets/lock_acquire",
        dataset=dataset_name,
        owner="gone@1",
        host=__import__("socket").gethostname(),
        pid=pid,
        purpose="import",
    )
    store.replace_dataset(db, dataset_name, sized(3, "after"))
    assert store.current_key(db, dataset_name).startswith(dataset_name + "@")


def test_upload_larger_than_the_limit_is_refused_with_413(app_settings: Settings) -> None:
    settings = ServerSettings.model_validate(app_settings.model_dump() | {"ruslink_max_upload_mb": 1})
    with TestClient(create_app(settings, allow_anonymous_writes=True)) as client:
        response = client.post(
            "/api/datasets/x/import",
            content=b"0" * (2 * 1024 * 1024),
            headers={"content-type": "application/octet-stream"},
        )
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "payload_too_large"


def test_cli_says_in_one_sentence_that_the_database_is_unreachable(tmp_path) -> None:
    env = {"PATH": "/usr/bin:/bin", "NEO4J_URI": "bolt://127.0.0.1:9", "RUSLINK_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "app.cli", "datasets"], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "går inte att nå" in lines[0] and "ruslink neo4j start" in lines[0]
