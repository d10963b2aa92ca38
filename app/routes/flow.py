"""The overview flow page (`/datasets/{dataset}/flow`) and the chains behind one of its bands.

The diagram is drawn on the server (viz/flow.py, viz/flow_svg.py) and inlined as SVG: it shows without any
script; `static/js/flow.js` only adds the geometry for tests, highlighting, saved views and meeting mode.
"""

from __future__ import annotations

from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from app.deps import Db, Reader
from app.routes.pages import _dataset_nav, html_errors, page_lang, render
from graph.errors import NotFound
from graph.views import load_with_findings
from viz.diagram_model import geometry
from viz.flow import band_findings, flow_diagram
from viz.flow_model import FLOW_ANALYSES
from viz.flow_svg import render_svg
from viz.flow_texts import t
from viz.network import display_name
from viz.texts import js_texts

router = APIRouter(tags=["pages"], include_in_schema=False)
PAGE_HEIGHT = 960
"""The page's diagram is a little lower than a slide: the navigation above it takes the rest of 1080 px."""
ANALYSIS_OF_KIND = {"chain": "chains", "action_against_goal": "conflicts", "national": "alignment", "sdg": "alignment"}


@router.get("/datasets/{dataset}/flow", response_class=HTMLResponse, dependencies=[Reader])
@html_errors
def flow_page(request: Request, dataset: str, db: Db) -> HTMLResponse:
    """The whole dataset at a glance: plans → plan goals → RUS goals → national strategy and Agenda 2030."""
    lang = page_lang(request)
    graph, results = load_with_findings(db, dataset, lang=lang, analyses=FLOW_ANALYSES)
    diagram = flow_diagram(graph, results, lang=lang, height=PAGE_HEIGHT)
    # Built by ElementTree: every name in it is escaped XML text.
    svg = Markup(render_svg(diagram))
    plans = [
        {"id": p.id, "name": display_name(p, lang)} for p in graph.plans() if any(p.id in e for e in diagram.edge_plans)
    ]
    return render(
        request,
        "flow.html",
        **_dataset_nav(dataset),
        graph=graph,
        svg=svg,
        plans=plans,
        js_texts=js_texts(lang),
        geometry=geometry(diagram, scale=1, offset_x=0, offset_y=0, viewport=(diagram.width, diagram.height)),
        page_state={"dataset": dataset, "view": "flow", "lang": lang},
    )


@router.get("/datasets/{dataset}/flow/band", response_class=HTMLResponse, dependencies=[Reader])
@html_errors
def flow_band(request: Request, dataset: str, db: Db) -> HTMLResponse:
    """The chains (and negative contributions) one band of the overview sums up, as a findings list."""
    lang = page_lang(request)
    source = request.query_params.get("from", "")
    target = request.query_params.get("to", "")
    negative = request.query_params.get("negative") == "1"
    graph, results = load_with_findings(db, dataset, lang=lang)
    found = band_findings(graph, results, source, target, negative=negative, lang=lang, height=PAGE_HEIGHT)
    if found is None:
        raise NotFound(t("flow.band_not_found", lang, src=source, dst=target))
    heading, findings = found
    rows = []
    for f in findings:
        ids = [f.subject, *[r for r in f.related if r != f.subject]]
        rows.append(
            {
                "finding": f,
                "analysis": ANALYSIS_OF_KIND.get(f.kind, "chains"),
                "names": [display_name(graph.nodes[i], lang) if i in graph.nodes else i for i in ids],
                "in_graph": f.subject in graph.nodes,
                "highlight": ",".join(i for i in ids if i in graph.nodes),
            }
        )
    return render(
        request,
        "flow_band.html",
        **_dataset_nav(dataset),
        graph=graph,
        heading=heading,
        rows=rows,
        negative=negative,
        back=f"/datasets/{quote(dataset, safe='')}/flow",
    )
