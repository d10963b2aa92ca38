"""A person's page that fails shows the UI's error page, whichever page it is; the API and the file exports
keep the one JSON shape. Decided by app/errors.py alone."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.main import create_app
from graph.settings import Settings
from tests.support.routes import concrete, flatten

BROWSER = {"accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
MISSING = "finns-inte"

PAGE_ROUTES = [
    r
    for r in flatten(create_app(Settings(neo4j_uri="bolt://127.0.0.1:9")).routes)
    if "GET" in r.methods and not r.path.startswith("/api/") and "{" in r.path
]


def _is_file(path: str) -> bool:
    return "." in path.rsplit("/", 1)[-1]


@pytest.fixture(scope="module")
def plain(db, app_settings):
    with TestClient(create_app(app_settings, db=db)) as client:
        yield client


def _error_page(response) -> str:
    assert response.headers["content-type"].startswith("text/html"), response.text[:200]
    match = re.search(r'<p class="error-message">(.*?)</p>', response.text, re.S)
    assert match, response.text[:300]
    return match.group(1)


def test_error_pages_report_of_a_missing_dataset_is_the_html_404_page(plain) -> None:
    page = plain.get(f"/datasets/{MISSING}/report", headers=BROWSER)
    assert page.status_code == 404
    assert "Datamängden &#39;finns-inte&#39; finns inte" in _error_page(page)
    assert '<html lang="sv"' in page.text and "Content-Security-Policy" in page.headers
    english = plain.get(f"/datasets/{MISSING}/report?lang=en", headers=BROWSER)
    assert "The dataset &#39;finns-inte&#39; does not exist" in _error_page(english)
    program = plain.get(f"/datasets/{MISSING}/report")  # a script asking with */* keeps the JSON answer
    assert program.status_code == 404 and program.json()["error"]["code"] == "dataset_not_found"


def test_error_pages_sweep_every_page_route_with_a_missing_dataset(plain) -> None:
    assert len(PAGE_ROUTES) >= 15, [r.path for r in PAGE_ROUTES]
    swept = []
    for route in PAGE_ROUTES:
        path = concrete(route, dataset=MISSING, workshop=MISSING, fmt="svg")
        response = plain.get(path, headers=BROWSER)
        assert response.status_code == 404, (route.path, response.status_code, response.text[:200])
        if _is_file(route.path):  # exports keep the documented JSON answer
            assert set(response.json()["error"]) == {"code", "message", "details"}, route.path
        else:
            assert MISSING in _error_page(response), route.path
            swept.append(route.path)
    assert {"/datasets/{dataset}", "/datasets/{dataset}/report", "/datasets/{dataset}/flow"} <= set(swept)


def test_error_pages_a_ui_page_answers_a_program_asking_for_json_in_the_json_shape(plain) -> None:
    response = plain.get(f"/datasets/{MISSING}/coverage", headers={"accept": "application/json"})
    assert response.status_code == 404 and response.json()["error"]["code"] == "dataset_not_found"


def test_error_pages_a_closed_installation_shows_the_page_to_browsers_and_json_to_programs(db, app_settings) -> None:
    closed = app_settings.model_copy(update={"ruslink_read_token": SecretStr("las-hemlig")})
    with TestClient(create_app(closed, db=db)) as client:
        page = client.get(f"/datasets/{MISSING}/flow", headers=BROWSER)
        api = client.get(f"/api/datasets/{MISSING}/graph", headers=BROWSER)
    assert page.status_code == 401 and "kräver en token" in _error_page(page)
    assert page.headers["www-authenticate"].startswith("Bearer")
    assert api.status_code == 401 and api.json()["error"]["code"] == "unauthorized"


def test_error_pages_a_bad_query_on_a_page_is_a_page(plain) -> None:
    response = plain.get(f"/datasets/{MISSING}/goals/G?actors=kanske", headers=BROWSER)  # not a yes or no
    assert response.status_code == 422 and "Ogiltig begäran" in _error_page(response)
