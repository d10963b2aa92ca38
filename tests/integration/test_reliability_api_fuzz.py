"""Schemathesis over the OpenAPI schema, in-process against the ASGI app with a real database and the demo
dataset loaded: whatever it sends (with and without the write token), no answer is a 5xx.

Quick mode sends a few dozen requests per operation; RUSLINK_LONG=1 many more. The seed is fixed.
"""

from __future__ import annotations

import os
import time

import pytest
import schemathesis
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from pydantic import SecretStr

from app.main import create_app
from graph import store
from graph.analyses import ANALYSIS_NAMES
from graph.errors import DatasetBusy
from importers.demo import load_demo
from tests.support.kolada_server import KoladaServer, KoladaV3

LONG = os.environ.get("RUSLINK_LONG") == "1"
TOKEN = "fuzz-token"
SENT = {"requests": 0, "by_status": {}}


@pytest.fixture(scope="module")
def fuzzed_app(db, app_settings):
    # A fuzzed Kolada fetch (with the token) runs as a job: it asks a local Kolada, never the real one.
    with KoladaServer(KoladaV3(["0022"], fail_once=None)) as kolada, pytest.MonkeyPatch.context() as patch:
        patch.setenv("KOLADA_BASE_URL", kolada.base)
        yield from _served_app(db, app_settings)


def _served_app(db, app_settings):
    load_demo(db)
    app = create_app(app_settings.model_copy(update={"ruslink_token": SecretStr(TOKEN)}), db=db)
    with TestClient(app):  # runs the lifespan, so app.state holds the settings and database
        yield app


@pytest.fixture(scope="module")
def api_schema(fuzzed_app):
    return schemathesis.openapi.from_asgi("/openapi.json", fuzzed_app)


def _restore_demo(db) -> None:
    """Load the demo again, waiting while a fuzzed Kolada fetch job still holds its lock."""
    for _ in range(600):
        try:
            load_demo(db)
            return
        except DatasetBusy:
            time.sleep(0.1)
    load_demo(db)


def _check(case, db) -> None:
    if not any(d["dataset"] == "demo" for d in store.list_datasets(db)):
        _restore_demo(db)  # a fuzzed DELETE with the token may remove it; later cases should still find it
    headers = {"Authorization": f"Bearer {TOKEN}"} if SENT["requests"] % 2 else {}
    # Random names mostly meet the name check; two cases in three aim at real data to reach deeper code.
    if SENT["requests"] % 3 and case.path_parameters:
        if "dataset" in case.path_parameters:
            case.path_parameters["dataset"] = "demo"
        if "name" in case.path_parameters or "analysis" in case.path_parameters:
            key = "name" if "name" in case.path_parameters else "analysis"
            case.path_parameters[key] = ANALYSIS_NAMES[SENT["requests"] % len(ANALYSIS_NAMES)]
    response = case.call(headers=headers, timeout=600)  # load means slowness here, never an error
    SENT["requests"] += 1
    SENT["by_status"][response.status_code] = SENT["by_status"].get(response.status_code, 0) + 1
    assert response.status_code < 500, (case.method, case.formatted_path, case.query, response.text[:500])
    if response.status_code >= 400 and "application/json" in str(response.headers.get("content-type")):
        assert set(response.json()["error"]) == {"code", "message", "details"}


def test_reliability_api_fuzz_no_request_gets_a_5xx(api_schema, db) -> None:
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 6
    for operation in operations:

        @settings(
            max_examples=300 if LONG else 25,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(case=operation.as_strategy())
        def fuzz(case) -> None:
            _check(case, db)

        fuzz()


def test_reliability_api_fuzz_figures() -> None:
    """How many requests the fuzzing sent, by status (shown with -s)."""
    print(f"\nreliability: schemathesis sent {SENT['requests']} requests, statuses {sorted(SENT['by_status'].items())}")
    assert SENT["requests"] > 0
    assert not [s for s in SENT["by_status"] if s >= 500]
