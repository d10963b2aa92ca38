"""Schemathesis's stateful phase against a real `ruslink serve` with the demo loaded: sequences of calls, each
using what an earlier answer gave (a listed dataset's name into its analyses, graph, changes, delete …, the
links schemathesis infers from the schema), once with the write token and once without. No answer is a 5xx,
and without the token no write is done.

Quick mode runs a few scenarios per link; RUSLINK_LONG=1 many more. The seed is fixed. Kolada fetch jobs ask
a local Kolada (tests/kolada_server.py), never the real one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.kolada_server import KoladaServer, KoladaV3
from tests.support.report_data import ruslink_env
from tests.support.served_process import served

LONG = os.environ.get("RUSLINK_LONG") == "1"
EXAMPLES = 100 if LONG else 5
TOKEN = "stateful-token"
SCHEMATHESIS = str(Path(sys.executable).parent / "schemathesis")


@pytest.fixture(scope="module")
def server(neo4j_server, tmp_path_factory):
    with KoladaServer(KoladaV3(["0022"], fail_once=None)) as kolada:
        env = dict(
            ruslink_env(neo4j_server),
            RUSLINK_TOKEN=TOKEN,
            RUSLINK_HOME=str(tmp_path_factory.mktemp("stateful-home")),
            KOLADA_BASE_URL=kolada.base,
        )
        with served(env, "--demo") as (_, base):
            yield base


@pytest.mark.parametrize("with_token", [True, False], ids=["token", "no-token"])
def test_reliability_api_stateful_no_request_gets_a_5xx(server, tmp_path, with_token: bool) -> None:
    har = tmp_path / "stateful.har"
    command = [
        SCHEMATHESIS,
        "run",
        f"{server}/openapi.json",
        "--phases=stateful",
        "--checks=not_a_server_error",
        f"--max-examples={EXAMPLES}",
        "--seed=20261128",
        "--workers=1",
        "--request-timeout=600",  # load means slowness here, never an error
        "--report=har",
        f"--report-har-path={har}",
    ]
    if with_token:
        command += ["-H", f"Authorization: Bearer {TOKEN}"]
    run = subprocess.run(command, capture_output=True, text=True, timeout=3600)
    entries = json.loads(har.read_text(encoding="utf-8"))["log"]["entries"]
    statuses: dict[int, int] = {}
    writes_done = 0
    for entry in entries:
        status = entry["response"]["status"]
        statuses[status] = statuses.get(status, 0) + 1
        writes_done += entry["request"]["method"] != "GET" and 200 <= status < 300
    print(
        f"\nreliability: schemathesis stateful {'with' if with_token else 'without'} the token: "
        f"{len(entries)} requests, statuses {sorted(statuses.items())}, {writes_done} writes done"
    )
    assert run.returncode == 0, run.stdout[-3000:]
    assert len(entries) > 0
    assert not [s for s in statuses if s >= 500]
    if not with_token:
        assert writes_done == 0  # no token, no anonymous writes: every write was refused
