"""Large responses travel compressed, keep their security headers, and decode to the same data."""

from __future__ import annotations

import gzip

import httpx
import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from graph import store
from tests.uihelpers import small_dataset


@pytest.fixture(scope="module")
def client(db, app_settings):
    store.replace_dataset(db, "speed-small", small_dataset())
    with TestClient(create_app(app_settings, db=db)) as c:
        yield c


def _raw(client: TestClient, url: str, encoding: str) -> httpx.Response:
    """The response as sent, without the client undoing the compression."""
    request = client.build_request("GET", url, headers={"accept-encoding": encoding})
    return client.send(request, stream=True)


@pytest.mark.parametrize("url", ["/api/datasets/speed-small/graph", "/datasets/speed-small/explore"])
def test_large_responses_are_gzipped_with_csp_and_same_content(client, url) -> None:
    plain = client.get(url, headers={"accept-encoding": "identity"})
    assert plain.status_code == 200 and "content-encoding" not in plain.headers
    response = _raw(client, url, "gzip")
    body = b"".join(response.iter_raw())
    response.close()
    assert response.headers["content-encoding"] == "gzip"
    assert "default-src 'self'" in response.headers["content-security-policy"]
    assert len(body) < len(plain.content) / 3
    assert gzip.decompress(body) == plain.content


def test_small_responses_stay_plain(client) -> None:
    response = _raw(client, "/api/health", "gzip")
    response.read()
    assert "content-encoding" not in response.headers
    assert response.status_code == 200
