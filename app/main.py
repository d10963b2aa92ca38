"""The FastAPI application factory. Importing this module needs no database."""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager

from fastapi import FastAPI

from app import errors
from app.headers import SecurityHeaders
from app.limits import BodySizeLimit
from app.routes import analyses, datasets, health, imports
from graph.db import Database
from graph.settings import Settings, get_settings

log = logging.getLogger("ruslink")


def create_app(settings: Settings | None = None, *, allow_anonymous_writes: bool = False,
               db: Database | None = None) -> FastAPI:
    """Build the app; the lifespan opens one driver (unless `db` is given) and closes it at shutdown."""

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.settings = settings or get_settings()
        app.state.allow_anonymous_writes = allow_anonymous_writes
        owned = db is None
        app.state.db = db or Database.connect(app.state.settings)
        try:
            yield
        finally:
            if owned:
                app.state.db.close()

    app = FastAPI(title="ruslink", version="0.1.0", lifespan=lifespan,
                  description="Kopplingar mellan RUS-mål, planer, insatser, indikatorer och aktörer.")
    errors.install(app)
    upload_mb = (settings or get_settings()).ruslink_max_upload_mb
    app.add_middleware(BodySizeLimit, max_bytes=upload_mb * 1024 * 1024)
    app.add_middleware(SecurityHeaders)
    app.include_router(health.router)
    app.include_router(datasets.router)
    app.include_router(imports.router)
    app.include_router(analyses.router)
    return app
