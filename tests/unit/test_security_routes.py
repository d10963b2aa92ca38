"""Who may do what over HTTP: every write needs the write token, reads need the read token when one is set."""

from __future__ import annotations

from app.deps import require_reader, require_writer
from app.routes.workshops import require_workshop_access
from tests.support.routes import OPEN_PATHS, api_routes, dependencies

"""GET paths that answer without a read token: health checks come from load balancers without secrets."""

KEY_PATHS = {"/api/workshops/{workshop}", "/api/workshops/{workshop}/scores"}
"""Workshop routes a participant reaches with the workshop's key instead of a token (interfaces.md)."""


def test_security_every_route_that_changes_data_needs_the_write_token() -> None:
    changing = [r for r in api_routes() if r.methods - {"GET", "HEAD", "OPTIONS"}]
    assert changing, "the app has no write routes: the walk found nothing to check"
    missing = [
        f"{sorted(r.methods)} {r.path}"
        for r in changing
        if require_writer not in dependencies(r.dependant)
        and not (r.path in KEY_PATHS and require_workshop_access in dependencies(r.dependant))
    ]
    assert missing == []


def test_security_every_api_read_route_is_guarded_by_the_read_check() -> None:
    reads = [r for r in api_routes() if "GET" in r.methods and r.path.startswith("/api/") and r.path not in OPEN_PATHS]
    assert reads
    guards = {require_reader, require_writer}
    missing = [
        r.path
        for r in reads
        if not ((guards | ({require_workshop_access} if r.path in KEY_PATHS else set())) & dependencies(r.dependant))
    ]
    assert missing == []


def test_security_edit_routes_exist_and_are_guarded() -> None:
    routes = {(method, r.path): r for r in api_routes() for method in r.methods}
    for method, path in [
        ("POST", "/api/datasets/{dataset}/changes"),
        ("POST", "/api/datasets/{dataset}/changes/{change}/revert"),
    ]:
        assert (method, path) in routes, f"{method} {path} is missing"
        assert require_writer in dependencies(routes[(method, path)].dependant), path
    for path in ("/api/datasets/{dataset}/changes", "/api/datasets/{dataset}/rows", "/api/token"):
        assert require_reader in dependencies(routes[("GET", path)].dependant), path
