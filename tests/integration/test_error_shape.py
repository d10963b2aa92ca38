"""Every API error has one shape: {"error": {"code", "message", "details"}}."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app.main import create_app
from graph.settings import Settings


def _shape(body: dict) -> dict:
    assert set(body) >= {"error"}
    assert set(body["error"]) == {"code", "message", "details"}
    return body["error"]


def test_error_shape_for_an_unknown_path(app_settings: Settings) -> None:
    with TestClient(create_app(app_settings)) as client:
        response = client.get("/api/no-such-thing")
    assert response.status_code == 404
    assert _shape(response.json())["code"] == "not_found"


def test_error_shape_for_a_write_without_token(app_settings: Settings) -> None:
    with TestClient(create_app(app_settings)) as client:
        response = client.delete("/api/datasets/anything")
    assert response.status_code == 403
    assert "RUSLINK_TOKEN" in _shape(response.json())["message"]


def test_error_shape_for_a_wrong_token(app_settings: Settings) -> None:
    settings = Settings.model_validate(app_settings.model_dump() | {"ruslink_token": "s3cret"})
    with TestClient(create_app(settings)) as client:
        response = client.delete("/api/datasets/anything", headers={"Authorization": "Bearer wrong"})
    assert response.status_code == 401
    assert _shape(response.json())["code"] == "unauthorized"


def test_error_shape_for_an_unknown_dataset(app_settings: Settings) -> None:
    with TestClient(create_app(app_settings, allow_anonymous_writes=True)) as client:
        response = client.delete("/api/datasets/no-such-dataset")
    assert response.status_code == 404
    assert _shape(response.json())["code"] == "dataset_not_found"


def test_error_page_for_an_unknown_page_is_html_for_browsers(app_settings: Settings) -> None:
    with TestClient(create_app(app_settings)) as client:
        page = client.get("/datasets/demo/no-such-view", headers={"accept": "text/html"})
        api = client.get("/api/no-such-thing", headers={"accept": "text/html"})
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "Sidan finns inte." in page.text
    assert api.headers["content-type"].startswith("application/json")
