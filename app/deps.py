"""Dependencies handed to routes: the database and the token checks."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Request

from app.errors import Forbidden, Unauthorized
from app.settings import ServerSettings
from graph.db import Database


def get_db(request: Request) -> Database:
    return request.app.state.db


def get_settings_dep(request: Request) -> ServerSettings:
    return request.app.state.settings


Db = Annotated[Database, Depends(get_db)]
AppSettings = Annotated[ServerSettings, Depends(get_settings_dep)]


def _bearer(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def _matches(given: str | None, expected: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


# Host names a browser may use to reach a server that takes anonymous writes. A page on another origin that
# rebinds its own DNS name to 127.0.0.1 still sends its own name as Host, so it is refused. "testserver" is
# the name Starlette's test client sends; a single-label name no public DNS answer can produce.
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1", "testserver"})


def _host_name(value: str) -> str:
    value = value.strip().lower()
    if value.startswith("["):  # [::1]:8000
        return value[1 : value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def _same_origin_write(request: Request) -> None:
    """Refuse a write that a page on another origin made the browser send (CSRF, DNS rebinding)."""
    fetch_site = request.headers.get("sec-fetch-site", "").lower()
    if fetch_site in ("cross-site", "same-site"):
        raise Forbidden("Ändringar måste göras från ruslinks egna sidor (begäran kom från en annan webbplats).")
    origin = request.headers.get("origin")
    if origin and origin != "null":
        origin_host = origin.split("://", 1)[-1]
        if origin_host.lower() != request.headers.get("host", "").lower():
            raise Forbidden("Ändringar måste göras från ruslinks egna sidor (begäran kom från en annan webbplats).")
    elif origin == "null":
        raise Forbidden("Ändringar måste göras från ruslinks egna sidor (begäran kom från en annan webbplats).")


def require_writer(request: Request) -> None:
    """Writes need RUSLINK_TOKEN as a bearer token, unless the server allows anonymous writes.

    Either way a write must come from the app's own origin; with anonymous writes it must also name a host
    this server is served as (loopback, `serve --host`, RUSLINK_ALLOWED_HOSTS).
    """
    settings: ServerSettings = request.app.state.settings
    _same_origin_write(request)
    if settings.ruslink_token is not None:
        if not _matches(_bearer(request), settings.ruslink_token.get_secret_value()):
            raise Unauthorized("Ändringar kräver en giltig token (Authorization: Bearer …).")
        return
    if not request.app.state.allow_anonymous_writes:
        raise Forbidden(
            "Ändringar via webben är avstängda: sätt RUSLINK_TOKEN, "
            "eller starta med 'ruslink serve --allow-anonymous-writes'."
        )
    allowed = LOOPBACK_HOSTS | {h.strip().lower() for h in settings.ruslink_allowed_hosts.split(",") if h.strip()}
    if _host_name(request.headers.get("host", "")) not in allowed:
        raise Forbidden(
            "Ändringar utan token tas bara emot på serverns egna adresser (127.0.0.1, localhost "
            "eller RUSLINK_ALLOWED_HOSTS)."
        )


def require_reader(request: Request) -> None:
    """Reads are open unless RUSLINK_READ_TOKEN is set (or the write token is given)."""
    settings: ServerSettings = request.app.state.settings
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
