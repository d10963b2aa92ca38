"""How errors are answered over HTTP is decided in app/errors.py alone: statuses of domain errors, the error
page or the JSON shape by path and Accept, and no HTTP knowledge in graph/."""

from __future__ import annotations

import ast
import importlib
import pkgutil
from pathlib import Path

import pytest
from starlette.requests import Request

import app
import graph
import viz
from app.errors import STATUS_OF_ERROR, Forbidden, PayloadTooLarge, Unauthorized, answers_page, http_status
from app.main import create_app
from app.settings import ServerSettings
from graph.errors import (
    AnalysisNotFound,
    ChangeConflict,
    DatabaseUnavailable,
    DatasetBusy,
    DatasetNotFound,
    DiskFull,
    ImportRefused,
    InvalidInput,
    RuslinkError,
    WrongKey,
)
from graph.settings import Settings
from tests.support.routes import flatten
from viz.dot_layout import LayoutUnavailable

ROOT = Path(__file__).resolve().parents[2]
HTTP_WORDS = ("http_status", "status_code", "Unauthorized", "Forbidden", "PayloadTooLarge", "fastapi", "starlette")


def _names_in(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    names |= {n.attr for n in ast.walk(tree) if isinstance(n, ast.Attribute)}
    names |= {n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef | ast.FunctionDef)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names |= {a.name for a in node.names} | ({node.module} if isinstance(node, ast.ImportFrom) else set())
    return {n for n in names if n}


def test_error_hook_graph_errors_know_no_http() -> None:
    found = _names_in(ROOT / "graph" / "errors.py")
    assert not found & set(HTTP_WORDS)
    assert not any(isinstance(getattr(c, "http_status", None), int) for c in _subclasses(RuslinkError))


def test_error_hook_graph_settings_hold_no_http_tokens() -> None:
    http_only = {"ruslink_token", "ruslink_read_token", "ruslink_max_upload_mb", "ruslink_allowed_hosts"}
    assert not http_only & set(Settings.model_fields)
    assert http_only <= set(ServerSettings.model_fields)


def test_error_hook_server_settings_read_the_same_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUSLINK_TOKEN", "skriv")
    monkeypatch.setenv("RUSLINK_READ_TOKEN", "  ")
    monkeypatch.setenv("RUSLINK_MAX_UPLOAD_MB", "7")
    monkeypatch.setenv("RUSLINK_ALLOWED_HOSTS", "ruslink.region.test")
    settings = ServerSettings()
    assert settings.ruslink_token is not None and settings.ruslink_token.get_secret_value() == "skriv"
    assert settings.ruslink_read_token is None  # blank is unset, as before
    assert settings.ruslink_max_upload_mb == 7 and settings.ruslink_allowed_hosts == "ruslink.region.test"


def _subclasses(cls: type) -> set[type]:
    out = set(cls.__subclasses__())
    for sub in list(out):
        out |= _subclasses(sub)
    return out


def _import_all() -> None:
    for package in (graph, viz, app):
        for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
            if ".launcher" not in info.name and not info.name.endswith("__main__"):
                importlib.import_module(info.name)


def test_error_hook_every_domain_error_has_its_status() -> None:
    _import_all()
    for cls in _subclasses(RuslinkError) | {RuslinkError}:
        assert 400 <= http_status(cls("x")) < 600, cls
    expected = {
        DatasetNotFound: 404,
        AnalysisNotFound: 404,
        InvalidInput: 422,
        ImportRefused: 422,
        DatasetBusy: 409,
        ChangeConflict: 409,
        WrongKey: 401,
        Unauthorized: 401,
        Forbidden: 403,
        PayloadTooLarge: 413,
        DatabaseUnavailable: 503,
        DiskFull: 503,
        LayoutUnavailable: 503,
    }
    assert {cls: http_status(cls("x")) for cls in expected} == expected
    assert set(STATUS_OF_ERROR) >= set(expected) - {DatasetNotFound, AnalysisNotFound, ImportRefused}


def test_error_hook_does_not_import_the_pages() -> None:
    """The hook renders through app/rendering.py; importing the routes from it was an import loop."""
    found = _names_in(ROOT / "app" / "errors.py")
    assert not any(n.startswith("app.routes") for n in found)
    assert "html_errors" not in {n for f in (ROOT / "app").rglob("*.py") for n in _names_in(f)}


ROUTES = {r.path: r for r in flatten(create_app(Settings(neo4j_uri="bolt://127.0.0.1:9")).routes)}


def _request(path: str, accept: str | None, route_path: str | None = None) -> Request:
    headers = [(b"accept", accept.encode())] if accept is not None else []
    scope = {"type": "http", "method": "GET", "path": path, "query_string": b"", "headers": headers}
    if route_path is not None:
        scope["route"] = ROUTES[route_path]
    return Request(scope)


BROWSER = "text/html,application/xhtml+xml,*/*;q=0.8"


@pytest.mark.parametrize(
    ("path", "route", "accept", "page"),
    [
        ("/datasets/d/report", "/datasets/{dataset}/report", BROWSER, True),
        ("/datasets/d/report", "/datasets/{dataset}/report", "*/*", False),
        ("/datasets/d", "/datasets/{dataset}", BROWSER, True),
        ("/datasets/d", "/datasets/{dataset}", "*/*", True),
        ("/datasets/d", "/datasets/{dataset}", None, True),
        ("/datasets/d", "/datasets/{dataset}", "application/json", False),
        ("/datasets/d/flow", "/datasets/{dataset}/flow", BROWSER, True),
        ("/datasets/d/diagram.svg", "/datasets/{dataset}/diagram.{fmt}", BROWSER, False),
        ("/workshops/w/join.svg", "/workshops/{workshop}/join.svg", BROWSER, False),
        ("/api/datasets/d/graph", "/api/datasets/{dataset}/graph", BROWSER, False),
        ("/api/no-such-thing", None, BROWSER, False),
        ("/datasets/d/no-such-view", None, BROWSER, True),
        ("/datasets/d/no-such-view", None, "*/*", False),
    ],
)
def test_error_hook_chooses_the_page_by_path_and_accept(path: str, route: str | None, accept: str, page: bool) -> None:
    assert answers_page(_request(path, accept, route)) is page
