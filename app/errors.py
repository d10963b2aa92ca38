"""The one place that decides how errors look over HTTP: {"error": {"code", "message", "details"}}."""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from graph.errors import DatabaseTimeout, DatabaseUnavailable, RuslinkError, Unauthorized, explain_environment_error

log = logging.getLogger("ruslink")
RETRY_AFTER_S = "5"


def error_body(code: str, message: str, details: list | None = None) -> dict:
    return {"error": {"code": code, "message": message, "details": details or []}}


def error_response(
    status: int, code: str, message: str, details: list | None = None, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse(error_body(code, message, details), status_code=status, headers=headers)


def _wants_page(request: Request) -> bool:
    """A person's browser asking for a page (not the API) gets the UI's error page."""
    return not request.url.path.startswith("/api") and "text/html" in request.headers.get("accept", "")


def install(app: FastAPI) -> None:
    """Register the handlers that turn exceptions into the one error shape."""

    @app.exception_handler(RuslinkError)
    async def _ruslink(request: Request, exc: RuslinkError) -> JSONResponse:
        headers = {"Retry-After": RETRY_AFTER_S} if isinstance(exc, DatabaseUnavailable | DatabaseTimeout) else None
        if isinstance(exc, Unauthorized):
            headers = {"WWW-Authenticate": 'Bearer realm="ruslink"'}
        lang = "en" if request.query_params.get("lang") == "en" else "sv"
        return error_response(exc.http_status, exc.code, exc.message_in(lang), exc.details, headers)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        details = [{"loc": list(e.get("loc", ())), "message": e.get("msg", "")} for e in exc.errors()]
        return error_response(422, "invalid_request", "Ogiltig begäran.", details)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed", 413: "payload_too_large"}.get(
            exc.status_code, "http_error"
        )
        message = exc.detail if isinstance(exc.detail, str) else "Fel i begäran."
        if exc.status_code == 404 and message == "Not Found":
            message = "Sidan finns inte."
        if _wants_page(request):
            from app.routes.pages import render  # pages import this module; resolve at call time

            return render(request, "error.html", status=exc.status_code, message=message, details=[])
        return error_response(exc.status_code, code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> JSONResponse:
        explained = explain_environment_error(exc)
        if explained is not None:
            log.warning("%s on %s %s: %s", explained.code, request.method, request.url.path, exc)
            retry = {"Retry-After": RETRY_AFTER_S} if explained.http_status == 503 else None
            return error_response(explained.http_status, explained.code, explained.message, headers=retry)
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return error_response(500, "internal", "Ett internt fel uppstod. Det är en bugg i ruslink.")
