"""The Workshops contract (interfaces.md) through HTTP on the real Neo4j: open, score, read, accept."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from pydantic import SecretStr

from app.main import create_app
from graph import workshops
from graph.workshop_accept import rationale_of
from tests.support.analysis import action, goal, link, load

TOKEN = "workshop-test-token"


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


def test_workshop_median_rounds_half_away_from_zero() -> None:
    assert [workshops.median_rounded(s) for s in ([1, 2], [-1, -2], [0, 1], [0, -1], [3], [-3, 3])] == [
        2,
        -2,
        1,
        -1,
        3,
        0,
    ]
    assert rationale_of([{"participant": "A", "rationale": ""}, {"participant": "B", "rationale": "x"}]) == "B: x"
