"""`ruslink serve --workers 2`: several processes answer, each with the same data and ETags."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from graph import store
from tests.support.uihelpers import small_dataset

RUSLINK = Path(sys.executable).parent / "ruslink"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_with_two_workers_answers_consistently(neo4j_server: dict, db) -> None:
    store.replace_dataset(db, "speed-workers", small_dataset())
    settings = neo4j_server["settings"]
    env = {**os.environ, "NEO4J_URI": neo4j_server["uri"], "NEO4J_USER": settings.neo4j_user}
    if settings.neo4j_password:
        env["NEO4J_PASSWORD"] = settings.neo4j_password.get_secret_value()
    port = free_port()
    proc = subprocess.Popen(
        [str(RUSLINK), "serve", "--workers", "2", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{base}/api/health", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, proc.stderr.read().decode()[-2000:] if proc.stderr else ""
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.5)
        answers = [httpx.get(f"{base}/api/datasets/speed-workers/graph", timeout=60) for _ in range(8)]
        assert all(a.status_code == 200 for a in answers)
        assert len({a.headers["etag"] for a in answers}) == 1
        assert len({a.content for a in answers}) == 1
        assert {n["id"] for n in answers[0].json()["nodes"]} >= {"A1", "RUS-1.1"}
        etag = answers[0].headers["etag"]
        repeat = httpx.get(f"{base}/api/datasets/speed-workers/graph", headers={"if-none-match": etag})
        assert repeat.status_code == 304
    finally:
        os.killpg(proc.pid, 15)
        proc.wait(timeout=30)
