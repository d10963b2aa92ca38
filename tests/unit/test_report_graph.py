"""The report is shaped from the dataset graph every view reads (`DatasetGraph`) and the analyses' findings:
a small graph built by hand gives the RUS goals, the actions reaching them per plan, their actors and
indicators, without a database."""

from __future__ import annotations

from typing import Any

from graph.analyses import ANALYSIS_NAMES, AnalysisResult, Finding
from graph.report_input import ReportInput
from graph.views import ChainPath, DatasetGraph, Link, Node
from viz.report import report_bytes
from viz.report_data import gather


def _node(label: str, seq: int, **props: Any) -> Node:
    return Node(props["id"], label, dict(props, seq=seq))


def _graph() -> DatasetGraph:
    """RUS goal area G holds goals G1 and G2. A1 (plan P1) reaches G1 through plan goal PG; A2 (plan P2)
    reaches G2 directly; A3 (plan P1) reaches nothing. X1 leads A1 and takes part in A2, X2 takes part in
    A2. G1 is measured by I1 (two values), G2 by I2."""
    rows = [
        _node("Strategy", 0, id="RUS", name="Strategin", kind="rus"),
        _node("Strategy", 1, id="P1", name="Plan ett", kind="plan"),
        _node("Strategy", 2, id="P2", name="Plan två", kind="plan"),
        _node("Goal", 0, id="G", name="Målområdet", strategy="RUS", level="goal_area"),
        _node("Goal", 1, id="G1", name="Mål ett", strategy="RUS", level="goal", parent="G"),
        _node("Goal", 2, id="G2", name="Mål två", strategy="RUS", level="goal", parent="G"),
        _node("Goal", 3, id="PG", name="Planmålet", strategy="P1", level="goal"),
        _node("Action", 0, id="A1", name="Insats ett", strategy="P1"),
        _node("Action", 1, id="A2", name="Insats två", strategy="P2"),
        _node("Action", 2, id="A3", name="Insats tre", strategy="P1"),
        _node("Indicator", 0, id="I1", name="Indikator ett", unit="%", direction="increase"),
        _node("Indicator", 1, id="I2", name="Indikator två"),
        _node("Actor", 0, id="X1", name="Regionen", kind="region"),
        _node("Actor", 1, id="X2", name="Kommunen", kind="municipality"),
    ]
    links = [
        Link("A1", "CONTRIBUTES_TO", "PG", {"score": 2}),
        Link("PG", "CONTRIBUTES_TO", "G1", {"score": 3}),
        Link("A2", "CONTRIBUTES_TO", "G2", {"score": 1}),
        Link("G1", "MEASURED_BY", "I1"),
        Link("G2", "MEASURED_BY", "I2"),
        Link("X1", "RESPONSIBLE_FOR", "A1"),
        Link("X1", "PARTICIPATES_IN", "A2"),
        Link("X2", "PARTICIPATES_IN", "A2"),
    ]
    observations = [
        {"indicator": "I1", "period": p, "value": v, "area": None, "gender": "T", "source": None}
        for p, v in (("2023", 50.0), ("2024", 55.0))
    ]
    return DatasetGraph(
        dataset="d",
        key="d@1",
        meta={"description": "Exempeldata – illustrativt", "illustrative": True, "imported_at": None},
        nodes={n.id: n for n in rows},
        links=links,
        observations=observations,
        chains=[ChainPath("G1", "A1", ("A1", "PG", "G1"), 2), ChainPath("G2", "A2", ("A2", "G2"), 1)],
        goal_areas={"G": "G", "G1": "G", "G2": "G"},
    )


def _results() -> dict[str, AnalysisResult]:
    reaching = {"G": ["A1", "A2"], "G1": ["A1"], "G2": ["A2"]}
    cards = [
        Finding(
            kind="scorecard",
            subject=goal,
            severity="low",
            explanation="",
            reaching=actions,
            actions=len(actions),
            active_actions=0,
            plans=[],
            indicators=[],
            chain_completeness=0.5,
        )
        for goal, actions in reaching.items()
    ]
    results = {name: AnalysisResult(analysis=name, dataset="d") for name in ANALYSIS_NAMES}
    results["contribution"].findings = cards
    return results


def test_report_from_a_hand_built_graph_names_goals_actors_indicators_and_coverage() -> None:
    counts = {"strategies": 3, "goals": 4, "actions": 3, "indicators": 2, "actors": 2, "observations": 2, "links": 8}
    given = ReportInput(dataset="d", graph=_graph(), results=_results(), counts=counts)
    report = gather(given)

    assert report.rus is not None and report.rus["name"] == "Strategin"
    assert report.illustrative and report.counts == counts
    cards = {c["id"]: c for c in report.scorecards}
    assert list(cards) == ["G", "G1", "G2"]  # the RUS goals, in import order
    assert cards["G1"]["actors"] == ["X1"] and cards["G2"]["actors"] == ["X1", "X2"]
    assert cards["G"]["actors"] == ["X1", "X2"]
    # a goal's indicators include those of the goals under it
    assert [i["id"] for i in cards["G"]["indicators"]] == ["I1", "I2"]
    assert [i["id"] for i in cards["G1"]["indicators"]] == ["I1"]
    assert cards["G1"]["indicators"][0]["latest"] == "55 (2024)"
    assert cards["G1"]["area"] == "G" and [a["id"] for a in report.areas] == ["G"]
    # the chain diagram follows the chain found, with the link scores of the graph
    assert cards["G1"]["diagram"]["edges"] == [("A1", "PG", 2), ("PG", "G1", 3)]
    # coverage: the goals (not the goal area above them) × the plans, counting the actions reaching each
    assert report.coverage["plans"] == ["P1", "P2"]
    assert report.coverage["goals"] == ["G1", "G2"]
    assert report.coverage["cells"] == {"G1": {"P1": 1, "P2": 0}, "G2": {"P1": 0, "P2": 1}}
    assert report.name("A3") == "Insats tre" and report.name("RUS") == "Strategin"
    html = report_bytes(given, "html").decode("utf-8")
    assert "Mål ett" in html and "Insats ett" in html and "Exempeldata" in html
