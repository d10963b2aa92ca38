"""`conflicts` and `synergies`: goal conflicts (målkonflikter), trade-offs and synergies."""

from __future__ import annotations

import uuid

import pytest

from tests.support.analysis import action, findings, goal, link, load


def interacts(source: str, target: str, score: int) -> dict:
    return link(source, target, score, "interacts_with")


@pytest.fixture(scope="module")
def conflicts_data(db) -> str:
    return load(
        db,
        f"t-{uuid.uuid4().hex[:10]}",
        goals=[goal("PG1"), goal("PG2", "P2"), goal("PG3", "P2"), goal("PG4", "P2")],
        actions=[action("A1"), action("A2"), action("A3", "P2"), action("A4"), action("A5")],
        links=[
            link("A1", "RUS-1.1", 2),
            link("A1", "RUS-1.2", -1),
            link("A2", "PG1"),
            link("PG1", "RUS-2.1"),
            link("A2", "PG2", -2),
            link("PG2", "RUS-1.1"),
            link("A3", "PG3"),
            link("A4", "RUS-1.1"),
            link("A4", "RUS-2.1"),
            link("A5", "RUS-1.1"),
            link("A5", "PG2", -1),  # works against a goal leading to the same RUS goal
            interacts("RUS-1.1", "RUS-1.2", -3),
            interacts("PG3", "RUS-1.2", -2),
            interacts("PG1", "PG2", -1),
            interacts("PG3", "PG4", -3),  # PG4 leads to no RUS goal
            interacts("RUS-2.1", "RUS-1.1", 0),  # consistent: neither conflict nor synergy
            interacts("PG1", "RUS-1.1", 3),
        ],
    )


def test_conflicts_every_kind_with_its_score(db, conflicts_data: str) -> None:
    found = findings(db, conflicts_data, "conflicts")
    assert {(f["kind"], f["subject"], tuple(f["related"]), f["score"]) for f in found} == {
        ("declared", "RUS-1.1", ("RUS-1.2",), -3),
        ("declared", "PG3", ("RUS-1.2",), -2),
        ("declared", "PG1", ("PG2",), -1),
        ("declared", "PG3", ("PG4",), -3),
        ("action_against_goal", "A1", ("RUS-1.2",), -1),
        ("action_against_goal", "A2", ("PG2",), -2),
        ("action_against_goal", "A5", ("PG2",), -1),
        ("trade_off", "A1", ("RUS-1.1", "RUS-1.2"), -1),
        ("trade_off", "A2", ("RUS-2.1", "RUS-1.1"), -2),  # PG2 leads on to RUS-1.1
        ("indirect", "A1", ("RUS-1.1", "RUS-1.2"), -3),
        ("indirect", "A4", ("RUS-1.1", "RUS-1.2"), -3),
        ("indirect", "A5", ("RUS-1.1", "RUS-1.2"), -3),
        ("indirect", "A3", ("PG3", "RUS-1.2"), -2),
        ("indirect", "A2", ("PG1", "PG2"), -1),  # PG2 reaches a RUS goal
    }


def test_conflicts_severity_follows_the_most_negative_score(db, conflicts_data: str) -> None:
    found = findings(db, conflicts_data, "conflicts")
    assert all(f["severity"] == {-3: "high", -2: "medium", -1: "low"}[f["score"]] for f in found)
    assert [f["severity"] for f in found][:5] == ["high"] * 5


def test_conflicts_explain_the_trade_off_with_names_and_score(db, conflicts_data: str) -> None:
    trade_off = next(
        f for f in findings(db, conflicts_data, "conflicts") if f["kind"] == "trade_off" and f["subject"] == "A1"
    )
    assert trade_off["explanation"] == (
        "Avvägning: insatsen ”Insats A1” bidrar till RUS-målet ”Fler företag” men "
        "motverkar RUS-målet ”Minskade utsläpp” (−1, begränsande)."
    )


def test_synergies_declared_and_multi_goal_actions(db, conflicts_data: str) -> None:
    found = findings(db, conflicts_data, "synergies")
    assert {(f["kind"], f["subject"], tuple(f["related"]), f["severity"]) for f in found} == {
        ("declared", "PG1", ("RUS-1.1",), "high"),
        ("multi_goal_action", "A4", ("RUS-1", "RUS-2"), "low"),  # A2 reaches only goal area RUS-2
    }
    english = findings(db, conflicts_data, "synergies", lang="en")
    assert english[0]["explanation"] == "Synergy: “Planmål PG1” affects “Fler företag” positively (+3, indivisible)."


def test_conflicts_trade_off_pairs_every_rus_goal_reached_with_every_goal_worked_against(db, dataset_name) -> None:
    load(
        db,
        dataset_name,
        goals=[goal("PG1"), goal("PG2", "P2")],
        actions=[action("A1")],
        links=[
            link("A1", "RUS-1.1"),
            link("A1", "PG1", 2),
            link("PG1", "RUS-2.1"),
            link("A1", "PG2", -2),
            link("PG2", "RUS-1.2"),
            link("PG2", "RUS-1.1"),
        ],
    )
    found = findings(db, dataset_name, "conflicts", "trade_off")
    assert {(tuple(f["related"]), f["score"]) for f in found} == {
        (("RUS-1.1", "RUS-1.2"), -2),
        (("RUS-2.1", "RUS-1.2"), -2),
        (("RUS-2.1", "RUS-1.1"), -2),
    }
