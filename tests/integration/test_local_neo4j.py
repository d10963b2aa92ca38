"""ruslink's own Neo4j: start is idempotent, status tells the truth, stop stops."""

from __future__ import annotations

import neo4j
import pytest

from graph import local_neo4j
from graph.errors import LocalNeo4jError
from graph.settings import Settings


def test_local_neo4j_answers_return_1(neo4j_server: dict) -> None:
    with neo4j.GraphDatabase.driver(neo4j_server["uri"], auth=_auth(neo4j_server)) as driver:
        assert driver.execute_query("RETURN 1 AS x").records[0]["x"] == 1


def test_local_neo4j_start_is_idempotent_and_stop_stops(own_local_neo4j: Settings) -> None:
    first = local_neo4j.start(own_local_neo4j)
    assert local_neo4j.start(own_local_neo4j) == first
    state = local_neo4j.status(own_local_neo4j)
    assert state.running and state.uri == first
    with neo4j.GraphDatabase.driver(first, auth=None) as driver:
        assert driver.execute_query("RETURN 1 AS x").records[0]["x"] == 1


def test_local_neo4j_status_reports_not_running_for_an_empty_folder(tmp_path) -> None:
    state = local_neo4j.status(Settings(neo4j_uri=None, ruslink_home=tmp_path))
    assert not state.running and state.uri is None


def test_local_neo4j_without_java_says_what_to_install(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(LocalNeo4jError) as caught:
        local_neo4j.fetch(Settings(neo4j_uri=None, ruslink_home=tmp_path))
    message = caught.value.message
    assert "Java" in message and "Maven" in message and "docker compose up" in message and "NEO4J_URI" in message


def _auth(server: dict):
    settings = server["settings"]
    if settings.neo4j_password:
        return (settings.neo4j_user, settings.neo4j_password.get_secret_value())
    return None
