"""Diagrams laid out fresh for a subgraph: geometry of every goal view, exports, legend, palette, refusals."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from app.main import create_app
from graph import store
from graph.errors import InvalidInput, NotFound
from graph.views import load_with_findings
from tests.support.diagram_data import GOAL_READABLE_NODES, load_diagram_datasets
from tests.support.uihelpers import XSS_NAME, small_dataset
from viz.diagram_build import READABLE_PX, fit_font
from viz.diagram_checks import edges_through_boxes, outside, overlaps
from viz.diagram_export import export_bytes, png_width
from viz.diagram_model import geometry
from viz.subgraphs import DiagramAsk, diagram_for


@pytest.fixture(scope="module")
def datasets(db) -> dict[str, str]:
    return load_diagram_datasets(db)


@pytest.fixture(scope="module")
def loaded(db, datasets) -> dict[str, tuple]:
    return {key: load_with_findings(db, name) for key, name in datasets.items()}


def _geo(diagram) -> dict:
    return geometry(diagram, scale=1.0, offset_x=0.0, offset_y=0.0, viewport=(diagram.width, diagram.height))


def svg_geometry(svg_text: str) -> dict:
    """Boxes and edge routes read back from an exported SVG (both sit in the same drawing group)."""
    root = ET.fromstring(svg_text)
    nodes = [
        {
            "id": r.get("data-id"),
            "x": float(r.get("x")),
            "y": float(r.get("y")),
            "width": float(r.get("width")),
            "height": float(r.get("height")),
        }
        for r in root.iter("{http://www.w3.org/2000/svg}rect")
        if r.get("data-id")
    ]
    edges = []
    for p in root.iter("{http://www.w3.org/2000/svg}path"):
        if p.get("data-from"):
            pairs = [tuple(float(v) for v in xy.split(",")) for xy in p.get("d").lstrip("M").split(" L")]
            edges.append({"from": p.get("data-from"), "to": p.get("data-to"), "points": pairs})
    return {"nodes": nodes, "edges": edges}


@pytest.mark.parametrize("which", ["demo", "synth"])
def test_diagram_every_goal_view_has_no_overlap_no_edge_through_a_box_and_readable_text(loaded, which) -> None:
    graph, results = loaded[which]
    for goal in graph.rus_goals():
        diagram = diagram_for(graph, results, DiagramAsk(goal=goal.id))
        geo = _geo(diagram)
        assert {n["id"] for n in geo["nodes"]} >= {goal.id}
        assert overlaps(geo["nodes"]) == [], goal.id
        assert edges_through_boxes(geo["nodes"], geo["edges"]) == [], goal.id
        assert outside(geo["nodes"], geo["viewport"]) == [], goal.id
        font = fit_font(diagram)
        if len(diagram.nodes) <= GOAL_READABLE_NODES:
            assert font >= READABLE_PX, (goal.id, len(diagram.nodes), font)


def test_diagram_goal_view_keeps_the_focus_rows_and_draws_each_link_once(loaded) -> None:
    graph, results = loaded["demo"]
    diagram = diagram_for(graph, results, DiagramAsk(goal="RUS-1.2"))
    ids = {n.id for n in diagram.nodes}
    assert "RUS-1.2" in ids and any(i.startswith("nat:") or i.startswith("sdg:") for i in ids)
    pairs = [(e.source, e.kind, e.target) for e in diagram.edges]
    assert len(pairs) == len(set(pairs))
    assert all(len(e.points) >= 2 for e in diagram.edges)
    # Every route starts at its source box and ends at its target box.
    boxes = {n.id: n for n in diagram.nodes}
    for e in diagram.edges:
        for (x, y), end in ((e.points[0], boxes[e.source]), (e.points[-1], boxes[e.target])):
            assert end.x - 3 <= x <= end.x + end.width + 3 and end.y - 3 <= y <= end.y + end.height + 3


def test_diagram_large_goal_view_leaves_out_actors_and_says_so(loaded) -> None:
    graph, results = loaded["demo"]
    full = diagram_for(graph, results, DiagramAsk(goal="RUS-2.1", actors=True))
    kept = diagram_for(graph, results, DiagramAsk(goal="RUS-2.1"))
    assert any(n.kind == "actor" for n in full.nodes)
    assert not any(n.kind == "actor" for n in kept.nodes) and kept.omitted > 0
    assert "visas inte" in kept.subtitle and fit_font(kept) >= READABLE_PX


def test_diagram_subgraphs_come_from_the_findings(loaded) -> None:
    graph, results = loaded["demo"]
    conflicts = next(r for r in results if r.analysis == "conflicts")
    named = {i for f in conflicts.findings for i in (f.subject, *f.related)}
    diagram = diagram_for(graph, results, DiagramAsk(conflicts=True))
    ids = {n.id for n in diagram.nodes}
    assert named <= ids
    assert all(n.marks == [] or "conflict" in n.marks or n.id not in named for n in diagram.nodes)
    assert any(e.score is not None and e.score < 0 for e in diagram.edges)
    f = conflicts.findings[0]
    one = diagram_for(graph, results, DiagramAsk(finding=f"conflicts:{f.kind}:{f.subject}"))
    assert {f.subject, *f.related} <= {n.id for n in one.nodes}
    plan = diagram_for(graph, results, DiagramAsk(plan="S3"))
    assert {n.group for n in plan.nodes if n.kind in ("action", "plan_goal")} == {"S3"}
    assert any(n.kind in ("goal", "target") for n in plan.nodes)


def test_diagram_refuses_unclear_asks_in_swedish_and_english(loaded) -> None:
    graph, results = loaded["demo"]
    with pytest.raises(InvalidInput, match="Välj precis en"):
        diagram_for(graph, results, DiagramAsk(goal="RUS-1.1", conflicts=True))
    with pytest.raises(NotFound, match="finns inte"):
        diagram_for(graph, results, DiagramAsk(goal="NOPE"))
    with pytest.raises(InvalidInput, match="ANALYSIS:KIND:SUBJECT"):
        diagram_for(graph, results, DiagramAsk(finding="conflicts"), lang="en")


def test_diagram_svg_export_carries_boxes_paths_legend_caption_and_the_illustrative_marking(loaded, datasets) -> None:
    graph, results = loaded["demo"]
    diagram = diagram_for(graph, results, DiagramAsk(goal="RUS-2.4"))
    svg = export_bytes(diagram, ".svg").decode()
    root = ET.fromstring(svg)
    texts = ["".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "Exempeldata – illustrativt" in texts
    assert "Teckenförklaring" in texts and any("bidrar till" in t for t in texts)
    assert any(f"Datamängd: {datasets['demo']}" in t and "Källa: ruslink / ruslink demo" in t for t in texts)
    assert any(t.startswith("RUS-2.4 ") for t in texts)
    geo = svg_geometry(svg)
    assert sorted(n["id"] for n in geo["nodes"]) == sorted(n.id for n in diagram.nodes)
    assert len(geo["edges"]) == len(diagram.edges)
    assert overlaps(geo["nodes"]) == [] and edges_through_boxes(geo["nodes"], geo["edges"]) == []


def test_diagram_png_is_wide_enough_for_a_slide_and_shows_the_marking(loaded) -> None:
    graph, results = loaded["demo"]
    diagram = diagram_for(graph, results, DiagramAsk(conflicts=True))
    svg = export_bytes(diagram, ".svg").decode()
    width = float(ET.fromstring(svg).get("width"))
    image = Image.open(io.BytesIO(export_bytes(diagram, ".png")))
    assert image.size[0] == png_width(width) >= 1920 and image.size[0] >= 2 * width - 1
    # The marking is drawn in dark vermillion text: some pixels of the bottom strip carry that colour.
    strip = image.convert("RGB").crop((0, image.size[1] - image.size[1] // 20, image.size[0] // 3, image.size[1]))
    pixels = strip.tobytes()
    assert any(
        abs(pixels[i] - 0xA3) < 40 and abs(pixels[i + 1] - 0x3A) < 40 and pixels[i + 2] < 60
        for i in range(0, len(pixels), 3)
    )


def test_diagram_html_export_is_one_offline_file_that_fits_the_window(loaded) -> None:
    graph, results = loaded["demo"]
    page = export_bytes(diagram_for(graph, results, DiagramAsk(plan="S3")), ".html").decode()
    assert page.startswith("<!doctype html>") and "ruslinkGeometry" in page
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in page and 'src="' not in page
    assert "height:100vh" in page and "Exempeldata – illustrativt" in page


def test_diagram_edges_without_a_score_carry_no_label(loaded) -> None:
    graph, results = loaded["demo"]
    for goal in ("RUS-2.4", "RUS-3.6", "RUS-1.2"):
        for e in diagram_for(graph, results, DiagramAsk(goal=goal)).edges:
            if e.score is None:
                assert e.label is None, (e.source, e.target)
            if e.kind == "part_of":
                assert e.label is None


def test_diagram_legend_lists_what_is_drawn_in_english_too(loaded) -> None:
    graph, results = loaded["demo"]
    diagram = diagram_for(graph, results, DiagramAsk(conflicts=True), lang="en")
    texts = [i.text for i in diagram.legend]
    assert any("works against" in t for t in texts) and any("goal conflict" in t for t in texts)
    plans = {n.group for n in diagram.nodes if n.kind in ("action", "plan_goal")}
    assert all(any(graph.nodes[p].name == t for t in texts) for p in plans)
    svg = export_bytes(diagram, ".svg").decode()
    assert "Illustrative data" in svg and "Source: ruslink / ruslink demo" in svg


def test_diagram_hostile_names_stay_text(db) -> None:
    name = "t-dg-hostile"
    store.replace_dataset(db, name, small_dataset())
    graph, results = load_with_findings(db, name)
    svg = export_bytes(diagram_for(graph, results, DiagramAsk(plan="KOMP")), ".svg").decode()
    root = ET.fromstring(svg)
    assert not [el for el in root.iter() if el.tag.endswith("img") or el.tag.endswith("script")]
    assert any(XSS_NAME in "".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}title"))


def test_diagram_http_files_answer_with_the_same_options(db, datasets, app_settings) -> None:
    with TestClient(create_app(app_settings, db=db)) as client:
        base = f"/datasets/{datasets['demo']}/diagram"
        svg = client.get(f"{base}.svg", params={"goal": "RUS-2.4"})
        assert svg.status_code == 200 and svg.headers["content-type"].startswith("image/svg+xml")
        assert "Exempeldata – illustrativt" in svg.text
        png = client.get(f"{base}.png", params={"conflicts": "1"})
        assert png.status_code == 200 and Image.open(io.BytesIO(png.content)).size[0] >= 1920
        html = client.get(f"{base}.html", params={"overview": "1", "lang": "en"})
        assert html.status_code == 200 and "Illustrative data" in html.text
        missing = client.get(f"{base}.svg", params={"goal": "NOPE"})
        assert missing.status_code == 404 and "finns inte" in missing.json()["error"]["message"]
        both = client.get(f"{base}.svg", params={"goal": "RUS-1.1", "overview": "1"})
        assert both.status_code == 422
        page = client.get(base, params={"conflicts": "1"})
        assert page.status_code == 200 and 'class="ruslink-diagram"' in page.text
        assert 'class="dg-legend"' in page.text and "ruslink-export" not in page.text  # legend as HTML beside it


def test_diagram_finding_about_an_actor_or_a_plan_shows_their_work(loaded) -> None:
    graph, results = loaded["demo"]
    actors = next(r for r in results if r.analysis == "actors")
    for f in actors.findings[:6]:
        subject = graph.nodes.get(f.subject)
        if subject is None or subject.label not in ("Actor", "Strategy"):
            continue
        diagram = diagram_for(graph, results, DiagramAsk(finding=f"actors:{f.kind}:{f.subject}"))
        assert any(n.kind == "action" for n in diagram.nodes), f.subject
        assert any(n.kind in ("goal", "target") for n in diagram.nodes), f.subject


def test_overview_export_hatches_and_counts_negative_contributions_like_the_flow_page(loaded) -> None:
    """`ruslink diagram --overview` draws the flow page's picture: negative bands hatched with an SVG pattern
    (not colour alone), every box with its count of actions, a legend that explains the hatching."""
    ns = {"s": "http://www.w3.org/2000/svg"}
    graph, results = loaded["demo"]
    svg = export_bytes(diagram_for(graph, results, DiagramAsk(overview=True)), ".svg").decode()
    root = ET.fromstring(svg)
    patterns = {p.get("id") for p in root.iterfind(".//s:defs/s:pattern", ns)}
    negative = root.findall(".//s:path[@class='band negative']", ns)
    assert negative, "the demo has actions working against goals"
    for band in negative:
        hatch = band.get("stroke", "")
        assert hatch.startswith("url(#") and hatch[5:-1] in patterns
    counted = [g for g in root.iterfind(".//s:g[@class='node']", ns) if g.get("data-kind") != "reference"]
    for g in counted:
        numbers = [t.text for t in g.iterfind("s:text", ns) if t.get("font-weight") == "700"]
        assert numbers and any(ch.isdigit() for ch in numbers[-1]) or "∅" in "".join(numbers), g.get("data-id")
    assert any("−" in t.text for g in counted for t in g.iterfind("s:text", ns) if t.text), "negatives counted"
    legend = root.find(".//s:g[@class='legend']", ns)
    hatched = [r for r in legend.iterfind(".//s:rect", ns) if r.get("fill", "").startswith("url(#")]
    assert hatched and hatched[0].get("fill")[5:-1] in patterns
    texts = " ".join(t.text or "" for t in legend.iter("{http://www.w3.org/2000/svg}text"))
    assert "Negativt bidrag" in texts and "randigt" in texts and "antal insatser" in texts
    whole = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "Exempeldata – illustrativt" in whole and "Källa: ruslink / ruslink demo" in whole
    boxes = svg_geometry(svg)["nodes"]  # boxes as plain rect[data-id], as every export carries them
    assert len(boxes) == len(root.findall(".//s:g[@class='node']", ns)) and overlaps(boxes) == []
    bands = svg_geometry(svg)["edges"]
    assert len(bands) == len(root.findall(".//s:path[@data-from]", ns)) and all(len(b["points"]) > 2 for b in bands)
