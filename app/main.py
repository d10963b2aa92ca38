"""The FastAPI application factory. Importing this module needs no database."""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import RedirectResponse

from app import errors
from app.assets import ICON, asset_url, static_app
from app.cached import CurrentCaches
from app.limits import BodySizeLimit, HeadAsGet, SecurityHeaders
from app.prepare import Preparer
from app.routes import (
    analyses,
    changes,
    datasets,
    diagrams,
    docs,
    documents,
    exports,
    followup,
    graph_api,
    health,
    history_page,
    imports,
    pages,
    report,
    suggestions,
)
from app.routes import flow as flow_routes
from app.routes import national as national_routes
from app.routes import workshops as workshop_routes
from app.settings import as_server_settings, get_server_settings
from graph.db import Database
from graph.settings import Settings
from graph.version_cache import app_caches

log = logging.getLogger("ruslink")


def create_app(
    settings: Settings | None = None, *, allow_anonymous_writes: bool = False, db: Database | None = None
) -> FastAPI:
    """Build the app; the lifespan opens one driver (unless `db` is given) and closes it at shutdown.

    `settings` may be the graph's only; the web server's own variables are then read from the environment.
    """
    settings = as_server_settings(settings) if settings is not None else None

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.settings = settings or get_server_settings()
        app.state.allow_anonymous_writes = allow_anonymous_writes
        owned = db is None
        app.state.db = db or Database.connect(app.state.settings)
        try:
            with app_caches() as app.state.caches:  # this app's cached answers, released at shutdown
                ours = app.state.settings
                every = ours.ruslink_prepare_every_s
                app.state.preparer = (
                    Preparer(
                        app.state.db,
                        app.state.caches,
                        every_s=every,
                        settings=ours,
                        apart_over=ours.ruslink_prepare_apart_over,
                    )
                    if every > 0
                    else None
                )
                if app.state.preparer is not None:
                    app.state.preparer.start()  # new versions' explorers built ahead (app/prepare.py)
                try:
                    yield
                finally:
                    if app.state.preparer is not None:
                        app.state.preparer.stop()
        finally:
            if owned:
                app.state.db.close()

    app = FastAPI(
        title="ruslink",
        version="0.1.0",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        description="Kopplingar mellan RUS-mål, planer, insatser, indikatorer och aktörer.",
    )
    errors.install(app)
    # Network JSON and explorer pages run to megabytes and compress ~20×; event streams are left alone. Added
    # first, so it sits inside the header middleware and sees each answer whole (small ones stay plain).
    app.add_middleware(GZipMiddleware, minimum_size=2048)

    app.add_middleware(SecurityHeaders)

    upload_mb = (settings or get_server_settings()).ruslink_max_upload_mb
    app.add_middleware(BodySizeLimit, max_bytes=upload_mb * 1024 * 1024)
    app.add_middleware(HeadAsGet)
    app.add_middleware(CurrentCaches)
    app.include_router(health.router)
    app.include_router(docs.router)
    app.include_router(datasets.router)
    app.include_router(imports.router)
    app.include_router(analyses.router)
    app.include_router(report.router)
    app.include_router(exports.router)
    app.include_router(graph_api.router)
    app.include_router(suggestions.router)
    app.include_router(documents.router)
    app.include_router(pages.router)
    app.include_router(followup.router)
    app.include_router(flow_routes.router)
    app.include_router(workshop_routes.router)
    workshop_routes.install_log_redaction()
    app.include_router(diagrams.router)
    app.include_router(changes.router)
    app.include_router(history_page.router)
    app.include_router(national_routes.router)
    app.mount("/static", static_app(), name="static")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> RedirectResponse:
        """The icon a browser asks for where a page names none (an API answer opened in a tab)."""
        return RedirectResponse(asset_url(ICON), status_code=302)

    document_error_responses(app)
    return app


_ERROR = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorBody"}}}}
READ_ERRORS = {
    401: "A read token is required (RUSLINK_READ_TOKEN)",
    404: "No such dataset, analysis or row",
    503: "The database is unreachable, out of memory or its disk is full (Retry-After)",
}
WRITE_ERRORS = {
    401: "The write token is missing or wrong",
    403: "Writes are closed, or came from another origin",
    409: "Another write to the same dataset is running",
    413: "The upload is too large",
    422: "The input has problems; every one is listed in details",
}


def document_error_responses(app: FastAPI) -> None:
    """Every API route documents the error answers it can give, in the one error shape (app/errors.py)."""
    original = app.openapi

    def openapi() -> dict:
        schema = original()
        if "ErrorBody" in schema.get("components", {}).get("schemas", {}):
            return schema  # already completed (FastAPI keeps the schema once built)
        schema.setdefault("components", {}).setdefault("schemas", {})["ErrorBody"] = {
            "type": "object",
            "required": ["error"],
            "properties": {
                "error": {
                    "type": "object",
                    "required": ["code", "message", "details"],
                    "properties": {
                        "code": {"type": "string"},
                        "message": {"type": "string"},
                        "details": {"type": "array", "items": {}},
                    },
                }
            },
        }
        for operations in schema.get("paths", {}).values():  # the API and the documented files (report, diagram)
            for method, operation in operations.items():
                codes = dict(READ_ERRORS)
                if method in ("post", "put", "patch", "delete"):
                    codes |= WRITE_ERRORS
                answers = operation.setdefault("responses", {})
                for code, description in codes.items():
                    answers.setdefault(str(code), {"description": description, **_ERROR})
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


def create_app_from_env() -> FastAPI:
    """The app for `ruslink serve --workers N`: each worker process builds its own from the environment
    (settings as usual; RUSLINK_ALLOW_ANONYMOUS_WRITES=1 for --allow-anonymous-writes). Workers share
    nothing but the database: every cache is per dataset version, so any worker answers any request."""
    import os

    return create_app(
        get_server_settings(), allow_anonymous_writes=os.environ.get("RUSLINK_ALLOW_ANONYMOUS_WRITES") == "1"
    )
