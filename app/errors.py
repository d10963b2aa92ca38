"""The one place that decides how an error is answered over HTTP.

Every exception a request raises — a domain error from `graph/` or `viz/`, a refusal of the HTTP layer
itself, a request FastAPI could not parse, a missing route, a bug — reaches `handle_exception`, which decides
two things (as datasette's `handle_exception` does):

- the status and headers, from `STATUS_OF_ERROR` (domain errors know no HTTP; this table does);
- the form, from the path and the Accept header (`answers_page`): the UI's error page for a person's
  page, the one JSON shape `{"error": {"code", "message", "details"}}` for the API and for files.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from app.rendering import page_lang, render
from graph.errors import (
    ChangeConflict,
    DatabaseOutOfMemory,
    DatabaseTimeout,
    DatabaseUnavailable,
    DatasetBusy,
    DiskFull,
    InvalidInput,
    LocalNeo4jError,
    NotFound,
    RuslinkError,
    StorageUnwritable,
    WrongKey,
    explain_environment_error,
)
from viz.dot_layout import LayoutUnavailable

log = logging.getLogger("ruslink")
RETRY_AFTER_S = "5"


class Unauthorized(RuslinkError):
    """The bearer token an HTTP call needs is missing or wrong."""

    code = "unauthorized"


class Forbidden(RuslinkError):
    """The call is not allowed at all here (writes closed, or sent from another site's page)."""

    code = "forbidden"


class PayloadTooLarge(RuslinkError):
    """An upload over RUSLINK_MAX_UPLOAD_MB."""

    code = "payload_too_large"


STATUS_OF_ERROR: dict[type[RuslinkError], int] = {
    RuslinkError: 400,
    NotFound: 404,
    InvalidInput: 422,
    DatasetBusy: 409,
    ChangeConflict: 409,
    WrongKey: 401,
    Unauthorized: 401,
    Forbidden: 403,
    PayloadTooLarge: 413,
    DatabaseUnavailable: 503,
    DatabaseOutOfMemory: 503,
    DatabaseTimeout: 503,
    LocalNeo4jError: 503,
    DiskFull: 503,
    StorageUnwritable: 503,
    LayoutUnavailable: 503,
}
"""The HTTP status of each domain error; a subclass not named here answers as its nearest named base."""

HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 413: "payload_too_large"}


def http_status(exc: RuslinkError) -> int:
    """The status `exc` is answered with: its own class's, or its nearest base's in STATUS_OF_ERROR."""
    return next(STATUS_OF_ERROR[c] for c in type(exc).__mro__ if c in STATUS_OF_ERROR)


def error_body(code: str, message: str, details: list | None = None) -> dict:
    return {"error": {"code": code, "message": message, "details": details or []}}


def error_response(
    status: int, code: str, message: str, details: list | None = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(error_body(code, message, details), status_code=status, headers=headers)


def answers_page(request: Request) -> bool:
    """Whether an error on this request is answered with the UI's error page rather than the JSON shape.

    - `/api/…` and `/openapi.json`: always JSON (the documented API answers).
    - files (a route ending in an extension: `diagram.{fmt}`, `join.svg`): always JSON, as documented for
      exports; an error page saved as a picture would only confuse.
    - a browser (Accept names text/html): the error page — also on the report and on a path that
      matches no route.
    - a UI page (a route kept out of the API schema): the error page unless the client asked for JSON.
    - anything else (the report or an unknown path asked for by a program): JSON.
    """
    path = request.url.path
    if path == "/api" or path.startswith("/api/") or path == "/openapi.json":
        return False
    route = request.scope.get("route")
    route_path = getattr(route, "path", path)
    if "." in route_path.rsplit("/", 1)[-1]:
        return False
    accept = request.headers.get("accept", "")
    if "text/html" in accept:
        return True
    is_ui_page = route is not None and getattr(route, "include_in_schema", True) is False
    return is_ui_page and "application/json" not in accept


def _as_error(request: Request, exc: Exception) -> tuple[int, str, str, list, dict[str, str], list[str]]:
    """(status, code, message, details, headers, details a person reads) for any exception a request raised."""
    if isinstance(exc, RequestValidationError):
        details = [{"loc": list(e.get("loc", ())), "message": e.get("msg", "")} for e in exc.errors()]
        return 422, "invalid_request", "Ogiltig begäran.", details, {}, []
    if isinstance(exc, StarletteHTTPException):
        message = exc.detail if isinstance(exc.detail, str) else "Fel i begäran."
        if exc.status_code == 404 and message == "Not Found":
            message = "Sidan finns inte."
        code = HTTP_CODES.get(exc.status_code, "http_error")
        return exc.status_code, code, message, [], dict(getattr(exc, "headers", None) or {}), []
    known = exc if isinstance(exc, RuslinkError) else explain_environment_error(exc)
    if known is None:
        log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
        return 500, "internal", "Ett internt fel uppstod. Det är en bugg i ruslink.", [], {}, []
    if known is not exc:
        log.warning("%s on %s %s: %s", known.code, request.method, request.url.path, exc)
    status = http_status(known)
    headers = {"Retry-After": RETRY_AFTER_S} if status == 503 else {}
    if status == 401:
        headers["WWW-Authenticate"] = 'Bearer realm="ruslink"'
    # The JSON answer follows ?lang= only; a page also the remembered choice (as every page does).
    lang = page_lang(request) if answers_page(request) else ("en" if request.query_params.get("lang") == "en" else "sv")
    return status, known.code, known.message_in(lang), known.details, headers, known.shown_details()


def handle_exception(request: Request, exc: Exception) -> Response:
    """The answer to a request that raised `exc`: the error page or the JSON shape, status and headers."""
    status, code, message, details, headers, shown = _as_error(request, exc)
    if answers_page(request):
        try:
            page = render(request, "error.html", status=status, message=message, details=shown)
        except Exception:  # the error page itself failed: the JSON shape still says what happened
            log.exception("the error page failed on %s %s", request.method, request.url.path)
        else:
            page.headers.update(headers)
            return page
    return error_response(status, code, message, details, headers or None)


def install(app: FastAPI) -> None:
    """Send every exception a request can raise to `handle_exception`."""

    async def hook(request: Request, exc: Any) -> Response:
        return handle_exception(request, exc)

    for kind in (RuslinkError, RequestValidationError, StarletteHTTPException, Exception):
        app.add_exception_handler(kind, hook)
