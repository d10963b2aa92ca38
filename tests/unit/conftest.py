"""Unit tests run without a database, a server or a browser: asking for the session's Neo4j here is a mistake
in where the test lives, and says so."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def neo4j_server() -> None:
    pytest.fail("a unit test asked for Neo4j: move it to tests/integration/")
