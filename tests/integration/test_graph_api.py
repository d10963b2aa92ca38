"""GET /api/datasets/{dataset}/graph and the HTML pages over HTTP: data, filters, errors, headers, language."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from graph import store
from tests.support.uihelpers import XSS_NAME, small_dataset

PAGES = ["", "/explore", "/actors", "/goals/RUS-1.1", "/coverage", "/interactions", "/indicators"]


@pytest.fixture(scope="module")
def client(db, app_settings):
    store.replace_dataset(db, "api-small", small_dataset())
    with TestClient(create_app(app_settings, db=db)) as c:
        yield c


def test_graph_api_returns_nodes_edges_options_and_facets(client) -> None:
    body = client.get("/api/datasets/api-small/graph").json()
    ids = {n["id"] for n in body["nodes"]}
    assert {"A1", "RUS-1.1", "nat:1", "ACT-R", "I1"} <= ids and len(ids) == 20
    assert {e["type"] for e in body["edges"]} >= {"CONTRIBUTES_TO", "INTERACTS_WITH", "MEASURED_BY"}
    assert [s["id"] for s in body["facets"]["strategies"]] == ["RUS", "S3", "KOMP"]
    assert body["illustrative"] is True and body["layout"] == "layered"
    assert all("x" in n and "y" in n for n in body["nodes"])


def test_graph_api_filters_by_query_parameters(client) -> None:
    body = client.get("/api/datasets/api-small/graph", params={"strategy": "KOMP", "status": "planned"}).json()
    ids = {n["id"] for n in body["nodes"]}
    assert "A2" in ids and "A3" not in ids and "A1" not in ids
    body = client.get("/api/datasets/api-small/graph?link_type=INTERACTS_WITH&score_max=-1").json()
    assert [(e["from"], e["to"]) for e in body["edges"]] == [("RUS-1.1", "RUS-2.1")]
    focus = client.get("/api/datasets/api-small/graph", params={"focus": "A2", "depth": 1}).json()
    assert {n["id"] for n in focus["nodes"]} == {"A2", "KOMP-M1", "ACT-R", "ACT-U"}


def test_graph_api_english_and_actor_view(client) -> None:
    body = client.get("/api/datasets/api-small/graph?lang=en&view=actors").json()
    assert {n["type"] for n in body["nodes"]} == {"Actor"}
    assert {f["name"] for f in body["facets"]["actor_kinds"]} >= {"region", "university"}


def test_graph_api_errors_keep_the_one_shape(client) -> None:
    r = client.get("/api/datasets/no-such/graph")
    assert r.status_code == 404 and r.json()["error"]["code"] == "dataset_not_found"
    r = client.get("/api/datasets/api-small/graph?score_min=2&score_max=1")
    assert r.status_code == 422 and set(r.json()["error"]) == {"code", "message", "details"}


@pytest.mark.parametrize("path", PAGES)
def test_graph_api_pages_are_html_with_a_strict_policy(client, path) -> None:
    r = client.get(f"/datasets/api-small{path}")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self';" in csp and "frame-ancestors 'none'" in csp
    assert not re.search(r"<script(?![^>]*(type=\"application/json\"|src=\"/static/))", r.text)  # no inline code
    assert XSS_NAME not in r.text and "<img" not in r.text  # names only ever escaped
    assert "Exempeldata" in r.text


def test_graph_api_unknown_dataset_page_is_the_error_page(client) -> None:
    r = client.get("/datasets/no-such/coverage")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "Datamängden &#39;no-such&#39; finns inte" in r.text and "api-small" in r.text


def test_graph_api_language_is_remembered_in_a_cookie(client) -> None:
    r = client.get("/datasets/api-small/coverage?lang=en")
    assert "Coverage matrix" in r.text and r.cookies.get("ruslink_lang") == "en"
    assert "Coverage matrix" in client.get("/datasets/api-small/interactions").text.replace("Interaction", "Coverage")
    assert "Påverkansmatris" in client.get("/datasets/api-small/interactions?lang=sv").text
    assert "Täckningsmatris" in client.get("/datasets/api-small/coverage").text


def test_graph_api_static_files_are_served_locally(client) -> None:
    r = client.get("/static/vendor/vis-network/vis-network.min.js")
    assert r.status_code == 200 and "vis-network" in r.text[:400]
    assert client.get("/static/vendor/vis-network/LICENSE-MIT").status_code == 200
    for path in ("/static/../main.py", "/static/%2e%2e/main.py", "/static/js/", "/static/js/none.js"):
        assert client.get(path).status_code == 404, path


def test_graph_api_pages_link_their_files_by_version_and_browsers_keep_them(client) -> None:
    """A page names each of its files with the file's version: such a URL may be kept for a year; the bare URL
    is checked each time, and an unchanged file is then a 304 without a body. Large files go compressed."""
    page = client.get("/datasets/api-small/explore").text
    linked = re.findall(r'(?:src|href)="(/static/[^"]+)"', page)
    assert any("vis-network-esnext.js?v=" in url for url in linked) and all("?v=" in url for url in linked)
    url = next(u for u in linked if "/js/explorer.js" in u)
    kept = client.get(url, headers={"Accept-Encoding": "gzip"})
    assert kept.headers["cache-control"] == "public, max-age=31536000, immutable"
    assert kept.headers["content-encoding"] == "gzip" and "explorer" in kept.text  # httpx has unpacked it
    assert kept.headers["content-type"] == "text/javascript; charset=utf-8"
    bare = client.get(url.split("?")[0])
    assert bare.headers["cache-control"] == "no-cache" and bare.headers["etag"] == kept.headers["etag"]
    again = client.get(url.split("?")[0], headers={"If-None-Match": kept.headers["etag"]})
    assert again.status_code == 304 and again.content == b""
    stale = client.get(url.split("?")[0] + "?v=0000", headers={"If-None-Match": '"0000"'})
    assert stale.status_code == 200 and stale.headers["cache-control"] == "no-cache"


def test_graph_api_every_page_names_the_app_icon_and_favicon_leads_to_it(client) -> None:
    """A browser tab shows ruslink's icon, from this server: pages name it, and /favicon.ico (asked for by
    a tab showing an API answer) leads to the same file."""
    for path in ("/", "/datasets/api-small/explore", "/national"):
        page = client.get(path).text
        icon = re.search(
            r'<link rel="icon" href="(/static/img/ruslink\.svg\?v=[0-9a-f]+)" type="image/svg\+xml">', page
        )
        assert icon, path
    drawn = client.get(icon.group(1))
    assert drawn.status_code == 200 and drawn.headers["content-type"] == "image/svg+xml"
    assert drawn.text.startswith("<svg") and "<script" not in drawn.text
    asked = client.get("/favicon.ico", follow_redirects=False)
    assert asked.status_code == 302 and asked.headers["location"] == icon.group(1)


def test_graph_api_a_changed_file_gets_a_new_version(tmp_path) -> None:
    """A file edited on disk is read again: a new ETag, and pages link the new version (an upgrade is seen)."""
    import os

    from starlette.applications import Starlette
    from starlette.routing import Mount

    from app.assets import Assets

    (tmp_path / "a.js").write_text("var a = 1;", encoding="utf-8")
    with TestClient(Starlette(routes=[Mount("/static", Assets(directory=tmp_path))])) as c:
        first = c.get("/static/a.js")
        (tmp_path / "a.js").write_text("var a = 22;", encoding="utf-8")
        os.utime(tmp_path / "a.js", ns=(1, 1))  # a change the clock's resolution could hide
        second = c.get("/static/a.js")
    assert first.text == "var a = 1;" and second.text == "var a = 22;"
    assert first.headers["etag"] != second.headers["etag"]


def test_graph_api_every_page_renders_the_demo_dataset(client, db) -> None:
    from importers.demo import load_demo

    load_demo(db)
    goal = next(
        n["id"]
        for n in client.get("/api/datasets/demo/graph").json()["nodes"]
        if n["type"] == "Goal" and n["level"] == 2
    )
    for path in ["", "/explore", "/actors", f"/goals/{goal}", "/coverage", "/interactions", "/indicators"]:
        r = client.get(f"/datasets/demo{path}")
        assert r.status_code == 200, path
        assert "Exempeldata – illustrativt" in r.text, path
    assert "Källa: Kolada" in client.get("/datasets/demo/indicators").text


def test_graph_api_policy_covers_every_response_including_the_api_docs(client) -> None:
    for path in ["/", "/api/datasets", "/static/js/explorer.js", "/datasets/no-such", "/docs"]:
        assert "default-src 'self'" in client.get(path).headers["content-security-policy"], path
    docs = client.get("/docs")
    assert docs.status_code == 200 and "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs.text
    assert client.get("/").headers["x-content-type-options"] == "nosniff"


def test_graph_api_marks_name_the_rows_the_analyses_found(client) -> None:
    body = client.get("/api/datasets/api-small/marks").json()
    assert body["marks"]["A3"]["marks"] == ["orphan"] and body["marks"]["A3"]["suffix"] == " ∅"
    assert "conflict" in body["marks"]["A4"]["marks"]
    assert any("motverkar" in f["explanation"] for f in body["findings"]["A4"])  # small: panel findings inline
    assert all(f.get("analysis") != "chains" for items in body["findings"].values() for f in items)
    details = client.get("/api/datasets/api-small/details", params={"node": "A4"}).json()  # as large ones ask
    assert any("motverkar" in f["explanation"] for f in details["findings"])
    assert all(f.get("analysis") != "chains" for f in details["findings"])


def test_graph_api_details_of_one_row_in_the_users_language(client) -> None:
    sv = client.get("/api/datasets/api-small/details", params={"node": "A1"}).json()
    en = client.get("/api/datasets/api-small/details", params={"node": "A1", "lang": "en"}).json()
    assert any(pair[1] == "A1" for pair in sv["details"])
    assert any(pair[1] == "pågående" for pair in sv["details"]) and any(pair[1] == "ongoing" for pair in en["details"])
    missing = client.get("/api/datasets/api-small/details", params={"node": "<b>nope</b>"})
    assert missing.status_code == 404 and "finns inte" in missing.json()["error"]["message"]


def test_graph_api_columns_hold_the_same_diagram_as_the_objects(client) -> None:
    objects = client.get("/api/datasets/api-small/graph").json()
    packed = client.get("/api/datasets/api-small/graph/columns").json()
    nodes, edges = packed["nodes"], packed["edges"]
    assert nodes["count"] == len(objects["nodes"]) and edges["count"] == len(objects["edges"])
    assert nodes["columns"]["id"] == [n["id"] for n in objects["nodes"]]
    assert nodes["columns"]["x"] == [n.get("x") for n in objects["nodes"]]
    assert nodes["columns"]["details"] == [n["details"] for n in objects["nodes"]]  # small: inline
    for i, n in enumerate(objects["nodes"]):  # style from the table, names from the code tables
        style = nodes["styles"][nodes["style"][i]]
        assert all(n[k] == v for k, v in style.items()), n["id"]
        assert packed["names"]["type"][n["type"]] == n["typeName"]
    scored = next(i for i, e in enumerate(objects["edges"]) if e.get("scoreName"))
    e = objects["edges"][scored]
    assert packed["names"]["score"][f"{e['type']}|{e['score']}"] == e["scoreName"]
