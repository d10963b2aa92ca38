"""GET /api/health follows the database: 200, 503 while it is away, 200 again by itself."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient

from app.main import create_app
from graph import local_neo4j
from graph.settings import Settings


def _wait_for(client: TestClient, status: int, seconds: float = 60.0):
    deadline = time.monotonic() + seconds
    while True:
        response = client.get("/api/health")
        if response.status_code == status or time.monotonic() > deadline:
            return response
        time.sleep(0.5)


def test_health_is_200_with_the_database_reachable(app_settings: Settings) -> None:
    with TestClient(create_app(app_settings)) as client:
        response = client.get("/api/health")
    assert response.status_code == 200
    assert response.json()["database"] == "reachable"


def test_health_turns_503_when_neo4j_stops_and_200_when_it_returns(own_local_neo4j: Settings) -> None:
    uri = local_neo4j.start(own_local_neo4j)
    app = create_app(Settings(neo4j_uri=uri, ruslink_home=own_local_neo4j.ruslink_home))
    with TestClient(app) as client:
        assert client.get("/api/health").status_code == 200
        local_neo4j.stop(own_local_neo4j)
        down = _wait_for(client, 503)
        assert down.status_code == 503
        assert down.headers["Retry-After"]
        assert down.json()["error"]["code"] == "database_unavailable"
        assert local_neo4j.start(own_local_neo4j) == uri
        assert _wait_for(client, 200).status_code == 200
