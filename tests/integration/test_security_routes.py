"""Who may do what over HTTP: every write needs the write token, reads need the read token when one is set."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from app.deps import require_writer
from app.main import create_app
from graph.db import Database
from graph.settings import Settings
from tests.support.routes import OPEN_PATHS, api_routes, dependencies, flatten

"""GET paths that answer without a read token: health checks come from load balancers without secrets."""

"""Workshop routes a participant reaches with the workshop's key instead of a token (interfaces.md)."""


def _concrete(path: str) -> str:
    """A request path for a route template: every {parameter} filled with a harmless valid value."""
    return re.sub(r"\{[^}]+\}", "demo", path)


def test_security_workshop_routes_need_the_key_or_the_token(app_settings: Settings, db: Database) -> None:
    """Opening and accepting need the write token; scoring needs the key; a token never stands in for the key
    when scoring, and a key never opens or accepts."""
    routes = {(m, r.path): r for r in api_routes() for m in r.methods}
    for method, path in (("POST", "/api/datasets/{dataset}/workshops"), ("POST", "/api/workshops/{workshop}/accept")):
        assert require_writer in dependencies(routes[(method, path)].dependant), path
    with TestClient(create_app(_settings(app_settings, ruslink_token="skriv-hemlig"), db=db)) as client:
        write = {"Authorization": "Bearer skriv-hemlig"}
        scores = client.post("/api/workshops/demo/scores", headers=write, json={"participant": "x", "scores": []})
        assert scores.status_code == 401  # the write token is not a workshop key
        assert client.post("/api/workshops/demo/accept?key=k", json={}).status_code == 401
        assert client.post("/api/datasets/demo/workshops?key=k", json={}).status_code == 401
        assert client.get("/api/workshops/demo").status_code == 401
        assert client.get("/api/workshops/demo?key=wrong").status_code == 404  # past the guard: no such workshop


def _settings(app_settings: Settings, **tokens: str) -> Settings:
    return Settings.model_validate(app_settings.model_dump() | tokens)


def test_security_with_a_read_token_every_api_get_but_health_needs_it(app_settings: Settings, db: Database) -> None:
    settings = _settings(app_settings, ruslink_read_token="las-hemlig", ruslink_token="skriv-hemlig")
    app = create_app(settings, db=db)
    gets = [r.path for r in flatten(app.routes) if "GET" in r.methods and r.path.startswith("/api/")]
    with TestClient(app) as client:
        for path in gets:
            anonymous = client.get(_concrete(path))
            if path in OPEN_PATHS:
                assert anonymous.status_code == 200, path
                continue
            assert anonymous.status_code == 401, path
            assert anonymous.json()["error"]["code"] == "unauthorized"
            wrong = client.get(_concrete(path), headers={"Authorization": "Bearer las-hemli"})
            assert wrong.status_code == 401, path
            for token in ("las-hemlig", "skriv-hemlig"):
                allowed = client.get(_concrete(path), headers={"Authorization": f"Bearer {token}"})
                assert allowed.status_code != 401, (path, token)


def test_security_reads_are_open_without_a_read_token(app_settings: Settings, db: Database) -> None:
    with TestClient(create_app(_settings(app_settings, ruslink_token="skriv-hemlig"), db=db)) as client:
        assert client.get("/api/datasets").status_code == 200


@pytest.mark.parametrize("header", [None, "Bearer fel-token", "Basic c2tyaXY6aGVtbGln", "Bearer", "skriv-hemlig"])
def test_security_writes_without_the_right_bearer_token_are_refused(
    app_settings: Settings, db: Database, dataset_name: str, header: str | None
) -> None:
    headers = {"Authorization": header} if header else {}
    with TestClient(create_app(_settings(app_settings, ruslink_token="skriv-hemlig"), db=db)) as client:
        deleted = client.delete(f"/api/datasets/{dataset_name}", headers=headers)
        uploaded = client.post(
            f"/api/datasets/{dataset_name}/import",
            headers=headers,
            files={"file": ("x.json", b"{}", "application/json")},
        )
    assert deleted.status_code == 401 and uploaded.status_code == 401
    assert deleted.json()["error"]["code"] == "unauthorized"


def test_security_writes_without_any_token_configured_are_refused_unless_allowed(
    app_settings: Settings, db: Database, dataset_name: str
) -> None:
    with TestClient(create_app(app_settings, db=db)) as client:
        refused = client.delete(f"/api/datasets/{dataset_name}")
    assert refused.status_code == 403
    assert "--allow-anonymous-writes" in refused.json()["error"]["message"]
    with TestClient(create_app(app_settings, db=db, allow_anonymous_writes=True)) as client:
        allowed = client.delete(f"/api/datasets/{dataset_name}")
    assert allowed.status_code == 404  # past the guard: the dataset simply does not exist


@pytest.mark.parametrize("name", ["../etc", "a b", "x" * 65, "-leading", "namn\u202e", "a;MATCH (n) DETACH DELETE n"])
def test_security_hostile_dataset_names_are_refused_with_4xx(app_settings: Settings, db: Database, name: str) -> None:
    headers = {"Authorization": "Bearer skriv-hemlig"}
    with TestClient(create_app(_settings(app_settings, ruslink_token="skriv-hemlig"), db=db)) as client:
        deleted = client.delete(f"/api/datasets/{name}", headers=headers)
        uploaded = client.post(
            f"/api/datasets/{name}/import", headers=headers, files={"file": ("x.json", b"{}", "application/json")}
        )
    for response in (deleted, uploaded):
        assert 400 <= response.status_code < 500
        assert set(response.json()["error"]) == {"code", "message", "details"}


def test_security_edits_without_the_write_token_are_refused_and_change_nothing(
    app_settings: Settings, db: Database, dataset_name: str
) -> None:
    from graph import store
    from importers.export import read_content
    from tests.support.uihelpers import small_dataset

    store.replace_dataset(db, dataset_name, small_dataset())
    before = read_content(db, dataset_name)
    body = {"by": "X", "why": "Y", "changes": [{"op": "remove", "table": "actions", "id": "A1"}]}
    with TestClient(create_app(_settings(app_settings, ruslink_token="skriv-hemlig"), db=db)) as client:
        for headers in ({}, {"Authorization": "Bearer fel"}, {"Authorization": "Bearer las-hemlig"}):
            assert client.post(f"/api/datasets/{dataset_name}/changes", json=body, headers=headers).status_code == 401
            assert (
                client.post(
                    f"/api/datasets/{dataset_name}/changes/1/revert", json={"by": "X"}, headers=headers
                ).status_code
                == 401
            )
        assert client.get("/api/token").json() == {"write": False, "token_required": True}
        assert client.get("/api/token", headers={"Authorization": "Bearer skriv-hemlig"}).json()["write"] is True
    assert read_content(db, dataset_name) == before
