"""`ruslink serve --workers 2`: several processes answer, each with the same data and ETags."""

from __future__ import annotations

import os

import httpx

from graph import store
from tests.support.served_process import served
from tests.support.uihelpers import small_dataset


def test_serve_with_two_workers_answers_consistently(neo4j_server: dict, db) -> None:
    store.replace_dataset(db, "speed-workers", small_dataset())
    settings = neo4j_server["settings"]
    env = {**os.environ, "NEO4J_URI": neo4j_server["uri"], "NEO4J_USER": settings.neo4j_user}
    if settings.neo4j_password:
        env["NEO4J_PASSWORD"] = settings.neo4j_password.get_secret_value()
    with served(env, "--workers", "2") as (_, base):
        answers = [httpx.get(f"{base}/api/datasets/speed-workers/graph", timeout=60) for _ in range(8)]
        assert all(a.status_code == 200 for a in answers)
        assert len({a.headers["etag"] for a in answers}) == 1
        assert len({a.content for a in answers}) == 1
        assert {n["id"] for n in answers[0].json()["nodes"]} >= {"A1", "RUS-1.1"}
        etag = answers[0].headers["etag"]
        repeat = httpx.get(f"{base}/api/datasets/speed-workers/graph", headers={"if-none-match": etag})
        assert repeat.status_code == 304
