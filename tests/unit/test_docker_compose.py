"""docker-compose.yml cannot run here (no Docker engine), so its contract is checked by parsing it."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))
LAUNCHER_POM = (ROOT / "graph" / "launcher" / "pom.xml").read_text(encoding="utf-8")


def test_compose_runs_neo4j_526_community_with_healthcheck_and_volume() -> None:
    neo4j = COMPOSE["services"]["neo4j"]
    assert neo4j["image"] == "neo4j:5.26-community"
    assert "cypher-shell" in " ".join(neo4j["healthcheck"]["test"])
    assert any(v.endswith(":/data") for v in neo4j["volumes"])
    assert "neo4j-data" in COMPOSE["volumes"]


def test_compose_password_comes_from_the_environment_with_no_default() -> None:
    auth = COMPOSE["services"]["neo4j"]["environment"]["NEO4J_AUTH"]
    assert auth.startswith("neo4j/${NEO4J_PASSWORD:?")
    assert COMPOSE["services"]["app"]["environment"]["NEO4J_PASSWORD"].startswith("${NEO4J_PASSWORD:?")


def test_compose_app_waits_for_a_healthy_database() -> None:
    app = COMPOSE["services"]["app"]
    assert app["depends_on"]["neo4j"]["condition"] == "service_healthy"
    assert app["environment"]["NEO4J_URI"] == "bolt://neo4j:7687"
    assert (ROOT / "Dockerfile").exists() and app["build"] == "."


def test_compose_and_local_launcher_use_the_same_neo4j_line() -> None:
    assert "<neo4j.version>5.26." in LAUNCHER_POM
