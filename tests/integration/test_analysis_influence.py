"""`influence` on the real Neo4j: the three ways (library, CLI, HTTP) give the same findings, with every field
of spec/analyses.md, DEMATEL nulls on a singular loop, and the explanations in Swedish and English."""

from __future__ import annotations

import json

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from graph.analyses import run_analysis
from tests.support.analysis import goal, link, load
from tests.support.cli import ruslink

FIELDS = {"out_pos", "out_neg", "in_pos", "in_neg", "ei1", "ei2", "total_out", "total_in", "rank"}


def interacts(a: str, b: str, score: int) -> dict:
    return link(a, b, score, type="interacts_with")


@pytest.fixture(scope="module")
def network(db) -> str:
    """RUS-1.1 → RUS-1.2 twice (+3 and +1: mean +2), RUS-1.2 → RUS-2.1 −3, plan goal G1 → RUS-1.1 +1."""
    return load(
        db,
        "t-influence-network",
        goals=[goal("G1")],
        links=[
            interacts("RUS-1.1", "RUS-1.2", 3),
            interacts("RUS-1.1", "RUS-1.2", 1),
            interacts("RUS-1.2", "RUS-2.1", -3),
            interacts("G1", "RUS-1.1", 1),
        ],
    )


@pytest.fixture(scope="module")
def loop(db) -> str:
    """RUS-1.1 ⇄ RUS-1.2 at +3 both ways: I − X is singular."""
    return load(db, "t-influence-loop", links=[interacts("RUS-1.1", "RUS-1.2", 3), interacts("RUS-1.2", "RUS-1.1", 3)])


def by_kind(result, kind: str) -> dict:
    return {f["subject"]: f for f in result["findings"] if f["kind"] == kind}


def test_influence_findings_carry_every_figure(db, network) -> None:
    result = run_analysis(db, network, "influence").model_dump(mode="json")
    found = by_kind(result, "influence")
    assert set(found) == {"RUS-1.1", "RUS-1.2", "RUS-2.1", "G1"}  # RUS-1 and RUS-2 have no interaction
    assert all(FIELDS <= set(f) and f["severity"] == "low" for f in found.values())
    a = found["RUS-1.1"]
    assert (a["ei1"], a["out_pos"], a["out_neg"], a["in_pos"]) == (0.667, 0.667, 0.0, 0.333)  # mean of +3 and +1
    assert a["ei2"] == 0.0  # 2/3 + 2/3 · (−1): the next step takes it back
    assert (found["G1"]["ei2"], found["RUS-1.2"]["ei2"], found["RUS-1.2"]["out_neg"]) == (0.556, -1.0, -1.0)
    assert found["RUS-2.1"]["in_neg"] == -1.0 and found["G1"]["related"] == ["RUS-1.1"]
    assert {k: f["rank"] for k, f in found.items()} == {"G1": 1, "RUS-1.1": 2, "RUS-2.1": 2, "RUS-1.2": 3}
    assert isinstance(a["total_out"], float) and isinstance(a["total_in"], float)
    risk = by_kind(result, "risk")
    assert set(risk) == {"RUS-1.2"} and risk["RUS-1.2"]["severity"] == "high"
    assert risk["RUS-1.2"]["related"] == ["RUS-2.1"]
    assert set(by_kind(result, "leverage")) == {"G1"}  # the only goal above 0
    assert "”Planmål G1”" in found["G1"]["explanation"]


def test_influence_on_a_singular_loop_has_null_totals_in_json(db, app_settings, loop) -> None:
    with TestClient(create_app(app_settings, db=db)) as client:
        answer = client.get(f"/api/datasets/{loop}/analyses/influence", params={"lang": "en"}).json()
    assert answer == run_analysis(db, loop, "influence", lang="en").model_dump(mode="json")
    found = by_kind(answer, "influence")
    assert found["RUS-1.1"]["total_out"] is None and found["RUS-1.2"]["total_in"] is None
    assert found["RUS-1.1"]["rank"] == found["RUS-1.2"]["rank"] == 1
    assert set(by_kind(answer, "leverage")) == {"RUS-1.1", "RUS-1.2"}
    assert "affects 1 goal" in found["RUS-1.1"]["explanation"]


def test_influence_cli_json_is_the_library_result(db, app_settings, network) -> None:
    printed = ruslink(app_settings, "analyse", "influence", "--dataset", network, "--format", "json")
    assert printed.returncode == 0, printed.stderr
    assert json.loads(printed.stdout) == run_analysis(db, network, "influence").model_dump(mode="json")


def test_influence_shows_on_the_matrix_page_goal_page_and_report(db, app_settings, network) -> None:
    with TestClient(create_app(app_settings, db=db)) as client:
        ranked = client.get(f"/datasets/{network}/interactions", params={"sort": "influence", "lang": "sv"}).text
        english = client.get(f"/datasets/{network}/interactions", params={"lang": "en"}).text
        goal_page = client.get(f"/datasets/{network}/goals/RUS-1.1", params={"lang": "sv"}).text
        report = client.get(f"/datasets/{network}/report", params={"lang": "sv"}).text
    table = ranked[ranked.index('class="data influence-table"') :]
    order = [table.index(f'id="inf-{g}"') for g in ("G1", "RUS-1.1", "RUS-2.1", "RUS-1.2")]
    assert order == sorted(order)  # by rank, ties by id
    matrix = ranked[ranked.index('table class="matrix interactions"') : ranked.index("influence-table")]
    assert matrix.index("Planmål G1") < matrix.index("Fler företag")  # the matrix follows the rank too
    assert "Vilka mål driver de andra?" in ranked and "hävstång" in ranked and "Which goals move the others?" in english
    assert 'style="width: 100%"' in table  # RUS-1.2's −1 is the widest bar
    assert "Påverkar (1)" in goal_page and "Påverkas av (1)" in goal_page and "Planmål G1" in goal_page
    assert "Påverkan mellan mål" in report and "Weitz" in report and "DEMATEL" in report and "Nilsson" in report
