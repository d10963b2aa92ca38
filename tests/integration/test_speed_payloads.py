"""Large responses travel compressed, keep their security headers, and decode to the same data."""

from __future__ import annotations

import gzip

import httpx
import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from graph import store
from tests.support.uihelpers import small_dataset


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
    response = _raw(client, "/api/health", "gzip")  # a small answer, whatever else the database holds
    body = response.read()
    assert response.status_code == 200 and len(body) < 2048
    assert "content-encoding" not in response.headers
    assert b'"status"' in body


def test_silos_are_grouped_under_their_rus_goal_with_counts(db, app_settings) -> None:
    """Every silo pair is counted under the goal it concerns; no goal lists more than SHOWN pairs."""
    import re
    from collections import Counter

    from importers import synth
    from viz.silos import SHOWN

    store.replace_dataset(db, "speed-silos", synth.synthesize(scale=3, seed=7))
    with TestClient(create_app(app_settings, db=db)) as c:
        api = c.get("/api/datasets/speed-silos/analyses/complementarity", params={"limit": 500}).json()
        findings = api["findings"]
        for offset in range(500, api["total"], 500):
            findings += c.get(
                "/api/datasets/speed-silos/analyses/complementarity", params={"limit": 500, "offset": offset}
            ).json()["findings"]
        per_goal = Counter(f["subject"] for f in findings if f["kind"] == "silo")
        assert per_goal, "the synthetic dataset has silos"
        page = c.get("/datasets/speed-silos/findings/complementarity").text
    groups = re.findall(
        r'<details class="silo-group" data-goal="([^"]+)" data-count="(\d+)">(.*?)</details>', page, re.S
    )
    assert {g: int(n) for g, n, _ in groups} == dict(per_goal)
    assert all(body.count("<li>") == min(int(n), SHOWN) for _, n, body in groups)
    assert "Stuprör per RUS-mål" in page and "planpar utan gemensamma aktörer" in page
    # The silo pairs are not also listed one table row each.
    assert page.count('<td><span class="sev') == sum(1 for f in findings if f["kind"] != "silo")


def test_report_summarises_silos_per_goal(db) -> None:
    """The report counts each goal's silo pairs and lists only the first few, in a collapsed section."""
    import re
    from collections import Counter

    from graph.analyses import run_analysis
    from graph.report_input import collect
    from importers import synth
    from viz.report import report_bytes
    from viz.report_html import REPORT_SILOS

    store.replace_dataset(db, "speed-silos-report", synth.synthesize(scale=3, seed=7))
    result = run_analysis(db, "speed-silos-report", "complementarity")
    per_goal = Counter(f.subject for f in result.findings if f.kind == "silo")
    assert per_goal
    html = report_bytes(collect(db, "speed-silos-report"), "html").decode("utf-8")
    counts = sorted(int(n) for n in re.findall(r'<details class="silo-group" data-count="(\d+)">', html))
    assert counts == sorted(per_goal.values())
    assert "planpar utan gemensamma aktörer" in html
    sections = re.findall(r'<details class="silo-group" data-count="(\d+)">(.*?)</details>', html, re.S)
    assert all(body.count("<tr>") == min(int(n), REPORT_SILOS) + 1 for n, body in sections)  # header + pairs


def test_graph_answers_carry_an_etag_and_304_when_unchanged(client, db) -> None:
    """The same question about the same dataset version is answered 304; a new import changes the ETag."""
    url = "/api/datasets/speed-small/graph?strategy=KOMP"
    first = client.get(url)
    etag = first.headers["etag"]
    again = client.get(url, headers={"if-none-match": etag})
    assert again.status_code == 304 and again.content == b""
    assert client.get(url).json() == first.json()
    other = client.get("/api/datasets/speed-small/graph", headers={"if-none-match": etag})
    assert other.status_code == 200 and other.headers["etag"] != etag  # another question, another answer
    store.replace_dataset(db, "speed-small", small_dataset())  # a new version of the same rows
    fresh = client.get(url, headers={"if-none-match": etag})
    assert fresh.status_code == 200 and fresh.headers["etag"] != etag
    marks = client.get("/api/datasets/speed-small/marks")
    assert (
        marks.status_code == 200
        and client.get("/api/datasets/speed-small/marks", headers={"if-none-match": marks.headers["etag"]}).status_code
        == 304
    )


