"""The package installs: a built wheel carries the Cypher catalogue and runs the analyses from an install
that has no checkout beside it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from graph.queries import QueryCatalogue

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the wheel, a folder it is installed into), built from this checkout."""
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(out)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    wheel = next(out.glob("ruslink-*.whl"))
    target = tmp_path_factory.mktemp("site")
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    return wheel, target


def test_packaging_wheel_holds_every_cypher_query(installed) -> None:
    wheel, _ = installed
    names = {n for n in zipfile.ZipFile(wheel).namelist() if n.endswith(".cypher")}
    expected = {f"cypher/{q.name}.cypher" for q in QueryCatalogue()}
    assert expected and expected <= names


def test_packaging_wheel_leaves_the_benchmark_and_the_tests_out(installed) -> None:
    wheel, _ = installed
    names = zipfile.ZipFile(wheel).namelist()
    assert [n for n in names if n.startswith("app/")], names[:20]
    assert not [n for n in names if n.startswith(("bench/", "app/bench/", "tests/"))]


def test_packaging_installed_wheel_runs_the_analyses_without_the_checkout(
    installed, neo4j_server, db, dataset_name, tmp_path
) -> None:
    from graph import store
    from importers.load import read_dataset
    from tests.data import sample

    store.replace_dataset(db, dataset_name, read_dataset(sample.write_csv_folder(tmp_path / "csv")).content)
    _, target = installed
    settings = neo4j_server["settings"]
    env = {**os.environ, "PYTHONPATH": str(target), "NEO4J_URI": neo4j_server["uri"], "NEO4J_USER": settings.neo4j_user}
    if settings.neo4j_password:
        env["NEO4J_PASSWORD"] = settings.neo4j_password.get_secret_value()
    where = subprocess.run(
        [sys.executable, "-c", "import graph.queries as q; print(q.CYPHER_ROOT)"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert where.stdout.strip().startswith(str(target)), where.stdout + where.stderr
    done = subprocess.run(
        [sys.executable, "-m", "app.cli", "analyse", "all", "--dataset", dataset_name, "--format", "json"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert {r["analysis"] for r in json.loads(done.stdout)} >= {"chains", "orphan_actions", "conflicts"}
