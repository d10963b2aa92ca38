"""Test fixtures: a real Neo4j for the whole session, never a mock.

Order of choice: NEO4J_URI if set; else testcontainers' Neo4j where a Docker engine answers; else
ruslink's own local launcher in a private data folder. If none can start, the session fails loudly.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.settings import ServerSettings, as_server_settings
from graph.db import Database
from graph.schema import ensure_schema
from graph.settings import Settings
from importers.load import read_dataset
from importers.write import write_xlsx
from tests.data import plan_document
from tests.support.ingest import DEMO

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# Apps made in tests (and the servers they start) do not prepare new versions in the background: tests import
# datasets while apps run, and a build beside each test would change what the caches hold under it. The
# preparation has its own tests, which turn it on (tests/integration/test_prepare.py).
os.environ["RUSLINK_PREPARE_EVERY_S"] = "0"


def _docker_answers() -> bool:
    if not shutil.which("docker"):
        return False
    try:
        return subprocess.run(["docker", "info"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """{"uri", "user", "password", "how", "settings"} of a real Neo4j for this test session."""
    if os.environ.get("NEO4J_URI"):
        settings = Settings()
        yield {"uri": settings.neo4j_uri, "how": "NEO4J_URI", "settings": settings}
        return
    if _docker_answers():
        from testcontainers.neo4j import Neo4jContainer

        with Neo4jContainer("neo4j:5.26-community") as container:
            uri = container.get_connection_url()
            settings = Settings(neo4j_uri=uri, neo4j_user="neo4j", neo4j_password=container.password)
            yield {"uri": uri, "how": "testcontainers", "settings": settings}
        return
    from graph import local_neo4j

    home = tmp_path_factory.mktemp("ruslink-home")
    settings = Settings(neo4j_uri=None, ruslink_home=home)
    try:
        uri = local_neo4j.start(settings)
    except Exception as e:  # fail loudly: the suite means nothing without a real database
        pytest.exit(
            f"No Neo4j for the tests: NEO4J_URI is unset, no Docker engine, and the local launcher failed: {e}",
            returncode=3,
        )
    try:
        yield {"uri": uri, "how": "local", "settings": Settings(neo4j_uri=uri, ruslink_home=home)}
    finally:
        local_neo4j.stop(settings)


@pytest.fixture(scope="session")
def db(neo4j_server: dict) -> Iterator[Database]:
    database = Database.connect(neo4j_server["settings"])
    ensure_schema(database)
    yield database
    database.close()


@pytest.fixture
def dataset_name() -> str:
    """A fresh dataset name, so tests never see each other's data."""
    return f"t-{uuid.uuid4().hex[:10]}"


@pytest.fixture(scope="session")
def app_settings(neo4j_server: dict) -> ServerSettings:
    """The web server's settings for the test Neo4j (tokens and limits as the environment gives them)."""
    return as_server_settings(neo4j_server["settings"])


@pytest.fixture(scope="module")
def own_local_neo4j(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    """A second, private local Neo4j that a test may stop and start (never the session's shared one)."""
    from graph import local_neo4j

    settings = Settings(neo4j_uri=None, ruslink_home=tmp_path_factory.mktemp("own-neo4j"))
    local_neo4j.start(settings)
    try:
        yield settings
    finally:
        local_neo4j.stop(settings)


@pytest.fixture(scope="module")
def plan_files(tmp_path_factory) -> dict[str, Path]:
    """The realistic plan document written as DOCX and PDF, and the demo as the workbook to ingest into."""
    folder = tmp_path_factory.mktemp("ingest")
    demo = folder / "demo.xlsx"
    write_xlsx(read_dataset(DEMO).content, demo)
    return {
        "docx": plan_document.write_docx(folder / "plan.docx"),
        "pdf": plan_document.write_pdf(folder / "plan.pdf"),
        "demo": demo,
        "folder": folder,
    }
