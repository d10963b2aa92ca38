"""Scoring workshops over HTTP (interfaces.md, Workshops) and their two pages.

The participant page (`/workshops/{id}?key=…`) is made for phones; the coordinator page
(`/workshops/{id}/coordinator?key=…`) for a projector. The key comes as `?key=` (the join link) or the
`X-Workshop-Key` header; it is compared in constant time and redacted from the access log.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from fastapi import APIRouter, Body, Depends, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, JSONResponse, Response

from app.deps import Db, Writer, _bearer, _matches, _same_origin_write
from app.errors import Unauthorized
from app.rendering import page_lang, render
from app.settings import ServerSettings
from graph import store, workshops
from graph.i18n import t
from graph.views import load_graph
from importers.workshop_accept import accept
from viz.workshop_view import coordinator_state, participant_state

router = APIRouter(tags=["workshops"])

_KEY_IN_URL = re.compile(r"([?&]key=)[^&\s\"]*")


class RedactKeys(logging.Filter):
    """Access-log lines keep the path but never a workshop key."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(_KEY_IN_URL.sub(r"\1…", a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.msg, str):
            record.msg = _KEY_IN_URL.sub(r"\1…", record.msg)
        return True


def install_log_redaction() -> None:
    """Attach the key filter to uvicorn's access log (once)."""
    logger = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, RedactKeys) for f in logger.filters):
        logger.addFilter(RedactKeys())


def _lang(request: Request) -> str:
    return "en" if request.query_params.get("lang") == "en" else "sv"


def _key(request: Request) -> str | None:
    return request.query_params.get("key") or request.headers.get("x-workshop-key")


def _is_coordinator(request: Request) -> bool:
    """The write token (or a server that allows anonymous writes) stands for the coordinator."""
    settings: ServerSettings = request.app.state.settings
    if settings.ruslink_token is not None:
        return _matches(_bearer(request), settings.ruslink_token.get_secret_value())
    return bool(request.app.state.allow_anonymous_writes)


def _may_read(request: Request) -> bool:
    """The coordinator, or a holder of the read token where one is set, reads a workshop without its key."""
    settings: ServerSettings = request.app.state.settings
    read = settings.ruslink_read_token
    return _is_coordinator(request) or (read is not None and _matches(_bearer(request), read.get_secret_value()))


def require_workshop_access(request: Request) -> None:
    """A workshop's routes need its key (checked against the workshop in the route) or, to read, a token;
    scores, like every write, come from the app's own pages."""
    if request.method != "GET":
        _same_origin_write(request)
    if not _key(request) and not (request.method == "GET" and _may_read(request)):
        raise Unauthorized(t("workshop.bad_key", _lang(request)))


WorkshopAccess = Depends(require_workshop_access)


@router.post(
    "/api/datasets/{dataset}/workshops", summary="Open a scoring workshop", status_code=201, dependencies=[Writer]
)
def open_workshop(
    dataset: str,
    request: Request,
    db: Db,
    body: dict[str, Any] = Body(...),  # noqa: B008
    lang: str = Query("sv", pattern="^(sv|en)$"),
) -> JSONResponse:
    """`{"title", "pairs": [["G1", "G2"], …] | "suggested"}` → `201 {"workshop", "key", "join"}`."""
    return JSONResponse(workshops.create(db, dataset, body, lang=lang), status_code=201)


@router.get("/api/workshops/{workshop}", summary="A workshop's pairs and scores", dependencies=[WorkshopAccess])
def get_workshop(workshop: str, request: Request, db: Db) -> dict:
    """`{"title", "pairs": [{"from", "to", "n", "median", "min", "max", "scores": […]}]}`."""
    lang = _lang(request)
    stored = (
        workshops.load(db, workshop, lang)
        if _may_read(request)
        else workshops.authorise(db, workshop, _key(request), lang)
    )
    return workshops.summary(db, stored)


@router.post(
    "/api/workshops/{workshop}/scores",
    summary="A participant's scores (the workshop key)",
    dependencies=[WorkshopAccess],
)
def post_scores(workshop: str, request: Request, db: Db, body: dict[str, Any] = Body(...)) -> dict:  # noqa: B008
    """`{"participant", "scores": [{"from", "to", "score", "rationale", "confidence"}]}`; all or nothing."""
    lang = _lang(request)
    stored = workshops.authorise(db, workshop, _key(request), lang)
    return workshops.add_scores(db, stored, body, lang=lang)


@router.post("/api/workshops/{workshop}/accept", summary="Write the agreed scores as one change", dependencies=[Writer])
async def accept_workshop(
    workshop: str, request: Request, db: Db, body: dict[str, Any] = Body(default={"rule": "median", "min_n": 2})
) -> dict:  # noqa: B008
    """`{"rule": "median", "min_n": 2}`: an `interacts_with` link per pair with at least min_n scores."""
    return await run_in_threadpool(accept, db, workshop, body, lang=_lang(request))


def _page_workshop(request: Request, db: Db, workshop: str) -> dict[str, Any]:
    """The workshop behind a page, when the URL carries its key."""
    return workshops.authorise(db, workshop, request.query_params.get("key"), page_lang(request))


@router.get("/workshops/{workshop}", response_class=HTMLResponse, include_in_schema=False)
def participant_page(request: Request, workshop: str, db: Db) -> HTMLResponse:
    """One card per pair: the scale's Swedish names and meanings, rationale and confidence; saved as you go."""
    lang = page_lang(request)
    stored = _page_workshop(request, db, workshop)
    graph = load_graph(db, stored["dataset"])
    return render(
        request, "workshop_join.html", graph=graph, workshop=stored, state=participant_state(graph, stored, lang)
    )


@router.get("/workshops/{workshop}/coordinator", response_class=HTMLResponse, include_in_schema=False)
def coordinator_page(request: Request, workshop: str, db: Db) -> HTMLResponse:
    """For the projector: per pair n, median and spread, the widest disagreement first, a matrix by median."""
    lang = page_lang(request)
    stored = _page_workshop(request, db, workshop)
    graph = load_graph(db, stored["dataset"])
    store.check_dataset_name(stored["dataset"])
    return render(
        request,
        "workshop_coordinator.html",
        graph=graph,
        workshop=stored,
        dataset=stored["dataset"],
        state=coordinator_state(graph, stored, lang, token_needed=request.app.state.settings.ruslink_token is not None),
    )


@router.get("/workshops/{workshop}/join.svg", include_in_schema=False)
def join_qr(request: Request, workshop: str, db: Db) -> Response:
    """The join link as a QR code for the projector, so fifteen phones need not type a 24-character key."""
    import io

    import segno

    key = request.query_params.get("key")
    stored = workshops.authorise(db, workshop, key, page_lang(request))
    link = str(request.base_url).rstrip("/") + f"/workshops/{stored['id']}?key={key}"
    buffer = io.BytesIO()
    segno.make(link, error="m").save(buffer, kind="svg", scale=6, border=2, xmldecl=False, dark="#000", light="#fff")
    return Response(buffer.getvalue(), media_type="image/svg+xml", headers={"Cache-Control": "no-store"})
