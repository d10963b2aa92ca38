"""The three ways to an analysis give the same result: the library, `ruslink analyse` and the HTTP API."""

from __future__ import annotations

import csv
import io
import json
import sys
import uuid
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from graph.analyses import ANALYSIS_NAMES, run_analysis
from graph.analyses.compare import compare_datasets
from tests.support.analysis import action, link, load
from tests.support.cli import ruslink

RUSLINK = Path(sys.executable).parent / "ruslink"


@pytest.fixture(scope="module")
def before_after(db) -> tuple[str, str]:
    """The same region imported twice: A1 gets linked in the second import, A2 loses its link."""
    base = f"t-{uuid.uuid4().hex[:8]}"
    before = load(db, base + "-v1", actions=[action("A1"), action("A2")], links=[link("A2", "RUS-1.1")])
    after = load(db, base + "-v2", actions=[action("A1"), action("A2")], links=[link("A1", "RUS-1.1")])
    return before, after


def test_compare_reports_new_and_resolved_findings(db, before_after) -> None:
    before, after = before_after
    result = compare_datasets(db, after, before, "orphan_actions")
    assert [(f.kind, f.subject) for f in result.new] == [("unlinked", "A2")]
    assert [(f.kind, f.subject) for f in result.resolved] == [("unlinked", "A1")]


def test_http_analysis_is_the_library_result(db, app_settings, before_after) -> None:
    _, after = before_after
    with TestClient(create_app(app_settings)) as client:
        response = client.get(f"/api/datasets/{after}/analyses/chains", params={"lang": "en"})
        everything = client.get(f"/api/datasets/{after}/analyses").json()
        named_all = client.get(f"/api/datasets/{after}/analyses/all").json()
        compared = client.get(
            f"/api/datasets/{after}/analyses/orphan_actions", params={"compare": before_after[0]}
        ).json()
    assert response.status_code == 200
    assert response.json() == run_analysis(db, after, "chains", lang="en").model_dump(mode="json")
    assert response.json()["findings"][0]["weakest"] == 1  # extra fields survive
    assert [r["analysis"] for r in everything] == list(ANALYSIS_NAMES) and named_all == everything
    assert [f["subject"] for f in compared["new"]] == ["A2"] and [f["subject"] for f in compared["resolved"]] == ["A1"]


def test_http_unknown_analysis_or_dataset_is_a_404_listing_what_exists(app_settings, before_after) -> None:
    _, after = before_after
    with TestClient(create_app(app_settings)) as client:
        analysis = client.get(f"/api/datasets/{after}/analyses/orphans")
        dataset = client.get("/api/datasets/no-such-dataset/analyses/chains")
        option = client.get(f"/api/datasets/{after}/analyses/actors", params={"bridge_top": "many"})
    assert analysis.status_code == 404 and analysis.json()["error"]["code"] == "analysis_not_found"
    assert "chains" in analysis.json()["error"]["details"]
    assert dataset.status_code == 404 and dataset.json()["error"]["code"] == "dataset_not_found"
    assert after in dataset.json()["error"]["details"]
    assert option.status_code == 422 and "bridge_top" in option.json()["error"]["message"]


def test_cli_json_prints_exactly_the_result(db, app_settings, before_after) -> None:
    _, after = before_after
    one = ruslink(app_settings, "analyse", "orphan_actions", "--dataset", after, "--format", "json")
    assert one.returncode == 0, one.stderr
    assert json.loads(one.stdout) == run_analysis(db, after, "orphan_actions").model_dump(mode="json")
    everything = ruslink(app_settings, "analyse", "all", "--dataset", after, "--format", "json", "--lang", "en")
    assert [r["analysis"] for r in json.loads(everything.stdout)] == list(ANALYSIS_NAMES)


def test_cli_table_csv_and_compare(app_settings, before_after) -> None:
    before, after = before_after
    table = ruslink(app_settings, "analyse", "orphan_actions", "--dataset", after)
    assert (
        table.returncode == 0
        and "Insatser utan koppling till RUS – datamängd" in table.stdout
        and "hög" in table.stdout
    )
    assert table.stdout.startswith("Exempeldata – illustrativt")  # the test datasets are marked illustrative
    rows = list(
        csv.DictReader(
            io.StringIO(
                ruslink(app_settings, "analyse", "orphan_actions", "--dataset", after, "--format", "csv").stdout
            )
        )
    )
    assert [(r["kind"], r["subject"], r["severity"]) for r in rows] == [("unlinked", "A2", "high")]
    compared = json.loads(
        ruslink(
            app_settings, "analyse", "orphan_actions", "--dataset", after, "--compare", before, "--format", "json"
        ).stdout
    )
    assert [f["subject"] for f in compared["new"]] == ["A2"]


def test_cli_refuses_unknown_names_with_exit_1(app_settings, before_after) -> None:
    _, after = before_after
    analysis = ruslink(app_settings, "analyse", "orphans", "--dataset", after)
    dataset = ruslink(app_settings, "analyse", "chains", "--dataset", "no-such-dataset")
    assert analysis.returncode == 1 and "chains" in analysis.stderr and "Traceback" not in analysis.stderr
    assert dataset.returncode == 1 and after in dataset.stderr


def test_http_findings_page_with_limit_and_offset_and_totals(db, app_settings, dataset_name) -> None:
    actions = [action(f"A{i:02d}") for i in range(12)]  # twelve orphan actions
    load(db, dataset_name, actions=actions, links=[])
    whole = run_analysis(db, dataset_name, "orphan_actions").model_dump(mode="json")
    with TestClient(create_app(app_settings)) as client:
        first = client.get(f"/api/datasets/{dataset_name}/analyses/orphan_actions", params={"limit": 5}).json()
        last = client.get(
            f"/api/datasets/{dataset_name}/analyses/orphan_actions", params={"limit": 5, "offset": 10}
        ).json()
        unpaged = client.get(f"/api/datasets/{dataset_name}/analyses/orphan_actions").json()
    assert first["total"] == last["total"] == len(whole["findings"]) >= 12
    assert first["findings"] == whole["findings"][:5] and (first["offset"], first["limit"]) == (0, 5)
    assert last["findings"] == whole["findings"][10:15]
    assert unpaged == whole  # a short list is the contract's shape, unchanged


def test_http_every_analysis_sends_a_long_findings_list_as_its_first_page(db, app_settings, dataset_name) -> None:
    """1 001 orphan actions: `/analyses` sends the first 1 000 with the total, the next page has the last."""
    load(db, dataset_name, actions=[action(f"A{i:04d}") for i in range(1001)], links=[])
    whole = run_analysis(db, dataset_name, "orphan_actions").model_dump(mode="json")
    with TestClient(create_app(app_settings)) as client:
        every = client.get(f"/api/datasets/{dataset_name}/analyses").json()
        rest = client.get(f"/api/datasets/{dataset_name}/analyses/orphan_actions", params={"offset": 1000}).json()
    orphans = next(r for r in every if r["analysis"] == "orphan_actions")
    assert (orphans["total"], orphans["offset"], orphans["limit"]) == (1001, 0, 1000)
    assert orphans["findings"] == whole["findings"][:1000]
    assert rest["findings"] == whole["findings"][1000:] and rest["total"] == 1001
    short = next(r for r in every if r["analysis"] == "chains")
    assert "total" not in short  # a short list keeps the contract's shape
