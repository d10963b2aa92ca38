"""Dependencies handed to routes: the database and the token checks."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Request

from graph.db import Database
from graph.errors import Forbidden, Unauthorized
from graph.settings import Settings


def get_db(request: Request) -> Database:
    return request.app.state.db


def get_settings_dep(request: Request) -> Settings:
    return request.app.state.settings


Db = Annotated[Database, Depends(get_db)]
AppSettings = Annotated[Settings, Depends(get_settings_dep)]


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def _matches(given: str | None, expected: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def require_writer(request: Request) -> None:
    """Writes need RUSLINK_TOKEN as a bearer token, unless the server allows anonymous writes."""
    settings: Settings = request.app.state.settings
    if settings.ruslink_token is not None:
        if not _matches(_bearer(request), settings.ruslink_token.get_secret_value()):
            raise Unauthorized("Ändringar kräver en giltig token (Authorization: Bearer …).")
        return
    if not request.app.state.allow_anonymous_writes:
        raise Forbidden("Ändringar via webben är avstängda: sätt RUSLINK_TOKEN, "
                        "eller starta med 'ruslink serve --allow-anonymous-writes'.")


def require_reader(request: Request) -> None:
    """Reads are open unless RUSLINK_READ_TOKEN is set (or the write token is given)."""
    settings: Settings = request.app.state.settings
    if settings.ruslink_read_token is None:
        return
    given = _bearer(request) or request.cookies.get("ruslink_token")
    allowed = [settings.ruslink_read_token.get_secret_value()]
    if settings.ruslink_token is not None:
        allowed.append(settings.ruslink_token.get_secret_value())
    if not any(_matches(given, token) for token in allowed):
        raise Unauthorized("Den här ruslink-installationen kräver en token för att läsa.")


Writer = Depends(require_writer)
Reader = Depends(require_reader)
