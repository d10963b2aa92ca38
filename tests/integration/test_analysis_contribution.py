"""`contribution`: one scorecard per RUS goal, with trends and chain completeness."""

from __future__ import annotations

import uuid

import pytest

from graph.errors import InvalidInput
from tests.support.analysis import action, findings, link, load


def measured(source: str, indicator: str) -> dict:
    return link(source, indicator, type="measured_by")


def obs(indicator: str, period: str, value: float, **columns) -> dict:
    return {"indicator": indicator, "period": period, "value": value, **columns}


@pytest.fixture(scope="module")
def contribution_data(db) -> str:
    return load(
        db,
        f"t-{uuid.uuid4().hex[:10]}",
        actions=[action("A1", status="ongoing"), action("A2", "P2", status="completed")],
        indicators=[
            {
                "id": "I1",
                "name": "Sysselsättningsgrad",
                "direction": "increase",
                "baseline_value": 70,
                "target_value": 80,
            },
            {"id": "I2", "name": "Utsläpp per invånare", "direction": "decrease"},
            {"id": "I3", "name": "Resor med kollektivtrafik"},
            {"id": "I4", "name": "Befolkning"},
        ],
        observations=[
            obs("I1", "2022", 70.0),
            obs("I1", "2023", 72.0),
            obs("I1", "2024", 10.0, area="2281"),
            obs("I1", "2024", 60.0, gender="K"),  # not the whole area, T
            obs("I2", "2023", 5.0),
            obs("I2", "2024", 5.5),
            obs("I3", "2024", 3.0),
            obs("I4", "2023", 100.0),
            obs("I4", "2024", 100.5),
        ],
        links=[
            link("A1", "RUS-1.1"),
            link("A2", "RUS-1.1"),
            measured("RUS-1.1", "I1"),
            measured("RUS-1.2", "I2"),
            measured("RUS-2.1", "I3"),
            measured("RUS-2.1", "I4"),
        ],
    )


def cards(found: list[dict]) -> dict[str, dict]:
    return {f["subject"]: f for f in found}


def test_contribution_scorecard_counts_and_trends(db, contribution_data: str) -> None:
    found = cards(findings(db, contribution_data, "contribution"))
    assert set(found) == {"RUS-1", "RUS-1.1", "RUS-1.2", "RUS-2", "RUS-2.1"}
    card = found["RUS-1.1"]
    assert (card["kind"], card["actions"], card["active_actions"], card["plans"], card["related"]) == (
        "scorecard",
        2,
        1,
        ["P1", "P2"],
        ["P1", "P2"],
    )
    assert (card["has_indicator"], card["has_baseline"], card["has_target"]) == (True, True, True)
    assert card["indicators"] == [{"id": "I1", "trend": "improving"}]
    assert card["chain_completeness"] == 1.0 and card["severity"] == "low"
    assert found["RUS-1.2"]["indicators"] == [{"id": "I2", "trend": "worsening"}]  # lower is better, it rose
    assert found["RUS-2.1"]["indicators"] == [{"id": "I3", "trend": "no_data"}, {"id": "I4", "trend": "flat"}]
    assert found["RUS-1"]["indicators"] == [{"id": "I1", "trend": "improving"}, {"id": "I2", "trend": "worsening"}]


def test_contribution_completeness_and_severity(db, contribution_data: str) -> None:
    found = cards(findings(db, contribution_data, "contribution"))
    assert found["RUS-1.2"]["chain_completeness"] == 0.4 and found["RUS-1.2"]["severity"] == "high"
    # A goal area is followed up through its goals, but no action reaches the area itself.
    area = found["RUS-2"]
    assert (area["actions"], area["has_indicator"], area["chain_completeness"]) == (0, True, 0.4)
    assert "kedjans fullständighet 1" in found["RUS-1.1"]["explanation"]
    assert "”Sysselsättningsgrad”" not in found["RUS-1.1"]["explanation"]  # names in the list are unquoted
    assert "Sysselsättningsgrad: går åt rätt håll" in found["RUS-1.1"]["explanation"]


def test_contribution_flat_tolerance_and_goal_are_options(db, contribution_data: str) -> None:
    strict = findings(db, contribution_data, "contribution", goal="RUS-2.1", trend_flat_tolerance=0)
    assert [f["subject"] for f in strict] == ["RUS-2.1"]
    assert strict[0]["indicators"][1] == {"id": "I4", "trend": "improving"}  # no direction: higher is better
    with pytest.raises(InvalidInput):
        findings(db, contribution_data, "contribution", no_such_option=1)
