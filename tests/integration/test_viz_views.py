"""Network JSON, filters, chains, matrices, focus and trends on a small hand-built dataset in a real Neo4j."""

from __future__ import annotations

import pytest

from graph import store
from graph.analyses import AnalysisResult, Finding
from graph.analyses.contribution import trend
from graph.views import load_graph
from tests.support.uihelpers import XSS_NAME, small_dataset
from viz.chains import actions_reaching, reaching
from viz.filters import ViewFilter, apply
from viz.findings import index_findings
from viz.focus import goal_focus
from viz.matrices import coverage, interactions
from viz.network import actor_network, build_network
from viz.trends import chart


@pytest.fixture(scope="module")
def graph(db):
    store.replace_dataset(db, "viz-small", small_dataset())
    return load_graph(db, "viz-small")


def by_id(data: dict) -> dict[str, dict]:
    return {n["id"]: n for n in data["nodes"]}


def test_viz_graph_reads_rows_links_references_and_observations(graph) -> None:
    assert graph.rus.id == "RUS" and graph.illustrative
    assert {"A1", "S3-M1", "RUS-1.1", "ACT-R", "I1", "nat:1", "sdg:8.2", "sdg:8"} <= set(graph.nodes)
    assert graph.nodes["sdg:8"].label == "Reference"  # the goal of a target the dataset names
    assert len(graph.observations) == 4
    assert graph.goal_areas["RUS-1.1"] == "RUS-1" and graph.goal_areas["RUS-1"] == "RUS-1"


def test_viz_network_levels_run_from_references_down_to_actors(graph) -> None:
    nodes = by_id(build_network(graph))
    assert nodes["nat:1"]["level"] == 0 and nodes["RUS-1"]["level"] == 1 and nodes["RUS-1.1"]["level"] == 2
    assert nodes["S3-M1"]["level"] == 4 and nodes["A1"]["level"] == 5 and nodes["ACT-R"]["level"] == 6
    ys = {i: n["y"] for i, n in nodes.items()}
    assert ys["nat:1"] < ys["RUS-1"] < ys["RUS-1.1"] < ys["S3-M1"] < ys["A1"] < ys["ACT-R"]


def test_viz_network_is_built_with_pyvis_options_and_groups_per_strategy(graph) -> None:
    data = build_network(graph)
    assert {"s:RUS", "s:S3", "s:KOMP", "actor", "indicator", "reference"} <= set(data["options"]["groups"])
    assert data["options"]["physics"] == {"enabled": False}  # positions precomputed
    assert data["options"]["layout"]["improvedLayout"] is False
    nodes = by_id(data)
    assert nodes["A1"]["group"] == "s:S3" and nodes["A1"]["shape"] == "dot" and nodes["RUS-1.1"]["shape"] == "box"
    assert nodes["A3"]["name"] == XSS_NAME  # carried as data; the browser sets it as text


def test_viz_conflict_and_synergy_differ_beyond_colour(graph) -> None:
    edges = {(e["from"], e["to"], e["type"]): e for e in build_network(graph)["edges"]}
    conflict = edges[("RUS-1.1", "RUS-2.1", "INTERACTS_WITH")]
    synergy = edges[("RUS-1.2", "RUS-1.1", "INTERACTS_WITH")]
    against = edges[("A4", "RUS-2.1", "CONTRIBUTES_TO")]
    assert conflict["arrows"]["to"]["type"] == "bar" and synergy["arrows"]["to"]["type"] == "arrow"
    assert conflict["label"] == "\u22122" and synergy["label"] == "+2"
    assert conflict["dashes"] and synergy["dashes"] and "dashes" not in against
    assert (
        against["arrows"]["to"]["type"] == "bar"
        and against["width"] > edges[("A4", "RUS-1.1", "CONTRIBUTES_TO")]["width"]
    )
    assert conflict["scoreName"] == "\u22122 motverkande"


def test_viz_findings_mark_orphans_and_conflicts(graph) -> None:
    results = [
        AnalysisResult(
            analysis="orphan_actions",
            dataset="viz-small",
            findings=[
                Finding(kind="unlinked", subject="A3", related=[], severity="high", explanation="A3 saknar koppling.")
            ],
        ),
        AnalysisResult(
            analysis="conflicts",
            dataset="viz-small",
            findings=[
                Finding(
                    kind="declared", subject="RUS-1.1", related=["RUS-2.1"], severity="medium", explanation="Konflikt."
                )
            ],
        ),
    ]
    data = build_network(graph, findings=index_findings(results))
    nodes = by_id(data)
    assert nodes["A3"]["marks"] == ["orphan"] and nodes["A3"]["shapeProperties"] == {"borderDashes": [5, 4]}
    assert nodes["RUS-2.1"]["marks"] == ["conflict"] and nodes["RUS-2.1"]["borderWidth"] == 4
    assert nodes["A3"]["label"].endswith("∅") and nodes["RUS-1.1"]["label"].endswith("⚠")
    assert [f["explanation"] for f in data["findings"]["RUS-2.1"]] == ["Konflikt."]
    assert "A1" not in data["findings"]


