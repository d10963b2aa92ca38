"""Fixtures the integration tests share: the ruslink command's environment, an HTTP client with the write
token, and Debian's chromium with every host but 127.0.0.1 cut off (the Neo4j fixtures are in ../conftest.py)."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.main import create_app
from tests.support.browser import ARGS, CHROMIUM, watched_page
from tests.support.http import TOKEN


@pytest.fixture(scope="module")
def cli_env(neo4j_server) -> dict:
    """The environment a `ruslink` command needs to reach the session's Neo4j."""
    env = dict(os.environ, NEO4J_URI=neo4j_server["uri"])
    password = neo4j_server["settings"].neo4j_password
    if password is not None:
        env["NEO4J_PASSWORD"] = password.get_secret_value()
        env["NEO4J_USER"] = neo4j_server["settings"].neo4j_user
    return env


@pytest.fixture(scope="module")
def client(db, app_settings):
    """The app in-process with the write token set (`tests.support.http.AUTH`)."""
    settings = app_settings.model_copy(update={"ruslink_token": SecretStr(TOKEN)})
    with TestClient(create_app(settings, db=db)) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Debian's chromium, started once for the whole run (each test gets its own context)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser, served):
    """A fresh 1400×900 page (`tests.support.browser.watched_page`); `served` is the test module's own fixture."""
    with watched_page(browser, accept_downloads=True, viewport={"width": 1400, "height": 900}) as pg:
        yield pg
