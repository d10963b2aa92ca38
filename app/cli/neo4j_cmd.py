"""`ruslink neo4j start|stop|status|fetch`: the local Neo4j."""

from __future__ import annotations

import typer

from app.cli import cli
from graph import local_neo4j
from graph.settings import get_settings

neo4j_app = typer.Typer(
    help="Hantera den lokala Neo4j-databasen (används när NEO4J_URI inte är satt).", no_args_is_help=True
)
cli.add_typer(neo4j_app, name="neo4j")


def _warn_if_remote() -> None:
    if get_settings().neo4j_uri:
        typer.echo("Obs: NEO4J_URI är satt, så ruslink använder den databasen och inte den lokala.", err=True)


@neo4j_app.command()
def start(
    warm: bool = typer.Option(
        True,
        "--warm/--no-warm",
        help="Värm upp efter start (cache, importens och analysernas frågor), så att första importen och "
        "första analysen inte blir de långsamma.",
    ),
) -> None:
    """Starta den lokala Neo4j (gör inget om den redan körs), vänta tills den svarar och värm upp den."""
    _warn_if_remote()
    uri = local_neo4j.start(get_settings())
    if not warm:
        typer.echo(f"Neo4j körs: {uri}")
        return
    from app.cli.common import open_db
    from graph.warmup import warm as warm_up

    typer.echo("Värmer upp Neo4j …", err=True)
    with open_db() as db:
        done = warm_up(db)
    typer.echo(f"Neo4j körs: {uri} (uppvärmd på {str(done['seconds']).replace('.', ',')} s)")


@neo4j_app.command()
def stop() -> None:
    """Stoppa den lokala Neo4j."""
    if local_neo4j.stop(get_settings()):
        typer.echo("Neo4j har stoppats.")
    else:
        typer.echo("Neo4j körde inte.")


@neo4j_app.command()
def status() -> None:
    """Visa om den lokala Neo4j körs (slutkod 0) eller inte (slutkod 3)."""
    _warn_if_remote()
    state = local_neo4j.status(get_settings())
    if state.running:
        typer.echo(f"Neo4j körs: {state.uri} (pid {state.pid}, lagring {state.store})")
    else:
        typer.echo(f"Neo4j körs inte (lagring {state.store}).")
        raise typer.Exit(3)


@neo4j_app.command()
def fetch() -> None:
    """Hämta Neo4j-filerna via Maven (en gång) och förbered startprogrammet."""
    build = local_neo4j.fetch(get_settings())
    typer.echo(f"Neo4j är hämtad ({build}).")
