"""Diagrams over HTTP: `/datasets/{d}/diagram.svg|png|html` (files, as `ruslink diagram` writes them) and the
interactive subgraph page `/datasets/{d}/diagram` ("only conflicts", "only this plan", a finding …)."""

from __future__ import annotations

import re
from typing import Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from app.deps import Db, Reader
from app.rendering import page_lang, render
from graph.views import load_with_findings
from viz.diagram_export import FORMATS, export_bytes
from viz.diagram_page import page_context
from viz.subgraphs import DiagramAsk, diagram_for

router = APIRouter(tags=["diagrams"])


def _ask(
    goal: str | None,
    plan: str | None,
    actor: str | None,
    finding: str | None,
    conflicts: bool,
    overview: bool,
    actors: bool,
) -> DiagramAsk:
    return DiagramAsk(
        goal=goal or None,
        plan=plan or None,
        actor=actor or None,
        finding=finding or None,
        conflicts=conflicts,
        overview=overview,
        actors=actors,
    )


def file_name(dataset: str, ask: DiagramAsk, fmt: str) -> str:
    """A plain file name for a download: dataset and subject, only safe characters."""
    subject = ask.goal or ask.plan or ask.actor or ask.finding or ("konflikter" if ask.conflicts else "oversikt")
    return re.sub(r"[^A-Za-z0-9._-]+", "_", f"ruslink-{dataset}-{subject}") + fmt


@router.get(
    "/datasets/{dataset}/diagram.{fmt}",
    dependencies=[Reader],
    summary="One diagram as .svg, .png or .html (the same as `ruslink diagram`)",
    response_class=Response,
    responses={200: {"description": "The diagram file", "content": {m.split(";")[0]: {} for m in FORMATS.values()}}},
)
def diagram_file(
    dataset: str,
    fmt: Literal["svg", "png", "html"],
    db: Db,
    goal: str | None = Query(None, description="a RUS goal's linkage diagram"),
    plan: str | None = Query(None, description="only this plan (with goal: that goal's diagram narrowed)"),
    actor: str | None = Query(None, description="only this actor"),
    finding: str | None = Query(None, description="ANALYSIS:KIND:SUBJECT"),
    conflicts: bool = Query(False, description="only the goal conflicts"),
    overview: bool = Query(False, description="the aggregated overview"),
    actors: bool = Query(False, description="keep a goal view's actors however many"),
    lang: Literal["sv", "en"] = "sv",
) -> Response:
    """The fitted diagram with title, legend, dataset, date, source and (for the demo) the illustrative mark."""
    ask = _ask(goal, plan, actor, finding, conflicts, overview, actors)
    graph, results = load_with_findings(db, dataset, lang=lang)
    diagram = diagram_for(graph, results, ask, lang=lang)
    suffix = f".{fmt}"
    disposition = "attachment" if fmt != "svg" else "inline"
    return Response(
        export_bytes(diagram, suffix),
        media_type=FORMATS[suffix],
        headers={"Content-Disposition": f'{disposition}; filename="{file_name(dataset, ask, suffix)}"'},
    )


@router.get("/datasets/{dataset}/diagram", response_class=HTMLResponse, dependencies=[Reader], include_in_schema=False)
def diagram_page(
    request: Request,
    dataset: str,
    db: Db,
    goal: str | None = None,
    plan: str | None = None,
    actor: str | None = None,
    finding: str | None = None,
    conflicts: bool = False,
    overview: bool = False,
    actors: bool = False,
) -> HTMLResponse:
    """A freshly laid-out subgraph in the browser: boxes link to their pages, exports beside it."""
    lang = page_lang(request)
    ask = _ask(goal, plan, actor, finding, conflicts, overview, actors)
    graph, results = load_with_findings(db, dataset, lang=lang)
    diagram = diagram_for(graph, results, ask, lang=lang)
    return render(request, "diagram.html", dataset=dataset, graph=graph, **page_context(dataset, diagram, ask, lang))