def test_a_large_diagrams_marks_are_those_of_every_finding_without_holding_silo_pairs(
    db, app_settings, monkeypatch
) -> None:
    """Above the inline limit the marks come from the kinds of finding that mark rows only: the same marks
    as every finding gives, and the app keeps no silo pair for them (they grow with the square of the plans
    per goal and mark nothing)."""
    from app.routes import graph_api
    from graph.analyses import RESULTS, run_all
    from graph.views import load_graph
    from importers import synth
    from viz.views import marks_view

    store.replace_dataset(db, "speed-marks", synth.synthesize(scale=3, seed=7))
    monkeypatch.setattr(graph_api, "INLINE_UP_TO", 10)  # this dataset's diagram counts as a large one
    with TestClient(create_app(app_settings, db=db)) as c:
        body = c.get("/api/datasets/speed-marks/marks").json()
        owner = c.app.state.caches  # type: ignore[attr-defined]
        held = list(owner.section(RESULTS).values())
    assert held, "the marks' findings are kept for the next request"
    assert not any(f.kind == "silo" for kept in held for f in kept.findings)
    everything = run_all(db, "speed-marks")
    assert any(f.kind == "silo" for r in everything for f in r.findings), "the dataset has silos"
    assert body == {"marks": marks_view(load_graph(db, "speed-marks"), everything)["marks"]}


def test_an_analysis_is_kept_as_bytes_with_an_etag_and_follows_a_new_import(client, db) -> None:
    """A whole findings list is answered from its kept bytes: 304 on its ETag, the same list again, another
    language another answer, and a new import a new ETag with the new version's findings."""
    url = "/api/datasets/speed-small/analyses/conflicts"
    first = client.get(url)
    assert first.status_code == 200 and first.json()["analysis"] == "conflicts"
    etag = first.headers["etag"]
    assert client.get(url, headers={"if-none-match": etag}).status_code == 304
    assert client.get(url).json() == first.json()
    english = client.get(url + "?lang=en", headers={"if-none-match": etag})
    assert english.status_code == 200 and english.headers["etag"] != etag
    content = small_dataset()
    content.links = [  # the next version declares no conflict between goals
        link
        for link in content.links
        if not (getattr(link.type, "value", link.type) == "interacts_with" and link.score < 0)
    ]
    store.replace_dataset(db, "speed-small", content)
    try:
        fresh = client.get(url, headers={"if-none-match": etag})
        assert fresh.status_code == 200 and fresh.headers["etag"] != etag
        declared = [f for f in fresh.json()["findings"] if f["kind"] == "declared"]
        assert declared == [] and any(f["kind"] == "declared" for f in first.json()["findings"])
    finally:
        store.replace_dataset(db, "speed-small", small_dataset())  # as the other tests here expect it


def test_the_explorer_loads_vis_network_only_when_it_draws_with_it(client) -> None:
    """A small diagram is drawn by vis-network, which comes with the page; a large one (forced here with
    `?renderer=fast`) is drawn by fastnet.js and the page leaves vis-network's 360 kB of script out. Each page
    loads only the renderer it draws with."""
    vis = "/static/vendor/vis-network/vis-network-esnext.js"
    small = client.get("/datasets/speed-small/explore").text
    assert vis in small and "/static/js/explorer.js" in small
    assert "/static/js/fastnet.js" not in small
    fast = client.get("/datasets/speed-small/explore?renderer=fast").text
    assert vis not in fast and "/static/js/fastnet.js" in fast
    assert vis in client.get("/datasets/speed-small/explore?renderer=vis").text
