"""`complementarity` and `actors`: silos, overlaps, territorial gaps, bottlenecks, bridges, absent kinds."""

from __future__ import annotations

import uuid

import pytest

from tests.support.analysis import action, findings, link, load

ACTORS = [
    {"id": "RV", "name": "Region Västernorrland", "kind": "region"},
    {"id": "SU", "name": "Sundsvalls kommun", "kind": "municipality"},
    {"id": "MIUN", "name": "Mittuniversitetet", "kind": "university"},
    {"id": "LRF", "name": "LRF", "kind": "civil_society"},
    {"id": "AB", "name": "Bolaget AB", "kind": "private"},
    {"id": "TV", "name": "Trafikverket", "kind": "state_agency"},
]


def lead(actor: str, act: str) -> dict:
    return link(actor, act, type="responsible_for")


def partner(actor: str, act: str) -> dict:
    return link(actor, act, type="participates_in")


@pytest.fixture(scope="module")
def actors_data(db) -> str:
    return load(
        db,
        f"t-{uuid.uuid4().hex[:10]}",
        actors=ACTORS,
        actions=[
            # RUS-1.1: P1 (RV, SU) and P2 (RV) share RV; A1 and A3 share lead RV and Sundsvall (2281).
            action("A1", "P1", areas=["2281", "2283"]),
            action("A2", "P1", areas=["2280"]),
            action("A3", "P2", areas=["2281"]),
            # RUS-1.2: P1 (MIUN) and P2 (TV): a silo; A5 has empty areas (the whole county), same lead as A4.
            action("A4", "P1", areas=["2284"]),
            action("A5", "P2"),
            action("A6", "P2", areas=["2260"]),
            # RUS-2.1: A7 and A8 name areas, together not all seven municipalities.
            action("A7", "P1", areas=["2281", "2280"]),
            action("A8", "P1", areas=["2283"]),
        ],
        links=[
            link("A1", "RUS-1.1"),
            link("A2", "RUS-1.1"),
            link("A3", "RUS-1.1"),
            link("A4", "RUS-1.2"),
            link("A5", "RUS-1.2"),
            link("A6", "RUS-1.2"),
            link("A7", "RUS-2.1"),
            link("A8", "RUS-2.1"),
            lead("RV", "A1"),
            partner("SU", "A1"),
            lead("RV", "A2"),
            lead("RV", "A3"),
            lead("MIUN", "A4"),
            lead("TV", "A5"),
            lead("TV", "A6"),
            lead("RV", "A7"),
            lead("RV", "A8"),
            partner("LRF", "A8"),
            partner("AB", "A7"),
        ],
    )


def kinds(found: list[dict], kind: str) -> set[tuple[str, tuple[str, ...]]]:
    return {(f["subject"], tuple(f["related"])) for f in found if f["kind"] == kind}


def test_complementarity_silo_when_two_plans_share_no_actor(db, actors_data: str) -> None:
    found = findings(db, actors_data, "complementarity")
    assert kinds(found, "silo") == {("RUS-1.2", ("P1", "P2"))}  # RUS-1.1's plans share Region Västernorrland


