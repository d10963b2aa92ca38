"""`ruslink import` killed with SIGKILL at random points: the database always holds the old dataset whole
(or, when the kill came after the switch, the new one whole), and the next import succeeds and cleans up.

Quick mode kills 20 imports; RUSLINK_LONG=1 kills 100. Delays come from a fixed seed.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time
from pathlib import Path

import pytest

from graph import store
from importers.export import read_content
from importers.load import read_dataset, write_dataset
from tests.data import sample
from tests.support.cli import RUSLINK, big_dataset, writing_version

LONG = os.environ.get("RUSLINK_LONG") == "1"
KILLS = 100 if LONG else 20
SEED = 20261123
BIG_ACTIONS = 8000


@pytest.fixture(scope="module")
def env(neo4j_server) -> dict:
    environment = dict(os.environ, NEO4J_URI=neo4j_server["uri"])
    password = neo4j_server["settings"].neo4j_password
    if password is not None:
        environment["NEO4J_PASSWORD"] = password.get_secret_value()
        environment["NEO4J_USER"] = neo4j_server["settings"].neo4j_user
    return environment


def _counts(db, name: str) -> dict | None:
    return next((d["counts"] for d in store.list_datasets(db) if d["dataset"] == name), None)


def _import(env: dict, folder: Path, dataset: str) -> subprocess.Popen:
    return subprocess.Popen(
        [RUSLINK, "import", str(folder), "--dataset", dataset, "--quiet"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_reliability_imports_killed_at_random_points_lose_nothing(db, env, dataset_name, tmp_path) -> None:
    old_folder = sample.write_csv_folder(tmp_path / "old")
    big = big_dataset(tmp_path / "big", BIG_ACTIONS)
    write_dataset(db, dataset_name, read_dataset(old_folder))
    old_counts, old_content = _counts(db, dataset_name), read_content(db, dataset_name)
    big_counts = {
        "strategies": 2,
        "goals": 200,
        "actions": BIG_ACTIONS,
        "indicators": 0,
        "actors": 0,
        "observations": 0,
        "links": BIG_ACTIONS,
    }

    started = time.monotonic()
    assert _import(env, big, dataset_name).wait(300) == 0
    full_run_s = time.monotonic() - started
    assert _counts(db, dataset_name) == big_counts

    rng = random.Random(SEED)
    outcomes = {"old": 0, "new": 0, "half_written_left": 0}
    for _ in range(KILLS):
        write_dataset(db, dataset_name, read_dataset(old_folder))  # the next import succeeds ...
        assert writing_version(db, dataset_name) == (None, 0)  # ... and cleaned up what a kill left
        process = _import(env, big, dataset_name)
        time.sleep(rng.uniform(0.2, 0.95) * full_run_s)  # from start-up to just before the end
        process.send_signal(signal.SIGKILL)
        process.wait(60)
        counts = _counts(db, dataset_name)
        if counts == old_counts:
            outcomes["old"] += 1
            assert read_content(db, dataset_name) == old_content
        else:
            assert counts == big_counts, counts  # the kill came after the switch: the new dataset, whole
            outcomes["new"] += 1
        outcomes["half_written_left"] += writing_version(db, dataset_name)[1] > 0
    write_dataset(db, dataset_name, read_dataset(old_folder))
    assert writing_version(db, dataset_name) == (None, 0)
    assert _counts(db, dataset_name) == old_counts
    print(
        f"\nreliability: {KILLS} imports killed with SIGKILL (full import {full_run_s:.1f} s): "
        f"{outcomes['old']} left the old dataset whole, {outcomes['new']} the new one whole, "
        f"{outcomes['half_written_left']} left a half-written version that the next import removed"
    )
    assert outcomes["old"] > 0 and outcomes["half_written_left"] > 0  # the kills did land mid-import
