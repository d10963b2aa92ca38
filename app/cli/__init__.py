"""The `ruslink` command line: a thin layer over the same functions the HTTP routes call.

Each command group lives in its own module and registers itself on `cli` when imported below.
"""

from __future__ import annotations

import sys

import typer

from graph.errors import RuslinkError, explain_environment_error

cli = typer.Typer(
    name="ruslink",
    help="ruslink – kopplingsanalys för regionala utvecklingsstrategier (RUS).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

from app.cli import analyse_cmd  # noqa: E402,F401  (each import registers commands)
from app.cli import bench_cmd  # noqa: E402,F401
from app.cli import datasets_cmd  # noqa: E402,F401
from app.cli import import_cmd  # noqa: E402,F401
from app.cli import ingest_cmd  # noqa: E402,F401
from app.cli import kolada_cmd  # noqa: E402,F401
from app.cli import neo4j_cmd  # noqa: E402,F401
from app.cli import report_cmd  # noqa: E402,F401
from app.cli import serve_cmd  # noqa: E402,F401
from app.cli import suggest_cmd  # noqa: E402,F401
from app.cli import synth_cmd  # noqa: E402,F401
from app.cli import diagram_cmd  # noqa: E402,F401
from app.cli import history_cmd  # noqa: E402,F401


def main() -> None:
    """Entry point of the console script: domain errors become one plain sentence and exit code 1."""
    try:
        cli()
    except RuslinkError as e:
        _report(e)
    except Exception as e:  # a full disk, an unwritable folder: told plainly; anything else is a bug
        explained = explain_environment_error(e)
        if explained is None:
            raise
        _report(explained)


def _report(e: RuslinkError) -> None:
    typer.echo(f"ruslink: {e.message}", err=True)
    for detail in e.details:
        if isinstance(detail, str):
            typer.echo(f"  {detail}", err=True)
    sys.exit(1)
