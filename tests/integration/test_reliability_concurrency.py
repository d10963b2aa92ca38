"""Concurrency over HTTP: a second upload of a dataset being imported gets 409; readers see old or new."""

from __future__ import annotations

import json
import threading

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from graph import store
from importers.write import json_document
from tests.support.datasets import import_held_midway, sized


@pytest.fixture(scope="module")
def client(db, app_settings):
    with TestClient(create_app(app_settings, db=db, allow_anonymous_writes=True)) as test_client:
        yield test_client


def test_reliability_upload_during_an_import_of_the_same_dataset_gets_409(client, db, dataset_name) -> None:
    with import_held_midway(db, dataset_name, sized(300, "first"), wait_s=60):
        upload = json.dumps(json_document(sized(5, "second"))).encode("utf-8")
        response = client.post(
            f"/api/datasets/{dataset_name}/import", files={"file": ("andra.json", upload, "application/json")}
        )
        deleted = client.delete(f"/api/datasets/{dataset_name}")
    assert response.status_code == 409, response.text
    assert response.json()["error"]["code"] == "dataset_busy"
    assert "importeras redan" in response.json()["error"]["message"]
    assert set(response.json()["error"]) == {"code", "message", "details"}
    assert deleted.status_code in (404, 409)  # the first import had not switched yet, or is still running
    counts = next(d for d in client.get("/api/datasets").json() if d["dataset"] == dataset_name)["counts"]
    assert counts["actions"] == 300  # the first import finished whole; the refused one changed nothing
    again = client.post(
        f"/api/datasets/{dataset_name}/import", files={"file": ("andra.json", upload, "application/json")}
    )
    assert again.status_code == 200 and again.json()["counts"]["actions"] == 5


def test_reliability_http_readers_during_an_import_see_old_or_new_never_half(client, db, dataset_name) -> None:
    store.replace_dataset(db, dataset_name, sized(400, "old"))
    seen: list[tuple[int, int]] = []
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            listed = {d["dataset"]: d["counts"] for d in client.get("/api/datasets").json()}
            orphans = client.get(f"/api/datasets/{dataset_name}/analyses/orphan_actions").json()
            seen.append((listed[dataset_name]["actions"], len(orphans["findings"])))

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        store.replace_dataset(db, dataset_name, sized(600, "new"), batch_size=50)
        store.replace_dataset(db, dataset_name, sized(400, "old"), batch_size=50)
    finally:
        stop.set()
        thread.join(120)
    assert seen
    assert {n for n, _ in seen} <= {400, 600}
    assert all(orphans == 0 for _, orphans in seen)  # every action of the version read is linked


def test_reliability_delete_and_recreate_beside_readers_gives_no_500(client, db, dataset_name) -> None:
    """Readers of a dataset being deleted and re-created get 200 (old or new) or 404, never a bug."""
    content = sized(20, "igen")
    store.replace_dataset(db, dataset_name, content)
    stop = threading.Event()
    statuses: list[int] = []

    def churn() -> None:
        for _ in range(6):
            store.delete_dataset(db, dataset_name)
            store.replace_dataset(db, dataset_name, content)
        stop.set()

    writer = threading.Thread(target=churn)
    writer.start()
    paths = [
        f"/api/datasets/{dataset_name}/analyses/orphan_actions",
        f"/api/datasets/{dataset_name}/graph",
        f"/datasets/{dataset_name}",
    ]
    i = 0
    while not stop.is_set() and i < 400:
        statuses.append(client.get(paths[i % len(paths)]).status_code)
        i += 1
    writer.join(300)
    assert statuses and set(statuses) <= {200, 404}, sorted(set(statuses))


def test_reliability_a_lock_left_by_this_servers_dead_import_is_taken_over(db, dataset_name) -> None:
    """An outage mid-import kept the lock from being released; the same server's next import proceeds."""
    import os
    import socket

    db.write(
        "datasets/lock_acquire",
        dataset=dataset_name,
        owner=f"{dataset_name}@died-mid-import",
        host=socket.gethostname(),
        pid=os.getpid(),
        purpose="import",
    )
    result = store.replace_dataset(db, dataset_name, sized(5, "efter"))
    assert store.current_key(db, dataset_name) == result.key
