"""GraphML, GEXF and Kumu exports read back by real clients (networkx, openpyxl), hostile names included."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pytest
from openpyxl import load_workbook

from tests.support.interop import CONTENT, ROWS, links
from tests.support.report_data import AT_ACTOR, FORMULA_ACTION, SCRIPT_GOAL, hostile_content
from viz.interop import (
    KUMU_CONNECTION_COLUMNS,
    KUMU_ELEMENT_COLUMNS,
    build_graph,
    gexf_bytes,
    graphml_bytes,
    kumu_workbook,
)


def test_interop_graph_holds_every_row_and_link() -> None:
    g = build_graph(CONTENT)
    assert ROWS <= set(g.nodes) and {"sdg:8.2", "area:2281", "area:22"} <= set(g.nodes)
    assert len(links(g)) == len(CONTENT.links)
    for _, data in g.nodes(data=True):
        assert all(v is not None for v in data.values())


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_interop_networkx_reads_every_node_and_link(fmt: str, tmp_path: Path) -> None:
    path = tmp_path / f"x.{fmt}"
    path.write_bytes(graphml_bytes(CONTENT) if fmt == "graphml" else gexf_bytes(CONTENT))
    g = nx.read_graphml(path, force_multigraph=True) if fmt == "graphml" else nx.read_gexf(path)
    built = build_graph(CONTENT)
    assert g.number_of_nodes() == built.number_of_nodes()
    assert g.number_of_edges() == built.number_of_edges()
    assert len(links(g)) == len(CONTENT.links) == 7
    assert g.nodes["RUS-1.1"]["label"] == SCRIPT_GOAL  # escaped in the file, exact when read
    assert g.nodes["A1"]["label"] == FORMULA_ACTION and g.nodes["A1"]["type"] == "action"
    assert g.nodes["A1"]["status"] == "ongoing" and g.nodes["A1"]["areas"] == "2281"
    assert float(g.nodes["I1"]["target_value"]) == 80.0 and float(g.nodes["I1"]["latest_value"]) == 75.5
    assert g.nodes["sdg:8.2"]["type"] == "reference"
    scores = {(u, v, d["relation"]): int(d["score"]) for u, v, d in links(g)}
    assert scores[("RUS-1.1", "RUS-1.2", "interacts_with")] == -2
    assert scores[("PG1", "RUS-1.1", "contributes_to")] == 3
    rationale = [d.get("rationale") for u, v, d in links(g) if (u, v) == ("A1", "PG1")]
    assert rationale == ["+Stödjer planmålet"]


def test_interop_graphml_keeps_markup_as_text() -> None:
    text = graphml_bytes(CONTENT).decode("utf-8")
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "<b>" not in text


def test_interop_kumu_workbook_has_kumu_headers_and_unique_labels() -> None:
    book = load_workbook(io.BytesIO(kumu_workbook(CONTENT)))
    assert book.sheetnames == ["Elements", "Connections"]
    elements, connections = book["Elements"], book["Connections"]
    assert tuple(c.value for c in elements[1]) == KUMU_ELEMENT_COLUMNS
    assert tuple(c.value for c in connections[1])[:5] == ("From", "To", "Type", "Direction", "Strength")
    assert tuple(c.value for c in connections[1]) == KUMU_CONNECTION_COLUMNS
    labels = [row[0] for row in elements.iter_rows(min_row=2, values_only=True)]
    assert len(labels) == len(set(labels)) == build_graph(CONTENT).number_of_nodes()
    # Every connection joins two elements by label, as Kumu matches them.
    ends = {v for row in connections.iter_rows(min_row=2, values_only=True) for v in row[:2]}
    assert ends <= set(labels)
    assert elements.freeze_panes == "A2" and elements.auto_filter.ref


def test_interop_kumu_neutralises_formulas() -> None:
    book = load_workbook(io.BytesIO(kumu_workbook(CONTENT)))
    values = [v for sheet in book for row in sheet.iter_rows(values_only=True) for v in row if isinstance(v, str)]
    assert "'" + FORMULA_ACTION in values and "'" + AT_ACTOR in values
    assert not any(v.startswith(("=", "+", "-", "@")) for v in values)
    assert "'+Stödjer planmålet" in values


def test_interop_kumu_labels_disambiguate_shared_names() -> None:
    doc = hostile_content().model_dump(by_alias=True)
    doc["actions"].append({"id": "A4", "strategy": "P1", "name": "Insats två"})
    from importers.model import DatasetContent

    book = load_workbook(io.BytesIO(kumu_workbook(DatasetContent.model_validate(doc))))
    labels = [row[0] for row in book["Elements"].iter_rows(min_row=2, values_only=True)]
    assert "Insats två (A2)" in labels and "Insats två (A4)" in labels and len(labels) == len(set(labels))
