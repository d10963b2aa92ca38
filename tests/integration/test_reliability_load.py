"""A bounded loopback load test: 20 client threads for a fixed time against uvicorn on 127.0.0.1, on the
analysis and graph endpoints of the demo dataset. Every request must succeed; the p95 is reported.

Quick mode runs 10 s; RUSLINK_LONG=1 runs 60 s.
"""

from __future__ import annotations

import os
import socket
import threading
import time

import httpx
import pytest

from app.main import create_app
from graph.analyses import ANALYSIS_NAMES
from importers.demo import load_demo
from tests.support.serving import running

LONG = os.environ.get("RUSLINK_LONG") == "1"
CLIENTS = 20
DURATION_S = 60.0 if LONG else 10.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def served(db, app_settings):
    """The app under uvicorn on a free loopback port, in a thread, with the demo loaded."""
    load_demo(db)
    with running(create_app(app_settings, db=db)) as base:
        yield base


def _paths(base: str) -> list[str]:
    paths = [f"/api/datasets/demo/analyses/{name}" for name in ANALYSIS_NAMES]
    paths += ["/api/datasets/demo/analyses/orphan_actions?lang=en", "/api/datasets"]
    with httpx.Client(base_url=base) as client:
        if client.get("/api/datasets/demo/graph").status_code == 200:  # the network view's data, where present
            paths += ["/api/datasets/demo/graph"] * 3
    return paths


def test_reliability_load_20_clients_get_no_errors(served) -> None:
    paths = _paths(served)
    latencies: list[float] = []
    errors: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + DURATION_S

    def client(offset: int) -> None:
        mine, bad = [], []
        with httpx.Client(base_url=served, timeout=300.0) as http:  # generous: load means errors, never slowness
            i = offset
            while time.monotonic() < stop_at:
                path = paths[i % len(paths)]
                i += 1
                started = time.perf_counter()
                try:
                    response = http.get(path)
                    if response.status_code != 200:
                        bad.append(f"{path}: {response.status_code} {response.text[:200]}")
                except httpx.HTTPError as e:
                    bad.append(f"{path}: {type(e).__name__}")
                mine.append(time.perf_counter() - started)
        with lock:
            latencies.extend(mine)
            errors.extend(bad)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(DURATION_S + 120)
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95) - 1] if latencies else float("nan")
    print(
        f"\nreliability: {len(latencies)} requests from {CLIENTS} clients in {DURATION_S:.0f} s, "
        f"{len(errors)} errors, p50 {latencies[len(latencies) // 2] * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms"
    )
    assert errors == []
    assert len(latencies) >= CLIENTS
