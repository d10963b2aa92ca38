"""API latency under load: one client, then 20 concurrent loopback clients, against uvicorn on 127.0.0.1.

The server runs in its own process (`uvicorn --factory app.main:create_app`), so the clients' threads do
not share its interpreter. Every run is bounded by a request count and a deadline.
"""

from __future__ import annotations

import asyncio
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def serve(env: dict[str, str], *, timeout: float = 90.0, workers: int = 1, source: Path | None = None) -> Iterator[str]:
    """Run the app under uvicorn in a child process (with `workers` > 1: that many worker processes, as
    `ruslink serve --workers N` runs them); yields its base URL once /api/health answers. With `source`, the
    app's code comes from that folder (an earlier version of ruslink, `issue_time_source`), run with this
    environment's packages."""
    port = _free_port()
    address = ["--host", "127.0.0.1", "--port", str(port)]
    cwd = None
    if source is not None:
        env = {**env, "PYTHONPATH": str(source)}
        cwd = str(source)
    if workers > 1:  # exactly what a user runs: ruslink's own start-up of the worker processes and their socket
        command = [str(Path(sys.executable).parent / "ruslink"), "serve", "--workers", str(workers), *address]
    else:
        command = [
            sys.executable,
            "-m",
            "uvicorn",
            "--factory",
            "app.main:create_app",
            *address,
            "--log-level",
            "warning",
        ]
    process = subprocess.Popen(
        command,
        env={**os.environ, **env},
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if process.poll() is not None:
                said = process.stderr.read().decode(errors="replace") if process.stderr else ""
                raise RuntimeError(f"uvicorn exited: {said[-800:]}")
            try:
                if httpx.get(f"{base}/api/health", timeout=2.0).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not answer /api/health in time")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


ISSUE_TIME = "6a3b8ca1524c08a78db687e9a3eee188177ad869"
"""ruslink as it was when issue 19 asked for three times "today's throughput" without pauses (main on
2026-11-28, before the work on speed): the baseline of `api.saturated_issue_time`."""


def issue_time_source(folder: Path) -> Path | None:
    """ruslink's code at `ISSUE_TIME`, unpacked into `folder` from this source tree's git history; None when
    this is not a git checkout holding that commit (an installed package)."""
    root = Path(__file__).resolve().parent.parent
    if not (root / ".git").exists():
        return None
    try:
        archive = subprocess.run(
            ["git", "-C", str(root), "archive", "--format=tar", ISSUE_TIME],
            capture_output=True,
            check=True,
            timeout=120,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    import io
    import tarfile

    target = folder / "issue-time"
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(target, filter="data")
    return target


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def _client(
    client: httpx.Client,
    paths: list[str],
    start: int,
    count: int,
    deadline: float,
    think_s: float,
    latencies: list[float],
    errors: list[str],
    offset_s: float = 0.0,
) -> None:
    time.sleep(offset_s)
    for n in range(count):
        if time.monotonic() > deadline:
            return
        path = paths[(start + n) % len(paths)]
        began = time.perf_counter()
        failure: str | None
        try:
            response = client.get(path)
            failure = None if response.status_code == 200 else str(response.status_code)
        except httpx.HTTPError as e:
            failure = str(e)
        latencies.append((time.perf_counter() - began) * 1000)
        if failure is not None:
            errors.append(f"{path}: {failure}")
        if think_s:
            time.sleep(think_s)


def _phase(
    clients: list[httpx.Client],
    paths: list[str],
    count: int,
    think_s: float,
    deadline: float,
    latencies: list[float],
    errors: list[str],
) -> None:
    # Staggered starts: people do not click in step, and twenty requests fired in the same millisecond
    # measure a burst, not a load.
    threads = [
        threading.Thread(
            target=_client,
            args=(client, paths, i, count, deadline, think_s, latencies, errors, think_s * i / len(clients)),
        )
        for i, client in enumerate(clients)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def _summary(clients: int, latencies: list[float], errors: list[str], seconds: float) -> dict[str, Any]:
    return {
        "clients": clients,
        "requests": len(latencies),
        "errors": len(errors),
        "p50_ms": round(statistics.median(latencies), 2) if latencies else None,
        "p95_ms": round(_percentile(latencies, 0.95), 2) if latencies else None,
        "requests_per_s": round(len(latencies) / seconds, 1) if seconds else None,
        "error_samples": errors[:3],
    }


def compare(
    base: str,
    paths: list[str],
    *,
    clients: int,
    rounds: int,
    single_requests: int,
    requests_per_client: int,
    think_s: float,
    single_think_s: float,
    max_seconds: float,
) -> dict[str, dict[str, Any]]:
    """One client against `clients` concurrent ones, in alternating rounds so that load from elsewhere on a
    shared machine falls on both alike; each client sends its GETs (cycling through `paths`) with a pause
    of `think_s` between them (`single_think_s` for the lone client: with one request in flight its pause
    changes nothing but how fast samples come). Returns {"single": summary, "concurrent": summary}."""
    samples: dict[str, tuple[list[float], list[str]]] = {"single": ([], []), "concurrent": ([], [])}
    seconds = {"single": 0.0, "concurrent": 0.0}
    # Clients are made once (as a browser keeps its connection): making one costs more than a request.
    pool = [httpx.Client(base_url=base, timeout=30.0) for _ in range(clients)]
    try:
        deadline = time.monotonic() + max_seconds
        for _ in range(rounds):
            for phase, group, count, pause in (
                ("single", pool[:1], single_requests, single_think_s),
                ("concurrent", pool, requests_per_client, think_s),
            ):
                began = time.perf_counter()
                _phase(group, paths, count, pause, deadline, *samples[phase])
                seconds[phase] += time.perf_counter() - began
    finally:
        for client in pool:
            client.close()
    return {
        "single": _summary(1, *samples["single"], seconds["single"]),
        "concurrent": _summary(clients, *samples["concurrent"], seconds["concurrent"]),
    }


def saturate(
    base: str, paths: list[str], *, clients: int, requests_per_client: int, max_seconds: float
) -> dict[str, Any]:
    """`clients` connections firing back to back (no pause): the server's throughput.

    The load comes from one event loop speaking plain HTTP/1.1 over kept-alive connections (`_lean_client`),
    not from threads of httpx clients: twenty of those in one Python process spend most of their time
    waiting for each other's turn with the interpreter, and the figure then measured the load generator
    (0.5 of a core, the server idle half the time), not the server. Each answer is read whole, as sent
    (gzip-compressed where the server compresses), and its status checked."""
    return asyncio.run(_lean_load(base, paths, clients, requests_per_client, max_seconds))


async def _lean_load(
    base: str, paths: list[str], clients: int, requests_per_client: int, max_seconds: float
) -> dict[str, Any]:
    host, port = base.split("://", 1)[1].rsplit(":", 1)
    latencies: list[float] = []
    errors: list[str] = []
    deadline = time.monotonic() + max_seconds
    began = time.perf_counter()
    await asyncio.gather(
        *(
            _lean_client(host, int(port), paths, i, requests_per_client, deadline, latencies, errors)
            for i in range(clients)
        )
    )
    return _summary(clients, latencies, errors, time.perf_counter() - began)


async def _lean_client(
    host: str,
    port: int,
    paths: list[str],
    offset: int,
    count: int,
    deadline: float,
    latencies: list[float],
    errors: list[str],
) -> None:
    """One kept-alive connection sending `count` GETs one after another (cycling through `paths` from
    `offset`); reads each answer whole (Content-Length or chunked)."""
    reader, writer = await asyncio.open_connection(host, port)
    try:
        for n in range(count):
            if time.monotonic() > deadline:
                return
            path = paths[(offset + n) % len(paths)]
            began = time.perf_counter()
            writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept-Encoding: gzip\r\n\r\n".encode("ascii"))
            try:
                status = await _read_answer(reader)
            except (OSError, asyncio.IncompleteReadError, ValueError) as e:
                latencies.append((time.perf_counter() - began) * 1000)
                errors.append(f"{path}: {type(e).__name__}")
                return
            latencies.append((time.perf_counter() - began) * 1000)
            if status != 200:
                errors.append(f"{path}: {status}")
    finally:
        writer.close()


async def _read_answer(reader: asyncio.StreamReader) -> int:
    """Read one HTTP/1.1 answer whole; its status code."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:] if line)}
    if "content-length" in headers:
        await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding", "").lower() == "chunked":
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    return status


THINK_S = 0.5
"""Pause of each of the concurrent clients between requests: people read what they asked for."""

SINGLE_THINK_S = 0.05


def analysis_paths(base: str, dataset: str) -> list[str]:
    """The analysis endpoints for `dataset` that this app serves (none before the analyses route exists)."""
    from graph.analyses import ANALYSIS_NAMES

    paths = [f"/api/datasets/{dataset}/analyses/{name}" for name in ANALYSIS_NAMES]
    return [path for path in paths if httpx.get(f"{base}{path}", timeout=120.0).status_code == 200]
