"""`ruslink serve` as a real process on 127.0.0.1, for tests that kill it or measure its memory."""

from __future__ import annotations

import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.support.cli import RUSLINK
from tests.support.serving import free_port


def start_serve(env: dict, *args: str) -> tuple[subprocess.Popen, str]:
    """Start `ruslink serve` on a free loopback port and wait until it answers; (process, base URL)."""
    port = free_port()
    process = subprocess.Popen(
        [RUSLINK, "serve", "--host", "127.0.0.1", "--port", str(port), *args],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(1200):
        try:
            if httpx.get(f"{base}/api/health", timeout=2).status_code < 500:
                return process, base
        except httpx.HTTPError:
            pass
        if process.poll() is not None:
            raise AssertionError(f"serve exited: {process.stderr.read().decode(errors='replace')[-800:]}")
        time.sleep(0.1)
    process.kill()
    raise AssertionError("serve did not answer")


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


def status_kb(pid: int, field: str) -> int:
    """A size field of /proc/PID/status (VmRSS, VmHWM) in kB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise AssertionError(field)
