"""Hostile uploads against a real `ruslink serve` process: each is refused with a short, clear answer, and
the server's peak resident memory (VmHWM from /proc, reset before each upload) stays within a budget.

Figures before the streaming readers (same files, same machine): blank-line zip ~2.2 GB and more, an entry
lying about its size ~2.3 GB, 48 MB of `[]` ~1 GB with a 107 MB answer. The budget asserts a bound on
memory, never a time.
"""

from __future__ import annotations

import io
import os
import struct
import zipfile
from pathlib import Path

import httpx
import pytest

from importers.read import MAX_JSON_CONTAINERS
from tests.support.served_process import served, status_kb

BUDGET_MB = 200
"""Most the server may grow above its resident size before an upload while handling it."""


@pytest.fixture(scope="module")
def server(neo4j_server, tmp_path_factory):
    env = dict(os.environ, NEO4J_URI=neo4j_server["uri"], RUSLINK_HOME=str(tmp_path_factory.mktemp("mem-home")))
    password = neo4j_server["settings"].neo4j_password
    if password is not None:
        env["NEO4J_PASSWORD"] = password.get_secret_value()
        env["NEO4J_USER"] = neo4j_server["settings"].neo4j_user
    with served(env, "--allow-anonymous-writes") as (process, base):
        yield base, process.pid


def _upload(server, filename: str, data: bytes) -> tuple[httpx.Response, int]:
    """The answer and how far (MB) the server's peak resident size rose above its size before the upload."""
    base, pid = server
    Path(f"/proc/{pid}/clear_refs").write_text("5")  # resets VmHWM to the present resident size
    before = status_kb(pid, "VmRSS")
    answer = httpx.post(
        f"{base}/api/datasets/hostile/import?lang=en",
        files={"file": (filename, data)},
        headers={"Origin": base},
        timeout=600,
    )
    peak = status_kb(pid, "VmHWM")
    print(f"{filename}: {len(data) // 1024} KB upload, peak {peak // 1024} MB, rose {(peak - before) // 1024} MB")
    return answer, (peak - before) // 1024


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _lying_zip(name: str, data: bytes, declared: int) -> bytes:
    """A zip whose directory says its one entry unpacks to `declared` bytes while it holds `data`."""
    raw = bytearray(_zip({name: data}))
    local = raw.index(b"PK\x03\x04")
    struct.pack_into("<I", raw, local + 22, declared)
    central = raw.index(b"PK\x01\x02")
    struct.pack_into("<I", raw, central + 24, declared)
    return bytes(raw)


def test_upload_memory_a_zip_of_blank_lines_is_read_in_bounded_memory(server) -> None:
    data = _zip({"actions.csv": b"id;strategy;name\n" + b"\n" * 25_000_000})
    assert len(data) < 30_000  # 26 KB, as in the trial
    answer, rose = _upload(server, "blank.zip", data)
    assert answer.status_code == 422
    assert len(answer.content) < 20_000
    assert rose < BUDGET_MB


def test_upload_memory_a_zip_entry_larger_than_declared_is_refused(server) -> None:
    data = _lying_zip("actions.csv", b"id,name\n" + b"a,b\n" * 100_000_000, declared=10)
    answer, rose = _upload(server, "lying.zip", data)
    assert answer.status_code == 422
    assert "lying.zip: the file is not a readable zip of CSV files" in answer.text and "actions.csv" in answer.text
    assert rose < BUDGET_MB


def test_upload_memory_48_mb_of_empty_json_lists_gives_a_small_answer(server) -> None:
    data = b'{"actions": [' + b"[]," * 16_000_000 + b"[]]}"
    answer, rose = _upload(server, "lists.json", data)
    assert answer.status_code == 422
    assert len(answer.content) < 20_000
    assert f"more than {MAX_JSON_CONTAINERS} lists and objects" in answer.text
    assert rose < BUDGET_MB
