"""`chains` and `orphan_actions`: what reaches the RUS goals, and what does not."""

from __future__ import annotations

import uuid

import pytest

from graph.errors import NotFound
from tests.support.analysis import action, findings, goal, link, load


@pytest.fixture(scope="module")
def chains_data(db) -> str:
    return load(
        db,
        f"t-{uuid.uuid4().hex[:10]}",
        goals=[goal("PG1"), goal("PG2", "P2"), goal("PG3", "P2"), goal("PG4", "P2")],
        actions=[
            action("A1"),
            action("A2"),
            action("A3", "P2"),
            action("A4"),
            action("A5"),
            action("A6", "P2"),
            action("A7"),
        ],
        links=[
            link("A1", "PG1", 2),
            link("PG1", "RUS-1.1", 3),
            link("A1", "RUS-1.1", 1),
            link("RUS-1.1", "RUS-1", 1),
            link("A2", "RUS-1.2", 0),  # score 0: no chain
            link("A3", "PG2"),
            link("PG2", "PG3"),
            link("PG3", "PG2"),  # a cycle
            link("PG3", "RUS-2.1", 2),
            link("A4", "sdg:8.2"),  # a reference only
            link("A5", "RUS-1.2", -1),
            link("A5", "PG1", 0),  # only 0 or below
            link("A6", "PG4", 2),
            link("PG4", "PG3", -2),  # a dead end
        ],
    )


def test_chains_one_finding_per_action_and_rus_goal_with_the_strongest_path(db, chains_data: str) -> None:
    found = findings(db, chains_data, "chains")
    assert {(f["subject"], tuple(f["related"]), f["weakest"]) for f in found} == {
        ("RUS-1.1", ("A1", "PG1", "RUS-1.1"), 2),
        ("RUS-1", ("A1", "RUS-1.1", "RUS-1"), 1),  # equally weak: the shorter path
        ("RUS-2.1", ("A3", "PG2", "PG3", "RUS-2.1"), 1),
    }
    assert len(found) == 3  # the cycle PG2 <-> PG3 neither hangs nor repeats a finding
    assert all(f["kind"] == "chain" and f["severity"] == "low" for f in found)


def test_chains_prefer_strongest_weakest_link_then_fewest_links(db) -> None:
    plan_goals = [goal("G1"), goal("G2"), goal("G3"), goal("X")]
    links = [
        link("A", "G1", 1),
        link("A", "G2", 3),
        link("A", "G3", 2),
        link("G1", "RUS-1.1", 3),
        link("X", "RUS-1.1", 3),
        link("G3", "RUS-1.1", 2),
    ]
    strong = load(
        db, f"t-{uuid.uuid4().hex[:10]}", goals=plan_goals, actions=[action("A")], links=[*links, link("G2", "X", 3)]
    )
    assert [(f["related"], f["weakest"]) for f in findings(db, strong, "chains")] == [
        (["A", "G2", "X", "RUS-1.1"], 3)
    ]  # longer, but every link +3
    weak = load(
        db, f"t-{uuid.uuid4().hex[:10]}", goals=plan_goals, actions=[action("A")], links=[*links, link("G2", "X", 1)]
    )
    assert [(f["related"], f["weakest"]) for f in findings(db, weak, "chains")] == [(["A", "G3", "RUS-1.1"], 2)]


def test_chains_break_ties_by_ids_and_survive_cycles(db) -> None:
    rus = [{"id": "T", "strategy": "RUS", "name": "Mål T"}, {"id": "G1", "strategy": "RUS", "name": "Mål G1"}]
    name = load(
        db,
        f"t-{uuid.uuid4().hex[:10]}",
        rus_goals=rus,
        goals=[goal("G2")],
        actions=[action("A")],
        links=[link("A", "G2"), link("A", "G1"), link("G1", "T"), link("G1", "G2"), link("G2", "T"), link("G2", "G1")],
    )
    assert {(f["subject"], tuple(f["related"]), f["weakest"]) for f in findings(db, name, "chains")} == {
        ("T", ("A", "G1", "T"), 1),
        ("G1", ("A", "G1"), 1),
    }


def test_chains_are_sorted_by_subject_and_explained_by_name(db, chains_data: str) -> None:
    found = findings(db, chains_data, "chains")
    assert [f["subject"] for f in found] == ["RUS-1", "RUS-1.1", "RUS-2.1"]
    assert "”Insats A1”" in found[1]["explanation"] and "”Fler företag”" in found[1]["explanation"]
    assert "+2 (förstärkande)" in found[1]["explanation"]
    english = findings(db, chains_data, "chains", lang="en")[1]["explanation"]
    assert english.startswith("The action") and "reinforcing" in english


def test_chains_goal_option_restricts_to_one_rus_goal(db, chains_data: str) -> None:
    found = findings(db, chains_data, "chains", goal="RUS-2.1")
    assert [(f["subject"], f["related"][0]) for f in found] == [("RUS-2.1", "A3")]


def test_chains_refuse_a_goal_outside_the_rus(db, chains_data: str) -> None:
    with pytest.raises(NotFound, match="RUS-1.1"):
        findings(db, chains_data, "chains", goal="PG1")


def test_orphan_actions_kinds_follow_the_spec(db, chains_data: str) -> None:
    found = findings(db, chains_data, "orphan_actions")
    assert {(f["kind"], f["subject"], tuple(f["related"])) for f in found} == {
        ("only_negative", "A2", ("RUS-1.2",)),  # a score of 0 is not a contribution
        ("dead_end", "A4", ("sdg:8.2",)),  # a reference row leads to no RUS goal
        ("only_negative", "A5", ("PG1", "RUS-1.2")),
        ("dead_end", "A6", ("PG4",)),  # PG4 only works against PG3
        ("unlinked", "A7", ()),
    }
    severities = {f["subject"]: f["severity"] for f in found}
    assert severities == {"A2": "high", "A4": "medium", "A5": "high", "A6": "medium", "A7": "high"}


def test_orphan_actions_explain_the_dead_end_by_name(db, chains_data: str) -> None:
    dead = next(f for f in findings(db, chains_data, "orphan_actions") if f["subject"] == "A6")
    assert "återvändsgränd" in dead["explanation"] and "”Planmål PG4”" in dead["explanation"]
    assert "”Energi- och klimatstrategi”" in dead["explanation"]