def test_complementarity_silos_are_every_pair_of_plans_with_disjoint_actors(db) -> None:
    """Four plans reach one goal: P10 (RV), P2 (RV, SU), P3 (nobody named) and P4 (MIUN, through a plan goal).
    Plan ids pair in text order (P10 before P2); a plan naming no actor is a silo with every other."""
    extra = [{"id": f"P{n}", "name": f"Plan {n}", "kind": "plan", "parent": "RUS"} for n in (3, 4, 10)]
    name = load(
        db,
        f"t-{uuid.uuid4().hex[:10]}",
        strategies=extra,
        actors=ACTORS,
        goals=[{"id": "PG4", "strategy": "P4", "name": "Planmål"}],
        actions=[action("B1", "P10"), action("B2", "P2"), action("B3", "P3"), action("B4", "P4")],
        links=[
            link("B1", "RUS-1.1"),
            link("B2", "RUS-1.1"),
            link("B3", "RUS-1.1"),
            link("B4", "PG4"),
            link("PG4", "RUS-1.1"),
            lead("RV", "B1"),
            lead("RV", "B2"),
            partner("SU", "B2"),
            lead("MIUN", "B4"),
        ],
    )
    silos = findings(db, name, "complementarity", "silo")
    assert sorted(tuple(f["related"]) for f in silos) == [
        ("P10", "P3"),
        ("P10", "P4"),
        ("P2", "P3"),
        ("P2", "P4"),
        ("P3", "P4"),
    ]
    assert {f["subject"] for f in silos} == {"RUS-1.1"}
    assert all(f["severity"] == "medium" for f in silos)
    assert "”Plan 10”" in next(f["explanation"] for f in silos if f["related"] == ["P10", "P3"])


def test_complementarity_overlap_needs_same_lead_different_plans_and_a_shared_area(db, actors_data: str) -> None:
    found = findings(db, actors_data, "complementarity")
    # A1/A2 are in the same plan; A2/A3 name different municipalities; A5/A6 share a lead but are one plan.
    assert kinds(found, "overlap") == {("RUS-1.1", ("A1", "A3"))}


def test_complementarity_territorial_gap_lists_missing_municipalities(db, actors_data: str) -> None:
    found = findings(db, actors_data, "complementarity")
    # RUS-1 has A5 with empty areas (the whole county): no gap there.
    assert kinds(found, "territorial_gap") == {("RUS-2", ("2260", "2262", "2282", "2284"))}
    gap = next(f for f in found if f["kind"] == "territorial_gap")
    assert "Ånge" in gap["explanation"] and "”Attraktiv livsmiljö”" in gap["explanation"]


def test_complementarity_asked_for_some_kinds_gives_exactly_those(db, actors_data: str) -> None:
    """The diagram's marks ask only for territorial gaps: the same findings as the whole run gives, and no
    silo pairs or overlaps (their work is skipped)."""
    from graph.analyses import run_analysis

    whole = run_analysis(db, actors_data, "complementarity").findings
    gaps = run_analysis(db, actors_data, "complementarity", kinds={"territorial_gap"}).findings
    assert {f.kind for f in whole} == {"silo", "overlap", "territorial_gap"}
    assert gaps == [f for f in whole if f.kind == "territorial_gap"]
    again = run_analysis(db, actors_data, "complementarity").findings  # kept apart from the partial run
    assert again == whole


def test_actors_bottleneck_needs_three_actions_and_more_than_half(db, actors_data: str) -> None:
    found = findings(db, actors_data, "actors")
    # RUS-1: RV leads A1, A2, A3 of six actions (exactly half: no); RUS-2: RV leads both (two: too few).
    assert kinds(found, "bottleneck") == set()
    lowered = findings(db, actors_data, "actors", bottleneck_min_actions=2)
    assert kinds(lowered, "bottleneck") == {("RV", ("RUS-2",))}
    share = findings(db, actors_data, "actors", bottleneck_min_share=0.4)
    assert kinds(share, "bottleneck") == {("RV", ("RUS-1",))}
    assert next(f for f in share if f["kind"] == "bottleneck")["share"] == 0.5


def test_actors_bridge_is_the_actor_joining_others(db, actors_data: str) -> None:
    found = findings(db, actors_data, "actors")
    # The actor network is a star around RV (SU, LRF and AB share actions only with RV).
    assert kinds(found, "bridge") == {("RV", ("AB", "LRF", "SU"))}


def test_actors_absent_kind_per_plan(db, actors_data: str) -> None:
    found = findings(db, actors_data, "actors")
    assert kinds(found, "absent_kind") == {("P2", ("civil_society", "private", "municipality"))}
    p2 = next(f for f in found if f["kind"] == "absent_kind")
    assert p2["severity"] == "medium" and "civilsamhälle, privat eller kommun" in p2["explanation"]
