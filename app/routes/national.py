"""The national overview (`/national`): every loaded region's RUS side by side (graph/national.py)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from app.deps import Db, Reader
from app.routes.pages import html_errors, page_lang, render
from graph.national import overview

router = APIRouter(tags=["pages"], include_in_schema=False)

HEAT_STEPS = 5


def heat(count: int, top: int) -> int:
    """The shade of a matrix cell, 0 (none) to HEAT_STEPS (the largest count on the page)."""
    if count <= 0 or top <= 0:
        return 0
    return max(1, round(HEAT_STEPS * count / top))


@router.get("/national", response_class=HTMLResponse, dependencies=[Reader])
@html_errors
def national_page(request: Request, db: Db, prefix: str = "") -> HTMLResponse:
    """The regions side by side: RUS goals against the national strategy and Agenda 2030, shared goal
    conflicts, common Kolada indicators. `?prefix=riket-2026-` shows only the datasets whose names start
    so (one year's set of regions)."""
    view = overview(db, page_lang(request), prefix[:64])
    return render(request, "national.html", view=view, prefix=prefix[:64], heat=lambda n: heat(n, view.max_cell))
