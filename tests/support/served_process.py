"""`ruslink serve` as a real process on 127.0.0.1, for tests that kill it or measure its memory."""

from __future__ import annotations

import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.support.cli import RUSLINK
from tests.support.serving import free_port

_LOGS: dict[int, Path] = {}
"""The stderr file of each server `start_serve` started, by process id."""


def start_serve(env: dict, *args: str) -> tuple[subprocess.Popen, str]:
    """Start `ruslink serve` on a free loopback port and wait until it answers; (process, base URL)."""
    port = free_port()
    # The server's log goes to a file, not a pipe nobody reads (a full pipe would stop the server mid-request);
    # `server_log(process)` reads it, so that a failing test can show the server's traceback.
    log = tempfile.NamedTemporaryFile(prefix="ruslink-serve-", suffix=".log", delete=False)
    process = subprocess.Popen(
        [RUSLINK, "serve", "--host", "127.0.0.1", "--port", str(port), *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log,
    )
    log.close()
    _LOGS[process.pid] = Path(log.name)
    base = f"http://127.0.0.1:{port}"
    for _ in range(1200):
        try:
            if httpx.get(f"{base}/api/health", timeout=2).status_code < 500:
                return process, base
        except httpx.HTTPError:
            pass
        if process.poll() is not None:
            raise AssertionError(f"serve exited: {server_log(process)[-800:]}")
        time.sleep(0.1)
    process.kill()
    raise AssertionError("serve did not answer")


def server_log(process: subprocess.Popen) -> str:
    """What the server started by `start_serve` has written to stderr so far."""
    path = _LOGS.get(process.pid)
    return path.read_text(errors="replace") if path and path.exists() else ""


@contextmanager
def served(env: dict, *args: str) -> Iterator[tuple[subprocess.Popen, str]]:
    """`start_serve` for the block, stopped (terminated, then killed) afterwards."""
    process, base = start_serve(env, *args)
    try:
        yield process, base
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(30)
        log = _LOGS.pop(process.pid, None)
        if log:
            log.unlink(missing_ok=True)


def status_kb(pid: int, field: str) -> int:
    """A size field of /proc/PID/status (VmRSS, VmHWM) in kB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise AssertionError(field)
