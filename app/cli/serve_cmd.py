"""`ruslink serve`: the web UI and API."""

from __future__ import annotations

import typer
import uvicorn

from app.cli import cli
from app.settings import get_server_settings


@cli.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Adress att lyssna på."),
    port: int = typer.Option(8000, help="Port att lyssna på."),
    demo: bool = typer.Option(False, "--demo", help="Läs först in exempeldatamängden 'demo'."),
    allow_anonymous_writes: bool = typer.Option(
        False, "--allow-anonymous-writes", help="Tillåt ändringar via webben utan RUSLINK_TOKEN."
    ),
    workers: int = typer.Option(
        1, "--workers", min=1, max=32, help="Antal arbetsprocesser (fler klarar fler samtidiga användare)."
    ),
) -> None:
    """Starta webbgränssnittet och API:et (http://127.0.0.1:8000)."""
    from app.cli.common import open_db
    from app.main import create_app

    settings = get_server_settings()
    if host not in ("0.0.0.0", "::", ""):  # the address it is served on may send anonymous writes too
        hosts = ",".join(h for h in (settings.ruslink_allowed_hosts, host) if h)
        settings = settings.model_copy(update={"ruslink_allowed_hosts": hosts})
    with open_db() as db:
        if demo:
            from importers.demo import load_demo

            load_demo(db)
            typer.echo("Exempeldatamängden 'demo' är inläst (illustrativ, inte regionens officiella uppföljning).")
    typer.echo(f"ruslink körs på http://{host}:{port}/  (avsluta med Ctrl+C)")
    if workers > 1:
        # Worker processes build the app from the environment (app.main.create_app_from_env).
        import os

        os.environ["RUSLINK_ALLOWED_HOSTS"] = settings.ruslink_allowed_hosts
        os.environ["RUSLINK_ALLOW_ANONYMOUS_WRITES"] = "1" if allow_anonymous_writes else "0"
        _run_workers(workers, host, port)
        return
    app = create_app(settings, allow_anonymous_writes=allow_anonymous_writes)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def _run_workers(workers: int, host: str, port: int) -> None:
    """`uvicorn.run(..., workers=N)`, but with Nagle's algorithm off on the shared listening socket.

    uvicorn binds that socket itself as `socket.socket(family)`, whose protocol number is 0, and asyncio turns
    Nagle off only on sockets it knows are TCP: every answer then waited for the client's delayed
    acknowledgement, 40 ms on top of each request (p50 52 ms against 9 ms with one worker). Linux hands the
    listening socket's TCP_NODELAY on to every connection it accepts."""
    import socket

    from uvicorn.supervisors import Multiprocess

    config = uvicorn.Config(
        "app.main:create_app_from_env", factory=True, workers=workers, host=host, port=port, log_level="warning"
    )
    sock = config.bind_socket()
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    Multiprocess(config, sockets=[sock]).run()
