"""`ruslink serve --workers N` listens on a socket with Nagle's algorithm off.

uvicorn's own socket for worker processes left it on, and every answer then waited for the client's delayed
acknowledgement (about 40 ms a request). Linux gives each accepted connection the listening socket's
TCP_NODELAY, so the option on the socket handed to the workers is what matters."""

from __future__ import annotations

import socket

from app.cli import serve_cmd
from tests.support.serving import free_port


def test_worker_processes_share_a_listening_socket_with_nagle_off(monkeypatch) -> None:
    handed: list[socket.socket] = []

    class Supervisor:
        def __init__(self, config, sockets: list[socket.socket]) -> None:
            assert config.workers == 3 and config.factory
            handed.extend(sockets)

        def run(self) -> None:  # the workers themselves are started by tests/integration/test_serve_workers.py
            pass

    monkeypatch.setattr("uvicorn.supervisors.Multiprocess", Supervisor)
    serve_cmd._run_workers(3, "127.0.0.1", free_port())
    try:
        assert len(handed) == 1
        assert handed[0].getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) == 1
    finally:
        for sock in handed:
            sock.close()
