"""Suggested links: Swedish matching, reasons a person can check, the contract's JSON, and measured quality."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from importers.load import read_dataset, write_dataset

DEMO = Path(__file__).parents[2] / "importers" / "demo" / "data"
RUSLINK = str(Path(sys.executable).parent / "ruslink")


def test_bench_suggest_command_reports_every_dataset_and_times_ingest():
    done = subprocess.run(
        [RUSLINK, "bench-suggest", "--json", "--ingest-pages", "8"], capture_output=True, text=True, timeout=900
    )
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    report = printed["suggest"]
    assert [r["dataset"] for r in report] == ["demo", "norrsjo", "sjobotten", "fjallmark"]
    assert printed["ingest"]["pages"] == 8 and printed["ingest"]["goals"] == 13
    assert "seconds" in printed["ingest"] and "cpu_seconds" in printed["ingest"]
    for r in report:
        assert r["embeddings"] is True
        for kind in ("actions", "plan_goals"):
            assert set(r[kind]) == {"method", "lexical", "word_overlap", "same_plan"}
            assert all(r[kind][name]["n"] > 0 for name in r[kind])


@pytest.fixture(scope="module")
def loaded_demo(db):
    name = "suggest-demo"
    write_dataset(db, name, read_dataset(DEMO))
    return name


def test_cli_and_api_answer_the_same_contract_json(db, app_settings, neo4j_server, loaded_demo):
    env = dict(os.environ, NEO4J_URI=neo4j_server["uri"])
    password = app_settings.neo4j_password
    if password is not None:
        env["NEO4J_PASSWORD"] = password.get_secret_value()
        env["NEO4J_USER"] = app_settings.neo4j_user
    done = subprocess.run(
        [RUSLINK, "suggest", "--dataset", loaded_demo, "--format", "json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    printed = json.loads(done.stdout)
    assert printed["dataset"] == loaded_demo
    assert {s["kind"] for s in printed["suggestions"]} == {"action_goal", "goal_goal", "goal_reference"}
    for s in printed["suggestions"]:
        assert set(s) == {"subject", "kind", "candidates"}
        for c in s["candidates"]:
            assert set(c) == {"id", "score", "because"}
    # The demo's orphan S3-A7 (an analysis done in 2021–2022) is among the subjects.
    assert "S3-A7" in {s["subject"] for s in printed["suggestions"] if s["kind"] == "action_goal"}
    with TestClient(create_app(app_settings, db=db)) as client:
        answer = client.get(f"/api/datasets/{loaded_demo}/suggestions")
        assert answer.status_code == 200
        assert answer.json() == printed
        assert client.get("/api/datasets/no-such-set/suggestions").status_code == 404
        english = client.get(f"/api/datasets/{loaded_demo}/suggestions?lang=en&top=1&all=true").json()
        assert all(len(s["candidates"]) <= 1 for s in english["suggestions"])
    table = subprocess.run(
        [RUSLINK, "suggest", "--dataset", loaded_demo], env=env, capture_output=True, text=True, timeout=300
    )
    assert table.returncode == 0 and "Förslag på kopplingar" in table.stdout and "S3-A7" in table.stdout
