"""Writes come from the app's own pages: another origin, or a rebound DNS name, is refused (403)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.main import create_app
from graph import store
from graph.db import Database
from graph.errors import InvalidInput
from graph.settings import Settings


@pytest.fixture
def anonymous(app_settings: Settings, db: Database):
    with TestClient(create_app(app_settings, db=db, allow_anonymous_writes=True)) as client:
        yield client


def _upload(client: TestClient, name: str, **headers: str):
    return client.post(
        f"/api/datasets/{name}/import", headers=headers, files={"file": ("x.json", b"{}", "application/json")}
    )


def test_security_origin_cross_site_multipart_write_is_refused(anonymous: TestClient, dataset_name: str) -> None:
    refused = _upload(anonymous, dataset_name, origin="https://elak.example", **{"sec-fetch-site": "cross-site"})
    assert refused.status_code == 403
    assert "annan webbplats" in refused.json()["error"]["message"]
    assert dataset_name not in {d["dataset"] for d in anonymous.get("/api/datasets").json()}


def test_security_origin_other_origin_without_fetch_metadata_is_refused(
    anonymous: TestClient, dataset_name: str
) -> None:
    assert _upload(anonymous, dataset_name, origin="http://evil.test:8000").status_code == 403
    assert _upload(anonymous, dataset_name, origin="null").status_code == 403


def test_security_origin_dns_rebinding_host_is_refused(anonymous: TestClient, dataset_name: str) -> None:
    rebound = anonymous.delete(f"/api/datasets/{dataset_name}", headers={"host": "rebind.evil.test:8000"})
    assert rebound.status_code == 403
    assert "RUSLINK_ALLOWED_HOSTS" in rebound.json()["error"]["message"]


def test_security_origin_same_origin_write_passes_the_guard(anonymous: TestClient, dataset_name: str) -> None:
    same = anonymous.delete(
        f"/api/datasets/{dataset_name}", headers={"origin": "http://testserver", "sec-fetch-site": "same-origin"}
    )
    assert same.status_code == 404  # past the guard: the dataset does not exist


def test_security_origin_allowed_hosts_extend_the_loopback_names(
    app_settings: Settings, db: Database, dataset_name: str
) -> None:
    settings = app_settings.model_copy(update={"ruslink_allowed_hosts": "ruslink.region.test"})
    with TestClient(create_app(settings, db=db, allow_anonymous_writes=True)) as client:
        allowed = client.delete(f"/api/datasets/{dataset_name}", headers={"host": "ruslink.region.test"})
    assert allowed.status_code == 404


def test_security_dataset_name_with_trailing_newline_is_refused(anonymous: TestClient) -> None:
    with pytest.raises(InvalidInput):
        store.check_dataset_name("demo\n")
    assert 400 <= _upload(anonymous, "demo%0A").status_code < 500
    assert "demo\n" not in {d["dataset"] for d in anonymous.get("/api/datasets").json()}


def test_security_head_answers_like_get_without_a_body(anonymous: TestClient) -> None:
    head = anonymous.head("/api/datasets")
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-type"].startswith("application/json")


def test_security_401_names_the_bearer_scheme(app_settings: Settings, db: Database, dataset_name: str) -> None:
    settings = app_settings.model_copy(update={"ruslink_token": SecretStr("skriv-hemlig")})
    with TestClient(create_app(settings, db=db)) as client:
        refused = client.delete(f"/api/datasets/{dataset_name}")
    assert refused.status_code == 401
    assert refused.headers["www-authenticate"].startswith("Bearer")


def test_security_health_hides_the_server_version_when_reading_is_closed(app_settings: Settings, db: Database) -> None:
    with TestClient(create_app(app_settings, db=db)) as client:
        assert "server" in client.get("/api/health").json()
    closed = app_settings.model_copy(update={"ruslink_read_token": SecretStr("läs-hemlig")})
    with TestClient(create_app(closed, db=db)) as client:
        body = client.get("/api/health").json()
    assert body["status"] == "ok" and "server" not in body


def test_security_openapi_documents_error_answers_and_export_types(anonymous: TestClient) -> None:
    spec = anonymous.get("/openapi.json").json()
    upload = spec["paths"]["/api/datasets/{dataset}/import"]["post"]["responses"]
    assert {"401", "403", "404", "409", "413", "422", "503"} <= set(upload)
    analysis = spec["paths"]["/api/datasets/{dataset}/analyses/{name}"]["get"]["responses"]
    assert {"404", "503"} <= set(analysis)
    export = spec["paths"]["/api/datasets/{dataset}/export"]["get"]["responses"]["200"]["content"]
    assert {"application/graphml+xml", "application/gexf+xml", "application/json"} <= set(export)


def test_security_openapi_documents_error_answers_of_every_operation(anonymous: TestClient) -> None:
    """The report, documents and diagram files are in the schema too: their errors and file types are stated."""
    spec = anonymous.get("/openapi.json").json()
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            assert {"401", "404", "503"} <= set(operation["responses"]), (method, path)
    diagram = spec["paths"]["/datasets/{dataset}/diagram.{fmt}"]["get"]["responses"]["200"]["content"]
    assert set(diagram) == {"image/svg+xml", "image/png", "text/html"}
    report = spec["paths"]["/datasets/{dataset}/report"]["get"]["responses"]["200"]["content"]
    assert set(report) == {"text/html"}
