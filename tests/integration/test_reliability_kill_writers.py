"""Edits over HTTP and `ruslink kolada fetch` killed with SIGKILL at random points lose nothing.

An edit whose answer arrived (acknowledged) is always kept. An edit or fetch killed before it answered leaves
the dataset byte-identical to before (its exported content compared as JSON text), or, when the kill came
after the switch, exactly the old content with that one change applied — never anything in between. The next
writer takes the dead writer's lock over and succeeds.

Quick mode kills each writer 3 times; RUSLINK_LONG=1 kills each 100 times. Delays come from a fixed seed.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import threading
import time

import httpx
import pytest

from graph import store
from graph.content import DatasetContent
from graph.content_read import read_content
from graph.reference import municipalities_of_county
from tests.support.cli import RUSLINK
from tests.support.kolada import fetch_dataset
from tests.support.kolada_server import KoladaServer, KoladaV3
from tests.support.report_data import ruslink_env
from tests.support.served_process import start_serve

LONG = os.environ.get("RUSLINK_LONG") == "1"
AREAS = ["0022", *municipalities_of_county("22")]
KILLS = 100 if LONG else 3
SEED = 20261128
ACTIONS = 3000
"""Enough actions that writing a new version takes many batches, so kills land mid-write."""
TOKEN = "kill-token"


def _kolada_rows(content: DatasetContent) -> set[tuple]:
    return {(o.indicator, o.period, o.area, o.gender, o.value) for o in content.observations if o.source == "kolada"}


def _expected(served: set[tuple]) -> set[tuple]:
    """Served (kpi, area, year, gender, value) as observations: the own county is the whole region."""
    kpi_to = {"N01951": "POP", "N00003": "BRP"}
    return {(kpi_to[k], year, None if area == "0022" else area, g, v) for k, area, year, g, v in served}


def _with_actions(content: DatasetContent) -> DatasetContent:
    data = content.model_dump(mode="json", exclude_none=True)
    data["actions"] = [{"id": f"A-{i}", "strategy": "RUS", "name": f"Insats {i}"} for i in range(ACTIONS)]
    data["links"] = data.get("links", []) + [
        {"from": f"A-{i}", "type": "contributes_to", "to": "G"} for i in range(ACTIONS)
    ]
    return DatasetContent.model_validate(data)


def _snapshot(db, dataset: str) -> str:
    return read_content(db, dataset).model_dump_json()


def _changes_count(db, dataset: str) -> int:
    from graph.history import list_changes

    return len(list_changes(db, dataset))


@pytest.fixture
def env(neo4j_server, tmp_path) -> dict:
    return dict(ruslink_env(neo4j_server), RUSLINK_TOKEN=TOKEN, RUSLINK_HOME=str(tmp_path / "home"))


def _post_edit(base: str, dataset: str, action: str, name: str, answer: dict) -> None:
    body = {"by": "Prov", "why": "SIGKILL-prov", "changes": [{"op": "update", "table": "actions", "id": action}]}
    body["changes"][0]["set"] = {"name": name}
    try:
        response = httpx.post(
            f"{base}/api/datasets/{dataset}/changes",
            json=body,
            headers={"Authorization": f"Bearer {TOKEN}"},
            timeout=600,
        )
        answer["status"] = response.status_code
        answer["text"] = response.text[:300]
    except httpx.HTTPError as e:
        answer["error"] = type(e).__name__


def test_reliability_edits_killed_at_random_points_lose_nothing(db, env, dataset_name) -> None:
    store.replace_dataset(db, dataset_name, _with_actions(fetch_dataset()))
    process, base = start_serve(env)
    _post_edit(base, dataset_name, "A-0", "Första ändringen", answer := {})  # warms the server's caches
    assert answer.get("status") == 200, answer
    started = time.monotonic()
    _post_edit(base, dataset_name, "A-0", "Andra ändringen", answer := {})
    full_s = time.monotonic() - started
    process.kill()
    process.wait(60)
    assert answer.get("status") == 200, answer

    rng = random.Random(SEED)
    outcomes = {"acknowledged_kept": 0, "unanswered_old": 0, "unanswered_new": 0}
    for n in range(KILLS):
        before, changes_before = _snapshot(db, dataset_name), _changes_count(db, dataset_name)
        action, name = f"A-{(n * 37) % ACTIONS}", f"Ändrad {n}"
        process, base = start_serve(env)
        answer = {}
        poster = threading.Thread(target=_post_edit, args=(base, dataset_name, action, name, answer))
        poster.start()
        time.sleep(
            (0.05 if n == 0 else rng.uniform(0.05, 1.1)) * full_s
        )  # from the request's start to just after its answer
        process.send_signal(signal.SIGKILL)
        process.wait(60)
        poster.join(60)
        after = _snapshot(db, dataset_name)
        expected = json.loads(before)
        next(a for a in expected["actions"] if a["id"] == action)["name"] = name
        applied = json.loads(after) == expected
        if answer.get("status") == 200:  # acknowledged: kept, whole, and in the history
            assert applied, f"kill {n}: an acknowledged edit was lost"
            assert _changes_count(db, dataset_name) == changes_before + 1
            outcomes["acknowledged_kept"] += 1
        else:
            assert "status" not in answer, answer  # no other answer than 200 or none at all
            if applied:
                assert _changes_count(db, dataset_name) == changes_before + 1
                outcomes["unanswered_new"] += 1
            else:
                assert after == before, f"kill {n}: an unanswered edit left the dataset changed"
                assert _changes_count(db, dataset_name) == changes_before
                outcomes["unanswered_old"] += 1
    # The lock of the last killed server is taken over: the next edit succeeds at once.
    with_lock_taken_over = {}
    process, base = start_serve(env)
    _post_edit(base, dataset_name, "A-1", "Efter provet", with_lock_taken_over)
    process.terminate()
    process.wait(30)
    assert with_lock_taken_over.get("status") == 200, with_lock_taken_over
    print(
        f"\nreliability: {KILLS} edits over HTTP killed with SIGKILL (one edit {full_s:.1f} s): "
        f"{outcomes['acknowledged_kept']} acknowledged and kept, {outcomes['unanswered_old']} unanswered with "
        f"the old dataset byte-identical, {outcomes['unanswered_new']} unanswered but applied whole"
    )
    assert outcomes["unanswered_old"] > 0  # the kills did land before the switch
    store.delete_dataset(db, dataset_name)


def _fetch(env: dict, dataset: str, base: str) -> subprocess.Popen:
    return subprocess.Popen(
        [RUSLINK, "kolada", "fetch", "--dataset", dataset, "--from", "2023", "--to", "2024", "--base-url", base],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _served_data(n: int) -> KoladaV3:
    """Kolada's answers for round n: every value scaled by round, so each round's fetch stores new values."""
    data = KoladaV3(AREAS, page_size=20, fail_once=None)
    for entry in data.entries:
        for inner in entry["values"]:
            inner["value"] = round(inner["value"] * (1 + n / 1000), 3)
    return data


def _without_kolada(snapshot: str) -> dict:
    content = json.loads(snapshot)
    content["observations"] = [o for o in content["observations"] if o.get("source") != "kolada"]
    return content


def test_reliability_kolada_fetches_killed_at_random_points_lose_nothing(db, env, dataset_name) -> None:
    store.replace_dataset(db, dataset_name, _with_actions(fetch_dataset()))
    with KoladaServer(_served_data(-1)) as server:
        started = time.monotonic()
        assert _fetch(env, dataset_name, server.base).wait(300) == 0
        full_s = time.monotonic() - started

        rng = random.Random(SEED)
        outcomes = {"finished": 0, "old": 0, "new": 0}
        for n in range(KILLS):
            before = _snapshot(db, dataset_name)
            server.data = data = _served_data(n)
            process = _fetch(env, dataset_name, server.base)
            time.sleep((0.05 if n == 0 else rng.uniform(0.05, 1.1)) * full_s)
            process.send_signal(signal.SIGKILL)
            code = process.wait(60)
            after = _snapshot(db, dataset_name)
            stored = _kolada_rows(DatasetContent.model_validate_json(after))
            applied = after != before
            if code == 0:  # the fetch said it was done: its values are kept
                assert applied, f"kill {n}: a finished fetch was lost"
                outcomes["finished"] += 1
            elif applied:
                outcomes["new"] += 1
            else:
                outcomes["old"] += 1
            if applied:  # the new values whole, everything else as before
                assert stored == _expected(data.served), f"kill {n}: not exactly what Kolada served"
                assert _without_kolada(after) == _without_kolada(before)
        code = _fetch(env, dataset_name, server.base).wait(300)  # the dead fetch's lock is taken over
    assert code == 0
    print(
        f"\nreliability: {KILLS} Kolada fetches killed with SIGKILL (one fetch {full_s:.1f} s): "
        f"{outcomes['finished']} had finished and were kept, {outcomes['old']} left the old dataset "
        f"byte-identical, {outcomes['new']} were applied whole"
    )
    assert outcomes["old"] > 0
    store.delete_dataset(db, dataset_name)
