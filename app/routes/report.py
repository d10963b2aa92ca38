"""The evaluator's report over HTTP: the same HTML file `ruslink report --to FILE.html` writes."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Query
from fastapi.responses import HTMLResponse

from app.deps import Db, Reader
from graph.report_input import collect
from viz.report import report_bytes

router = APIRouter(tags=["report"])


@router.get(
    "/datasets/{dataset}/report",
    summary="The evaluator's report as HTML",
    dependencies=[Reader],
    response_class=HTMLResponse,
)
def report(
    dataset: str,
    db: Db,
    lang: Literal["sv", "en"] = "sv",
    compare: str | None = Query(None, description="an earlier import of the same region (dataset name)"),
) -> HTMLResponse:
    """One self-contained, printable HTML document (Swedish unless ?lang=en)."""
    given = collect(db, dataset, lang=lang, compare=compare)
    return HTMLResponse(report_bytes(given, "html", lang=lang).decode("utf-8"))
