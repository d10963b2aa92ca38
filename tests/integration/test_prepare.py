"""A dataset version that appears while the app runs has its explorer prepared in the background: the columns
and marks of its first load are kept before anyone asks, and they are the answers a request would have built.
Versions that existed when the app started are left as they are."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient

from app.cached import RESPONSES
from app.main import create_app
from graph import store
from graph.views import GRAPHS
from importers import synth

COLUMNS = "/graph/columns?view=network&layout=layered&lang=sv"
MARKS = "/marks?view=network&lang=sv"


def _wait_prepared(client: TestClient, dataset: str, seconds: float = 120.0) -> dict:
    deadline = time.monotonic() + seconds
    while True:
        answer = client.get(f"/api/datasets/{dataset}/prepared").json()
        if answer["prepared"] or time.monotonic() > deadline:
            return answer
        time.sleep(0.1)


def test_a_new_version_is_prepared_before_anyone_asks_and_answers_alike(db, app_settings) -> None:
    before, after = "prep-before", "prep-after"
    store.replace_dataset(db, before, synth.synthesize(scale=1, seed=3))
    preparing = app_settings.model_copy(update={"ruslink_prepare_every_s": 0.2})
    with TestClient(create_app(preparing, db=db)) as client:
        owner = client.app.state.caches  # type: ignore[attr-defined]
        time.sleep(0.5)  # the preparer has looked once: `before` existed at start
        store.replace_dataset(db, after, synth.synthesize(scale=3, seed=3))
        key = store.current_key(db, after)
        answer = _wait_prepared(client, after)
        assert answer == {"dataset": after, "version": key, "prepared": True}
        kept = {(dataset, version, path) for _, dataset, version, path, _ in owner.section(RESPONSES).weights()}
        base = f"/api/datasets/{after}"
        assert {(after, key, base + "/graph/columns"), (after, key, base + "/marks")} <= kept
        assert client.get(f"/api/datasets/{before}/prepared").json()["prepared"] is False
        assert not any(dataset == before for dataset, _, _ in kept)
        prepared = [client.get(base + url).json() for url in (COLUMNS, MARKS)]
        page = client.get(f"/datasets/{after}/explore").text
        assert 'class="illustrative chrome"' in page  # served from the kept filters, without the graph
    with TestClient(create_app(app_settings, db=db)) as plain:
        assert plain.get(f"/api/datasets/{after}/prepared").json()["prepared"] is False
        assert [plain.get(base + url).json() for url in (COLUMNS, MARKS)] == prepared
        assert plain.get(f"/datasets/{after}/explore").text == page


def test_a_large_version_is_prepared_in_a_process_of_its_own_and_the_server_keeps_only_answers(
    db, app_settings
) -> None:
    """Above `ruslink_prepare_apart_over` rows a separate process builds the explorer (its memory goes back to
    the system when it ends); the app keeps its answers and filters, never the graph, and they are the answers
    the app would have built itself."""
    dataset = "prep-apart"
    apart = app_settings.model_copy(update={"ruslink_prepare_every_s": 0.2, "ruslink_prepare_apart_over": 0})
    with TestClient(create_app(apart, db=db)) as client:
        owner = client.app.state.caches  # type: ignore[attr-defined]
        time.sleep(0.5)  # the preparer has looked once
        store.replace_dataset(db, dataset, synth.synthesize(scale=2, seed=5))
        key = store.current_key(db, dataset)
        assert _wait_prepared(client, dataset)["prepared"] is True
        assert client.app.state.preparer.apart == {dataset: key}  # type: ignore[attr-defined]
        assert not any(d == dataset for _, d, _ in owner.section(GRAPHS).versions())
        base = f"/api/datasets/{dataset}"
        apart_answers = [client.get(base + url).json() for url in (COLUMNS, MARKS)]
        defaults = client.get(base + "/graph/columns")  # the same answer with its defaults left out of the query
        assert defaults.json() == apart_answers[0]
        assert defaults.headers["etag"] == client.get(base + COLUMNS).headers["etag"]
        page = client.get(f"/datasets/{dataset}/explore").text
        assert not any(d == dataset for _, d, _ in owner.section(GRAPHS).versions())  # served without the graph
    with TestClient(create_app(app_settings, db=db)) as plain:
        assert [plain.get(base + url).json() for url in (COLUMNS, MARKS)] == apart_answers
        assert plain.get(f"/datasets/{dataset}/explore").text == page


def test_opening_a_large_version_before_its_preparation_began_starts_it_and_waits(db, app_settings) -> None:
    dataset = "prep-apart-now"
    rarely = app_settings.model_copy(update={"ruslink_prepare_every_s": 3600, "ruslink_prepare_apart_over": 0})
    with TestClient(create_app(rarely, db=db)) as client:
        owner = client.app.state.caches  # type: ignore[attr-defined]
        store.replace_dataset(db, dataset, synth.synthesize(scale=1, seed=6))  # after the start: not looked at
        key = store.current_key(db, dataset)
        page = client.get(f"/datasets/{dataset}/explore")
        assert page.status_code == 200 and "prep-apart-now" in page.text
        assert client.app.state.preparer.apart == {dataset: key}  # type: ignore[attr-defined]
        assert client.get(f"/api/datasets/{dataset}/prepared").json()["prepared"] is True
        assert client.get(f"/api/datasets/{dataset}{MARKS}").status_code == 200
        assert not any(d == dataset for _, d, _ in owner.section(GRAPHS).versions())


def test_when_the_separate_process_fails_the_version_is_prepared_here_once(db, app_settings, monkeypatch) -> None:
    """A preparation process that fails (here: it answers nothing) leaves the work to the app itself, once; the
    explorer's later requests do not start another process for the same version."""
    from app.prepare import Preparer

    started: list[str] = []

    def failing(self, dataset: str) -> None:
        started.append(dataset)
        return None

    monkeypatch.setattr(Preparer, "_apart", failing)
    dataset = "prep-apart-fails"
    rarely = app_settings.model_copy(update={"ruslink_prepare_every_s": 3600, "ruslink_prepare_apart_over": 0})
    with TestClient(create_app(rarely, db=db)) as client:
        store.replace_dataset(db, dataset, synth.synthesize(scale=1, seed=8))
        assert client.get(f"/datasets/{dataset}/explore").status_code == 200
        base = f"/api/datasets/{dataset}"
        assert client.get(base + COLUMNS).status_code == 200 and client.get(base + MARKS).status_code == 200
        assert client.get(base + "/prepared").json()["prepared"] is True
        assert started == [dataset]
