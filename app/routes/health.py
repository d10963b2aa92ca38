"""GET /api/health: is the database reachable?"""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from app.deps import AppSettings, Db
from app.errors import RETRY_AFTER_S, error_body
from graph.errors import DatabaseUnavailable

router = APIRouter(tags=["health"])


@router.get(
    "/api/health", summary="Database reachability", responses={503: {"description": "The database is unreachable"}}
)
def health(db: Db, settings: AppSettings) -> JSONResponse:
    """200 while Neo4j answers, 503 with Retry-After while it does not; recovers by itself.

    The server's version is shown only where reading is open: a closed installation tells strangers nothing.
    """
    try:
        info = db.ping()
    except DatabaseUnavailable as e:
        body = error_body(e.code, e.message) | {"status": "unavailable", "database": "unreachable"}
        return JSONResponse(body, status_code=503, headers={"Retry-After": RETRY_AFTER_S})
    body = {"status": "ok", "database": "reachable"}
    if settings.ruslink_read_token is None:
        body["server"] = info["agent"]
    return JSONResponse(body)
