"""Edits from several clients at once over real HTTP: each is applied on top of the others or refused, never lost."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import httpx
import pytest
from pydantic import SecretStr

from graph import store
from importers.export import read_content
from tests.support.serving import served_app
from tests.support.uihelpers import small_dataset

TOKEN = "parallel-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def base_url(db, app_settings) -> Iterator[str]:
    with served_app(app_settings.model_copy(update={"ruslink_token": SecretStr(TOKEN)}), db) as url:
        yield url


def _at_once(base_url: str, dataset: str, bodies: list[dict]) -> list[httpx.Response]:
    barrier = threading.Barrier(len(bodies))
    answers: list[httpx.Response | None] = [None] * len(bodies)

    def client(i: int) -> None:
        with httpx.Client(base_url=base_url, timeout=120) as http:
            barrier.wait()
            answers[i] = http.post(f"/api/datasets/{dataset}/changes", json=bodies[i], headers=AUTH)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(len(bodies))]
    for th in threads:
        th.start()
    for th in threads:
        th.join(180)
    assert all(a is not None for a in answers)
    return answers  # type: ignore[return-value]


def test_parallel_edits_of_different_rows_are_all_kept(base_url, db, dataset_name) -> None:
    store.replace_dataset(db, dataset_name, small_dataset())
    goals = ["RUS-1.1", "RUS-1.2", "RUS-2.1", "S3-M1"]
    bodies = [
        {
            "by": f"Klient {i}",
            "why": "Samtidig ändring",
            "changes": [{"op": "update", "table": "goals", "id": goal, "set": {"description": f"Klient {i}"}}],
        }
        for i, goal in enumerate(goals)
    ]
    answers = _at_once(base_url, dataset_name, bodies)
    codes = [a.status_code for a in answers]
    assert set(codes) <= {200, 409}, [a.text for a in answers]
    content = read_content(db, dataset_name)
    described = {g.id: g.description for g in content.goals}
    history = httpx.get(f"{base_url}/api/datasets/{dataset_name}/changes").json()
    for i, (goal, answer) in enumerate(zip(goals, answers, strict=True)):
        if answer.status_code == 200:  # acknowledged means kept: in the dataset and in the history
            assert described[goal] == f"Klient {i}"
            assert any(h["change"] == answer.json()["change"] and h["by"] == f"Klient {i}" for h in history)
        else:
            assert described[goal] is None and "försök igen" in answer.json()["error"]["message"].lower()
    assert codes.count(200) == len(history)
    assert sorted(h["change"] for h in history) == list(range(1, len(history) + 1))


def test_parallel_removals_of_the_same_link_apply_once_and_refuse_the_other(base_url, db, dataset_name) -> None:
    store.replace_dataset(db, dataset_name, small_dataset())
    body = {
        "by": "Klient",
        "why": "Dubbelklick",
        "changes": [{"op": "remove", "table": "links", "row": {"from": "A1", "type": "contributes_to", "to": "S3-M1"}}],
    }
    answers = _at_once(base_url, dataset_name, [body, body])
    codes = sorted(a.status_code for a in answers)
    assert codes[0] == 200 and codes[1] in (409, 422), [a.text for a in answers]
    refused = next(a for a in answers if a.status_code != 200).json()["error"]
    if codes[1] == 422:
        assert any(d.startswith("changes[0]") and "ingen rad i links" in d for d in refused["details"])
    assert len(httpx.get(f"{base_url}/api/datasets/{dataset_name}/changes").json()) == 1
