"""A full disk, an unwritable folder and input nested too deeply are told as what they are: 503/422 over
HTTP with a plain Swedish message, one sentence and exit 1 in the CLI — never a traceback or "a bug"."""

from __future__ import annotations

import errno
import subprocess
import sys
from pathlib import Path

from fastapi.testclient import TestClient

from app.main import create_app

RUSLINK = str(Path(sys.executable).parent / "ruslink")


def test_environment_cli_writing_to_a_full_disk_says_so_in_one_sentence(tmp_path) -> None:
    result = subprocess.run(
        [RUSLINK, "template", "--to", "/dev/full"],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "RUSLINK_HOME": str(tmp_path)},
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ruslink: Disken är full"), lines


def test_environment_http_full_disk_is_503_with_retry_after(app_settings, db) -> None:
    app = create_app(app_settings, db=db)

    @app.get("/api/prov/full")
    def full() -> None:
        raise OSError(errno.ENOSPC, "No space left on device", "/var/lib/ruslink/neo4j")

    @app.get("/api/prov/readonly")
    def readonly() -> None:
        raise PermissionError(errno.EROFS, "Read-only file system", "/home/anna/.local/share/ruslink")

    with TestClient(app, raise_server_exceptions=False) as client:
        full_disk = client.get("/api/prov/full")
        read_only = client.get("/api/prov/readonly")
    assert full_disk.status_code == 503 and full_disk.headers["Retry-After"]
    assert full_disk.json()["error"]["code"] == "disk_full"
    assert "/var/lib/ruslink/neo4j" in full_disk.json()["error"]["message"]
    assert "bugg" not in full_disk.text
    assert read_only.status_code == 503 and read_only.json()["error"]["code"] == "storage_unwritable"
    assert "RUSLINK_HOME" in read_only.json()["error"]["message"]


def test_environment_deeply_nested_kolada_answer_is_refused_plainly(tmp_path) -> None:
    deep = tmp_path / "djup.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    result = subprocess.run(
        [RUSLINK, "import-kolada", str(deep), "--dataset", "x"],
        capture_output=True,
        text=True,
        timeout=120,
        env={"PATH": "/usr/bin:/bin", "RUSLINK_HOME": str(tmp_path), "NEO4J_URI": "bolt://127.0.0.1:9"},
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "RecursionError" not in result.stderr
    assert result.stderr.startswith("ruslink: ")
