"""The overview flow diagram on a tiny hand-built dataset in a real Neo4j: band widths are action counts."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from graph import store
from graph.views import load_with_findings
from importers.model import DatasetContent
from viz.diagram_model import Diagram
from viz.flow import band_findings, flow_diagram
from viz.flow_svg import render_svg
from viz.palette import CONFLICT


def tiny() -> DatasetContent:
    """Plan P feeds R1 through PG1 (three actions) and R2 through PG2 (one); A4 also works against R2
    directly and A5 (plan Q) against PG2; R3 has no action."""
    return DatasetContent.model_validate(
        {
            "illustrative": True,
            "strategies": [
                {"id": "RUS", "name": "RUS Lilla länet", "kind": "rus", "area": "22"},
                {"id": "P", "name": "Plan P", "kind": "plan", "parent": "RUS"},
                {"id": "Q", "name": "Plan Q", "kind": "plan", "parent": "RUS"},
            ],
            "goals": [
                {"id": "RA", "strategy": "RUS", "name": "Målområde A", "level": "goal_area"},
                {"id": "R1", "strategy": "RUS", "name": "Fler jobb", "parent": "RA"},
                {"id": "R2", "strategy": "RUS", "name": "Mindre utsläpp", "parent": "RA"},
                {"id": "R3", "strategy": "RUS", "name": "Bättre hälsa", "parent": "RA"},
                {"id": "PG1", "strategy": "P", "name": "Fler företag"},
                {"id": "PG2", "strategy": "P", "name": "Grönare transporter"},
                {"id": "QG1", "strategy": "Q", "name": "Mer gruvdrift"},
            ],
            "actions": [
                {"id": f"A{i}", "strategy": "Q" if i == 5 else "P", "name": f"Insats {i}", "status": "ongoing"}
                for i in range(1, 6)
            ],
            "links": [
                {"from": "PG1", "type": "contributes_to", "to": "R1", "score": 2},
                {"from": "PG2", "type": "contributes_to", "to": "R2", "score": 2},
                {"from": "A1", "type": "contributes_to", "to": "PG1", "score": 2},
                {"from": "A2", "type": "contributes_to", "to": "PG1", "score": 1},
                {"from": "A4", "type": "contributes_to", "to": "PG1", "score": 3},
                {"from": "A3", "type": "contributes_to", "to": "PG2", "score": 3},
                {"from": "A4", "type": "contributes_to", "to": "R2", "score": -2},
                {"from": "A5", "type": "contributes_to", "to": "QG1", "score": 2},
                {"from": "A5", "type": "contributes_to", "to": "PG2", "score": -1},
                {"from": "R1", "type": "contributes_to", "to": "sdg:8.2", "score": 2},
                {"from": "R2", "type": "contributes_to", "to": "nat:1", "score": 1},
            ],
        }
    )


@pytest.fixture(scope="module")
def loaded(db):
    store.replace_dataset(db, "flow-tiny", tiny(), source="handbyggd")
    return load_with_findings(db, "flow-tiny", lang="sv")


@pytest.fixture(scope="module")
def diagram(loaded) -> Diagram:
    return flow_diagram(*loaded, lang="sv")


def widths(diagram: Diagram) -> dict[tuple[str, str, bool], float]:
    """(from, to, negative) -> number of actions the band's width stands for."""
    unit = diagram.unit
    return {
        (e.source, e.target, bool(e.score is not None and e.score < 0)): round(e.width / unit, 3) for e in diagram.edges
    }


def test_flow_band_widths_count_contributing_actions(diagram) -> None:
    w = widths(diagram)
    assert diagram.unit > 0
    assert w[("P", "PG1", False)] == 3
    assert w[("PG1", "R1", False)] == 3
    assert w[("P", "PG2", False)] == 1
    assert w[("PG2", "R2", False)] == 1
    assert w[("R1", "sdg:8", False)] == 3  # an SDG target is shown under its goal
    assert w[("R2", "nat:1", False)] == 1
    assert all(e.kind == "band" for e in diagram.edges)


def test_flow_negative_contributions_are_bands_of_their_own_and_counted(diagram) -> None:
    w = widths(diagram)
    # A4 works against the RUS goal R2 directly: through its plan's "straight to RUS goals" box.
    assert w[("P", "P:direct", True)] == 1
    assert w[("P:direct", "R2", True)] == 1
    # A5 (plan Q) works against PG2, which leads on to R2.
    assert w[("Q", "PG2", True)] == 1
    assert w[("PG2", "R2", True)] == 1
    assert "2 negativa bidrag" in diagram.subtitle
    assert "4 insatser når RUS-mål" in diagram.subtitle
    negative = [e for e in diagram.edges if e.score is not None and e.score < 0]
    assert len(negative) == 4 and all(e.colour == CONFLICT for e in negative)


def test_flow_marks_goals_without_actions_and_goals_worked_against(diagram) -> None:
    nodes = {n.id: n for n in diagram.nodes}
    assert "uncovered" in nodes["R3"].marks
    assert "conflict" in nodes["R2"].marks and "conflict" in nodes["PG2"].marks
    assert "conflict" not in nodes["R1"].marks
    assert diagram.counts["PG1"] == (3, 0)
    assert diagram.counts["R2"] == (1, 2)


def test_flow_boxes_do_not_overlap_and_fit_the_slide(diagram) -> None:
    boxes = diagram.nodes
    for i, a in enumerate(boxes):
        assert 0 <= a.x and a.x + a.width <= diagram.width and 0 <= a.y and a.y + a.height <= diagram.height
        assert a.font_px >= 14
        for b in boxes[i + 1 :]:
            apart = a.x + a.width <= b.x or b.x + b.width <= a.x or a.y + a.height <= b.y or b.y + b.height <= a.y
            assert apart, (a.id, b.id)


def test_flow_band_findings_are_the_chains_behind_the_band(loaded) -> None:
    heading, findings = band_findings(*loaded, "PG1", "R1")
    assert "3 insatser" in heading
    assert sorted(f.related[0] for f in findings) == ["A1", "A2", "A4"]
    assert all(f.kind == "chain" and f.subject == "R1" for f in findings)
    heading, findings = band_findings(*loaded, "Q", "PG2", negative=True)
    assert [(f.kind, f.subject) for f in findings] == [("action_against_goal", "A5")]
    assert band_findings(*loaded, "PG2", "R1") is None


def test_flow_svg_carries_boxes_bands_title_source_and_marking(diagram) -> None:
    svg = ET.fromstring(render_svg(diagram))
    ns = {"s": "http://www.w3.org/2000/svg"}
    texts = " ".join(t.text or "" for t in svg.iter("{http://www.w3.org/2000/svg}text"))
    assert "Från planer till RUS-mål" in texts
    assert "Källa: ruslink / handbyggd" in texts
    assert "Exempeldata – illustrativt" in texts
    assert "flow-tiny" in texts
    assert len(svg.findall(".//s:g[@class='node']", ns)) == len(diagram.nodes)
    bands = svg.findall(".//s:path[@data-from]", ns)
    assert len(bands) == len(diagram.edges)
    assert sum(1 for b in bands if "negative" in b.get("class", "")) == 4
