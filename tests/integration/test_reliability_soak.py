"""A loopback soak against a real `ruslink serve`: imports, deletes and reads mixed for a fixed time. No
answer is a 5xx, every write is acknowledged, and the server's resident memory stays flat.

Readers ask for the datasets being imported and deleted (404 is a correct answer while one is gone), their
analyses, network, pages and the list. RSS is sampled once the first rounds are done (start), halfway and at
the end; the bound is a ratio (end within 1.5 × start), never a time.

Quick mode runs 20 s; RUSLINK_LONG=1 runs 10 minutes.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import httpx
import pytest

from graph.analyses import ANALYSIS_NAMES
from tests.support.report_data import ruslink_env
from tests.support.served_process import served, server_log, status_kb

LONG = os.environ.get("RUSLINK_LONG") == "1"
DURATION_S = 600.0 if LONG else 20.0
READERS = 4
RSS_RATIO = 1.5
"""The most the server's resident memory may grow from the start of the soak to its end."""
TOKEN = "soak-token"
DATASETS = ("soak-a", "soak-b")
FILE = Path(__file__).parent.parent / "data" / "varmland.json"


@pytest.fixture
def server(neo4j_server, tmp_path):
    env = dict(ruslink_env(neo4j_server), RUSLINK_TOKEN=TOKEN, RUSLINK_HOME=str(tmp_path / "home"))
    with served(env, "--demo") as (process, base):
        yield process, base


def _read_paths(dataset: str) -> list[str]:
    paths = [f"/api/datasets/{dataset}/analyses/{name}?limit=50" for name in ANALYSIS_NAMES]
    return paths + [
        f"/api/datasets/{dataset}/analyses",
        f"/api/datasets/{dataset}/graph",
        f"/datasets/{dataset}",
        "/api/datasets",
        "/",
    ]


def test_reliability_soak_imports_deletes_and_reads_mixed(server) -> None:
    process, base = server
    auth = {"Authorization": f"Bearer {TOKEN}"}
    data = FILE.read_bytes()
    statuses: dict[int, int] = {}
    bad: list[str] = []
    writes = {"imports": 0, "deletes": 0}
    lock = threading.Lock()
    started = time.monotonic()
    stop_at = started + DURATION_S

    def note(path: str, response: httpx.Response | None, error: str = "") -> None:
        with lock:
            if response is None:
                bad.append(f"{path}: {error}")
                return
            statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
            if response.status_code >= 500:
                bad.append(f"{path}: {response.status_code} {response.text[:200]}")

    def writer() -> None:
        with httpx.Client(base_url=base, timeout=300.0, headers=auth) as http:
            n = 0
            while time.monotonic() < stop_at:
                name = DATASETS[n % 2]
                n += 1
                path = f"/api/datasets/{name}/import"
                try:
                    response = http.post(path, files={"file": ("varmland.json", data)})
                    note(path, response)
                    if response.status_code != 200:
                        bad.append(f"{path}: {response.status_code} {response.text[:200]}")
                    writes["imports"] += 1
                    if n % 3 == 0:  # every third round deletes what it just imported
                        path = f"/api/datasets/{name}"
                        response = http.delete(path)
                        note(path, response)
                        if response.status_code != 204:
                            bad.append(f"{path}: {response.status_code} {response.text[:200]}")
                        writes["deletes"] += 1
                except httpx.HTTPError as e:
                    note(path, None, type(e).__name__)

    def reader(offset: int) -> None:
        paths = [p for name in (*DATASETS, "demo") for p in _read_paths(name)]
        with httpx.Client(base_url=base, timeout=300.0, headers=auth) as http:
            i = offset
            while time.monotonic() < stop_at:
                path = paths[i % len(paths)]
                i += 7
                try:
                    note(path, http.get(path))
                except httpx.HTTPError as e:
                    note(path, None, type(e).__name__)

    threads = [threading.Thread(target=writer)] + [threading.Thread(target=reader, args=(n,)) for n in range(READERS)]
    for thread in threads:
        thread.start()
    rss: dict[str, int] = {}
    time.sleep(DURATION_S * 0.1)  # past start-up and the first imports: caches filled once
    rss["start"] = status_kb(process.pid, "VmRSS")
    time.sleep(max(0.0, started + DURATION_S / 2 - time.monotonic()))
    rss["middle"] = status_kb(process.pid, "VmRSS")
    for thread in threads:
        thread.join(DURATION_S + 600)
    rss["end"] = status_kb(process.pid, "VmRSS")
    rss["peak"] = status_kb(process.pid, "VmHWM")
    wall = time.monotonic() - started
    total = sum(statuses.values())
    print(
        f"\nreliability: soak {wall:.0f} s, {total} requests ({writes['imports']} imports, {writes['deletes']} "
        f"deletes), statuses {sorted(statuses.items())}, {len(bad)} failures; server RSS start "
        f"{rss['start'] // 1024} MB, middle {rss['middle'] // 1024} MB, end {rss['end'] // 1024} MB "
        f"(end/start {rss['end'] / rss['start']:.2f}), peak {rss['peak'] // 1024} MB"
    )
    assert bad == [], server_log(process)[-6000:]
    assert not [s for s in statuses if s >= 500]
    assert writes["imports"] >= 2 and writes["deletes"] >= 1
    assert rss["end"] <= RSS_RATIO * rss["start"]
