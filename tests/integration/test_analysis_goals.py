"""`uncovered_goals`, `unmeasured` and `alignment`: the RUS goals' side of the chain."""

from __future__ import annotations

import uuid

import pytest

from tests.support.analysis import action, findings, goal, link, load

RUS_GOALS = [
    {"id": "RUS-1", "strategy": "RUS", "name": "Stark plats", "level": "goal_area"},
    {"id": "RUS-1.1", "strategy": "RUS", "name": "Fler företag", "parent": "RUS-1"},
    {"id": "RUS-1.2", "strategy": "RUS", "name": "Minskade utsläpp", "parent": "RUS-1"},
    {"id": "RUS-1.2.1", "strategy": "RUS", "name": "Fossilfria transporter", "level": "target", "parent": "RUS-1.2"},
    {"id": "RUS-2", "strategy": "RUS", "name": "Attraktiv livsmiljö", "level": "goal_area"},
    {"id": "RUS-3", "strategy": "RUS", "name": "Kompetens", "level": "goal_area"},
    {"id": "RUS-3.1", "strategy": "RUS", "name": "Matchning", "parent": "RUS-3"},
]


@pytest.fixture(scope="module")
def goals_data(db) -> str:
    return load(
        db,
        f"t-{uuid.uuid4().hex[:10]}",
        rus_goals=RUS_GOALS,
        goals=[goal("PG1"), goal("PG2", "P2"), goal("PG3")],
        actions=[
            action("A1", status="ongoing"),
            action("A2", "P2", status="completed"),
            action("A3", "P2", status="paused"),
            action("A4", status="cancelled"),
            action("A5"),
            action("A6", status="completed"),
        ],
        indicators=[
            {"id": "I1", "name": "Sysselsättningsgrad", "target_value": 80, "baseline_value": 75},
            {"id": "I2", "name": "Utsläpp av växthusgaser"},
            {"id": "I3", "name": "Oanvänd indikator", "target_value": 1},
        ],
        observations=[{"indicator": "I1", "period": "2023", "value": 78.0}],
        links=[
            link("A1", "PG1"),
            link("PG1", "RUS-1.1"),
            link("A2", "RUS-1.1", 2),  # RUS-1.1: two plans
            link("A2", "RUS-1.2.1"),
            link("A3", "PG2"),
            link("PG2", "RUS-1.2.1"),  # RUS-1.2.1: P2, inactive
            link("A4", "RUS-2"),
            link("A6", "RUS-2"),  # RUS-2: childless area, inactive
            link("A5", "RUS-1.2", 0),  # score 0 covers nothing
            link("A6", "RUS-3.1", -1),
            {"from": "RUS-1.1", "type": "measured_by", "to": "I1"},
            {"from": "RUS-1.2.1", "type": "measured_by", "to": "I2"},
            link("RUS-1.1", "nat:2"),
            link("RUS-1.1", "sdg:8.2", 2),
            link("RUS-1.1", "sdg:10.2"),
            link("RUS-1.2", "RUS-1.1"),  # RUS-1.2 reaches via RUS-1.1
            link("RUS-3.1", "sdg:4.4", 0),  # 0 is no alignment
            link("RUS-2", "PG3"),
            link("PG3", "sdg:13.2"),  # through a plan goal
        ],
    )


def kinds(found: list[dict]) -> set[tuple[str, str, tuple[str, ...]]]:
    return {(f["kind"], f["subject"], tuple(f["related"])) for f in found}


def test_uncovered_goals_kinds_follow_the_spec(db, goals_data: str) -> None:
    assert kinds(findings(db, goals_data, "uncovered_goals")) == {
        ("no_action", "RUS-1.2", ()),  # only a score-0 link; the goal area RUS-1 is not a target
        ("no_action", "RUS-3.1", ()),  # only a negative link
        ("single_plan", "RUS-1.2.1", ("P2",)),
        ("no_active_action", "RUS-1.2.1", ("A2", "A3")),
        ("single_plan", "RUS-2", ("P1",)),  # a goal area without goals under it counts
        ("no_active_action", "RUS-2", ("A4", "A6")),
    }


def test_uncovered_goals_severity_and_words(db, goals_data: str) -> None:
    found = findings(db, goals_data, "uncovered_goals")
    assert [f["severity"] for f in found] == sorted((f["severity"] for f in found), key=["high", "medium", "low"].index)
    no_action = next(f for f in found if f["subject"] == "RUS-3.1")
    assert no_action["severity"] == "high"
    assert no_action["explanation"] == "RUS-målet ”Matchning” nås inte av någon insats."


def test_unmeasured_kinds_follow_the_spec(db, goals_data: str) -> None:
    assert kinds(findings(db, goals_data, "unmeasured")) == {
        ("goal_without_indicator", "RUS-2", ()),
        ("goal_without_indicator", "RUS-3", ()),
        ("goal_without_indicator", "RUS-3.1", ()),  # RUS-1 and RUS-1.2 are measured through goals under them
        ("indicator_without_data", "I2", ("RUS-1.2.1",)),  # I3 has no data but nothing uses it
        ("indicator_without_target", "I2", ()),
    }


def test_alignment_follows_positive_paths_to_references(db, goals_data: str) -> None:
    assert kinds(findings(db, goals_data, "alignment")) == {
        ("national", "RUS-1.1", ("nat:2",)),
        ("sdg", "RUS-1.1", ("sdg:8.2", "sdg:10.2")),  # natural order of the ids
        ("national", "RUS-1.2", ("nat:2",)),  # through another RUS goal
        ("sdg", "RUS-1.2", ("sdg:8.2", "sdg:10.2")),
        ("sdg", "RUS-2", ("sdg:13.2",)),  # through a plan's goal
        ("unaligned", "RUS-1.2.1", ()),
        ("unaligned", "RUS-3.1", ()),  # a score of 0 is no alignment
    }


def test_alignment_names_references_in_the_language(db, goals_data: str) -> None:
    sv = next(f for f in findings(db, goals_data, "alignment") if f["kind"] == "national")
    en = next(f for f in findings(db, goals_data, "alignment", lang="en") if f["kind"] == "national")
    assert "”Fler företag”" in sv["explanation"] and "nationella strategin" in sv["explanation"]
    assert en["explanation"].startswith("The RUS goal “Fler företag” contributes to the national strategy")
