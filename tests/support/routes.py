"""The app's routes and their guards, as the route tests walk them."""

from __future__ import annotations

from fastapi.routing import APIRoute

from app.main import create_app
from graph.settings import Settings

OPEN_PATHS = {"/api/health"}


def dependencies(dependant) -> set:
    calls = set()
    for sub in dependant.dependencies:
        calls.add(sub.call)
        calls |= dependencies(sub)
    return calls


def flatten(routes) -> list[APIRoute]:
    """Every APIRoute of an app, looking inside included routers (newer FastAPI keeps them nested)."""
    out: list[APIRoute] = []
    for route in routes:
        if isinstance(route, APIRoute):
            out.append(route)
        elif hasattr(route, "original_router"):
            out.extend(flatten(route.original_router.routes))
    return out


def api_routes() -> list[APIRoute]:
    return flatten(create_app(Settings(neo4j_uri="bolt://127.0.0.1:9")).routes)
