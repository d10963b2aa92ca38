"""The Workshops contract (interfaces.md) through HTTP on the real Neo4j: open, score, read, accept."""

from __future__ import annotations

import logging
from datetime import date

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.main import create_app
from app.routes.workshops import RedactKeys
from graph import workshops
from graph.analyses import run_analysis
from importers.demo import load_demo
from importers.export import read_content
from tests.support.analysis import action, goal, link, load

TOKEN = "workshop-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def load_region(db, name: str) -> str:
    """RUS-1.1, RUS-1.2, RUS-2.1 and a plan goal G1; action A1 reaches RUS-1.1 and RUS-2.1 (via G1)."""
    return load(
        db,
        name,
        goals=[goal("G1")],
        actions=[action("A1"), action("A2", "P2")],
        links=[
            link("A1", "G1", 2),
            link("G1", "RUS-2.1", 2),
            link("A1", "RUS-1.1", 1),
            link("A2", "RUS-1.2", 1),
            link("A2", "RUS-1.1", 1),
            link("RUS-1.2", "RUS-2.1", -1, type="interacts_with"),
        ],
    )


@pytest.fixture(scope="module")
def region(db) -> str:
    return load_region(db, "t-workshops-region")


@pytest.fixture(scope="module")
def client(db, app_settings):
    settings = app_settings.model_copy(update={"ruslink_token": SecretStr(TOKEN)})
    with TestClient(create_app(settings, db=db)) as c:
        yield c


def open_workshop(client, dataset: str, pairs) -> dict:
    response = client.post(
        f"/api/datasets/{dataset}/workshops", json={"title": "Målkonflikter i länet", "pairs": pairs}, headers=AUTH
    )
    assert response.status_code == 201, response.text
    return response.json()


def test_workshop_open_answers_exactly_id_key_and_join_and_needs_the_token(client, region) -> None:
    refused = client.post(f"/api/datasets/{region}/workshops", json={"title": "x", "pairs": [["RUS-1.1", "RUS-2.1"]]})
    assert refused.status_code == 401
    body = open_workshop(client, region, [["RUS-1.1", "RUS-2.1"]])
    assert set(body) == {"workshop", "key", "join"}
    assert body["join"] == f"/workshops/{body['workshop']}?key={body['key']}"
    assert len(body["key"]) >= 20


def test_workshop_bad_pairs_are_refused_naming_each_pair_and_nothing_is_opened(client, region) -> None:
    response = client.post(
        f"/api/datasets/{region}/workshops",
        headers=AUTH,
        json={"title": "x", "pairs": [["RUS-1.1", "RUS-2.1"], ["RUS-1.1", "NOPE"], ["G1", "G1"], "RUS-1.1"]},
    )
    assert response.status_code == 422
    details = response.json()["error"]["details"]
    assert any("pairs[1]" in d and "NOPE" in d for d in details)
    assert any("pairs[2]" in d for d in details) and any("pairs[3]" in d for d in details)
    english = client.post(
        f"/api/datasets/{region}/workshops?lang=en", headers=AUTH, json={"title": "x", "pairs": [["RUS-1.1", "NOPE"]]}
    )
    assert "the dataset has no goal" in english.json()["error"]["message"]