def test_viz_filter_on_strategy_drops_its_rows_and_stray_satellites(graph) -> None:
    data = apply(build_network(graph), ViewFilter(strategies={"KOMP"}))
    ids = set(by_id(data))
    assert {"KOMP-M1", "A2", "A3", "ACT-R", "ACT-U", "F1"} <= ids
    assert not {"A1", "A4", "S3-M1", "RUS-1.1", "ACT-C", "nat:1", "sdg:8"} & ids
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])


def test_viz_filter_on_status_goal_area_and_score(graph) -> None:
    base = build_network(graph)
    assert "A2" not in by_id(apply(base, ViewFilter(statuses={"ongoing"})))
    area2 = by_id(apply(base, ViewFilter(goal_areas={"RUS-2"})))
    assert "RUS-2.1" in area2 and "RUS-1.1" not in area2 and "A1" not in area2
    positive = apply(base, ViewFilter(score_min=0))
    assert not [e for e in positive["edges"] if e["type"] in ("CONTRIBUTES_TO", "INTERACTS_WITH") and e["score"] < 0]
    only = apply(base, ViewFilter(link_types={"CONTRIBUTES_TO"}))
    assert {e["type"] for e in only["edges"]} == {"CONTRIBUTES_TO"} and "ACT-R" not in by_id(only)


def test_viz_focus_keeps_the_neighbourhood(graph) -> None:
    data = apply(build_network(graph), ViewFilter(focus="KOMP-M1", depth=1))
    assert set(by_id(data)) == {"KOMP-M1", "A2", "RUS-1.2"}


def test_viz_chains_keep_the_strongest_path_and_ignore_negative_links(graph) -> None:
    chains = reaching(graph)
    a1 = chains["RUS-1.1"]["A1"]
    assert a1.path == ("A1", "S3-M1", "RUS-1.1") and a1.weakest == 2
    assert chains["RUS-1.1"]["A4"].weakest == 1
    assert "A4" not in chains["RUS-2.1"]  # a −2 link does not reach
    assert [c.start for c in actions_reaching(graph)["RUS-1.1"]] == ["A1", "A4"]


def test_viz_coverage_counts_actions_per_plan_and_goal(graph) -> None:
    m = coverage(graph)
    assert [p.id for p in m.plans][:2] == ["S3", "KOMP"]
    assert m.cell("S3", "RUS-1.1").count == 2 and m.cell("S3", "RUS-1.1").strongest == 2
    assert m.cell("KOMP", "RUS-1.2").count == 1 and m.cell("KOMP", "RUS-1.1").count == 0
    assert m.goal_total("RUS-2.1") == 0 and m.is_gap(graph.nodes["RUS-2.1"])
    assert not m.is_gap(graph.nodes["RUS-2"])  # a goal area is covered through the goals under it


def test_viz_interaction_matrix_reads_row_to_column(graph) -> None:
    m = interactions(graph)
    assert [g.id for g in m.goals] == ["RUS-1.1", "RUS-1.2", "RUS-2.1"]
    assert m.score("RUS-1.1", "RUS-2.1")[0] == -2 and m.score("RUS-2.1", "RUS-1.1") is None
    assert m.influence("RUS-1.1") == -2 and m.dependence("RUS-1.1") == 2 and m.influence("RUS-2.1") == 0


def test_viz_goal_focus_goes_up_to_references_and_down_to_actors(graph) -> None:
    f = goal_focus(graph, "RUS-1.1")
    assert {"nat:1", "sdg:8.2", "sdg:8", "S3-M1", "A1", "A4", "ACT-R", "ACT-U", "ACT-C", "I1", "RUS-1"} <= f.nodes
    assert not {"KOMP-M1", "A2", "A3"} & f.nodes
    only_a1_plan = goal_focus(graph, "RUS-1.1", plan="S3")
    assert {"A1", "S3-M1", "A4"} <= only_a1_plan.nodes


def test_viz_actor_network_joins_actors_by_shared_actions(graph) -> None:
    data = actor_network(graph)
    shared = {(e["from"], e["to"]): e["score"] for e in data["edges"] if e["type"] == "SHARED"}
    assert shared == {("ACT-R", "ACT-U"): 2}
    assert {n["type"] for n in data["nodes"]} == {"Actor"}


def test_viz_trend_reads_direction_and_cites_kolada(graph) -> None:
    c = chart(graph, graph.nodes["I1"])
    assert c.trend == "improving" and c.kolada and len(c.points) == 4
    assert c.points[-1][3] == "80,3" and c.baseline[2] == "78 (2019)"
    assert chart(graph, graph.nodes["I2"]).trend == "no_data"
    newest_first = [{"period": "2024", "value": 4.0}, {"period": "2023", "value": 5.0}]
    assert trend(newest_first, "decrease", 0.01) == "improving"
    assert trend([{"period": "2024", "value": 4.0}, {"period": "2023", "value": 4.0}], "increase", 0.01) == "flat"