def test_workshop_read_needs_its_key_or_the_token(client, region) -> None:
    opened = open_workshop(client, region, [["RUS-1.1", "RUS-2.1"]])
    url = f"/api/workshops/{opened['workshop']}"
    assert client.get(url).status_code == 401
    assert client.get(url, params={"key": opened["key"][:-1] + "x"}).status_code == 401
    assert client.get(url, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.get(url, params={"key": opened["key"]}).status_code == 200
    assert client.get(url, headers=AUTH).status_code == 200
    assert client.get(url, headers={"X-Workshop-Key": opened["key"]}).status_code == 200
    assert client.get("/api/workshops/doesnotexist", headers=AUTH).status_code == 404


def test_workshop_scores_summary_and_accept_follow_the_contract(client, db, region) -> None:
    pairs = [["RUS-1.1", "RUS-2.1"], ["RUS-2.1", "RUS-1.1"], ["RUS-1.1", "RUS-1.2"], ["G1", "RUS-1.2"]]
    opened = open_workshop(client, region, pairs)
    wid, key = opened["workshop"], opened["key"]

    def score(participant, items):
        return client.post(
            f"/api/workshops/{wid}/scores", params={"key": key}, json={"participant": participant, "scores": items}
        )

    def item(a, b, s, why="", conf="medium"):
        return {"from": a, "to": b, "score": s, "rationale": why, "confidence": conf}

    assert score("Anna", [item("RUS-1.1", "RUS-2.1", -1)]).status_code == 200
    # Anna changes her mind: the later score replaces the earlier.
    assert (
        score(
            "Anna",
            [
                item("RUS-1.1", "RUS-2.1", -2, "Fler företag ger mer trafik", "high"),
                item("RUS-2.1", "RUS-1.1", 1, "Resor når jobben"),
                item("RUS-1.1", "RUS-1.2", 3),
            ],
        ).status_code
        == 200
    )
    assert (
        score(
            "Bo",
            [
                item("RUS-1.1", "RUS-2.1", -1, "Bara på kort sikt", "low"),
                item("RUS-2.1", "RUS-1.1", 2),
                item("RUS-1.1", "RUS-1.2", -3),
            ],
        ).status_code
        == 200
    )
    assert score("Cecilia", [item("G1", "RUS-1.2", 2)]).status_code == 200
    # Bad input: named by index and field, nothing stored (Bo's RUS-1.1 → RUS-2.1 stays −1).
    bad = score(
        "Bo",
        [
            item("RUS-1.1", "RUS-2.1", -3),
            item("RUS-1.1", "RUS-2.1", 4),
            item("RUS-1.1", "RUS-2.1", 1, conf="very"),
            item("RUS-1.2", "RUS-1.1", 1),
        ],
    )
    assert bad.status_code == 422
    details = bad.json()["error"]["details"]
    assert any("scores[1]" in d and "score" in d for d in details)
    assert any("scores[2]" in d and "confidence" in d for d in details)
    assert any("scores[3]" in d for d in details)
    assert client.post(f"/api/workshops/{wid}/scores", json={"participant": "Eve", "scores": []}).status_code == 401
    elsewhere = client.post(
        f"/api/workshops/{wid}/scores",
        params={"key": key},
        headers={"origin": "https://elak.example", "sec-fetch-site": "cross-site"},
        json={"participant": "Eve", "scores": [item("G1", "RUS-1.2", -3)]},
    )
    assert elsewhere.status_code == 403  # the key alone does not let another site's page score

    summary = client.get(f"/api/workshops/{wid}", params={"key": key}).json()
    assert set(summary) == {"title", "pairs"} and summary["title"] == "Målkonflikter i länet"
    assert [[p["from"], p["to"]] for p in summary["pairs"]] == pairs
    first = summary["pairs"][0]
    assert set(first) == {"from", "to", "n", "median", "min", "max", "scores"}
    assert (first["n"], first["median"], first["min"], first["max"]) == (2, -1.5, -2, -1)
    assert set(first["scores"][0]) == {"participant", "score", "rationale", "confidence", "at"}
    anna = next(s for s in first["scores"] if s["participant"] == "Anna")
    assert (anna["score"], anna["rationale"], anna["confidence"]) == (-2, "Fler företag ger mer trafik", "high")
    assert summary["pairs"][3]["n"] == 1 and summary["pairs"][3]["median"] == 2

    assert client.post(f"/api/workshops/{wid}/accept", json={"rule": "median", "min_n": 2}).status_code == 401
    assert (
        client.post(f"/api/workshops/{wid}/accept", json={"rule": "mean", "min_n": 2}, headers=AUTH).status_code == 422
    )
    accepted = client.post(f"/api/workshops/{wid}/accept", json={"rule": "median", "min_n": 2}, headers=AUTH)
    assert accepted.status_code == 200, accepted.text
    assert {(lk["from"], lk["to"], lk["score"]) for lk in accepted.json()["links"]} == {
        ("RUS-1.1", "RUS-2.1", -2),  # median −1.5, half away from zero
        ("RUS-2.1", "RUS-1.1", 2),  # median 1.5
        ("RUS-1.1", "RUS-1.2", 0),
    }  # median 0; G1 → RUS-1.2 has one score only

    content = read_content(db, region)
    written = {(lk.from_, lk.to): lk for lk in content.links if lk.type == "interacts_with"}
    assert written[("RUS-1.1", "RUS-2.1")].source == f"Workshop: Målkonflikter i länet, {date.today().isoformat()}"
    assert written[("RUS-1.1", "RUS-2.1")].rationale == "Anna: Fler företag ger mer trafik | Bo: Bara på kort sikt"
    assert ("G1", "RUS-1.2") not in written
    assert written[("RUS-1.2", "RUS-2.1")].score == -1  # the earlier interaction is kept

    conflicts = {
        (f.subject, tuple(f.related), f.model_extra["score"])
        for f in run_analysis(db, region, "conflicts").findings
        if f.kind == "declared"
    }
    assert ("RUS-1.1", ("RUS-2.1",), -2) in conflicts
    synergies = {
        (f.subject, tuple(f.related)) for f in run_analysis(db, region, "synergies").findings if f.kind == "declared"
    }
    assert ("RUS-2.1", ("RUS-1.1",)) in synergies
    influence = {f.subject for f in run_analysis(db, region, "influence").findings if f.kind == "influence"}
    assert {"RUS-1.1", "RUS-2.1", "RUS-1.2"} <= influence


def test_workshop_accept_with_too_few_scores_changes_nothing(client, db, region) -> None:
    opened = open_workshop(client, region, [["G1", "RUS-1.1"]])
    before = read_content(db, region).links
    response = client.post(
        f"/api/workshops/{opened['workshop']}/accept", json={"rule": "median", "min_n": 2}, headers=AUTH
    )
    assert response.status_code == 422
    assert read_content(db, region).links == before


def test_workshop_suggested_pairs_share_something_and_have_no_interaction(client, db, dataset_name) -> None:
    region = load_region(db, dataset_name)
    opened = open_workshop(client, region, "suggested")
    pairs = {
        (p["from"], p["to"]) for p in client.get(f"/api/workshops/{opened['workshop']}", headers=AUTH).json()["pairs"]
    }
    assert ("RUS-1.1", "RUS-1.2") in pairs  # A2 reaches both
    assert ("RUS-1.1", "RUS-2.1") in pairs or ("RUS-2.1", "RUS-1.1") in pairs  # A1 reaches both
    interacting = {(lk.from_, lk.to) for lk in read_content(db, region).links if lk.type == "interacts_with"}
    assert not any((a, b) in interacting or (b, a) in interacting for a, b in pairs)


def test_workshop_suggested_pairs_on_the_demo_fit_a_two_hour_workshop(db) -> None:
    load_demo(db, "t-workshops-demo")
    from graph import store

    pairs = workshops.suggested_pairs(db, store.current_key(db, "t-workshops-demo"))
    assert 20 <= len(pairs) <= 60
    assert all(p["actions"] or p["area"] for p in pairs)


def test_workshop_keys_never_reach_the_access_log() -> None:
    record = logging.LogRecord(
        "uvicorn.access",
        logging.INFO,
        __file__,
        1,
        '%s - "%s %s HTTP/%s" %d',
        ("127.0.0.1:5000", "GET", "/workshops/abc?key=SECRETKEY&lang=sv", "1.1", 200),
        None,
    )
    RedactKeys().filter(record)
    assert "SECRETKEY" not in record.getMessage() and "lang=sv" in record.getMessage()
    assert workshops.key_matches("k", workshops.hash_key("k")) and not workshops.key_matches("", "x")
