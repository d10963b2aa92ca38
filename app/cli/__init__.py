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

# Each import registers its commands on the app above.
from app.cli import (  # noqa: E402, F401
    analyse_cmd,
    bench_cmd,
    datasets_cmd,
    delete_cmd,
    diagram_cmd,
    history_cmd,
    import_cmd,
    import_many_cmd,
    ingest_cmd,
    kolada_cmd,
    neo4j_cmd,
    report_cmd,
    serve_cmd,
    suggest_cmd,
    synth_cmd,
)


def _asked_lang(args: list[str]) -> str:
    """The `--lang` of the command line ('en' or 'sv'), for messages of errors raised before a command
    could translate them."""
    for i, arg in enumerate(args):
        value = (
            arg.partition("=")[2]
            if arg.startswith("--lang=")
            else (args[i + 1] if arg == "--lang" and i + 1 < len(args) else "")
        )
        if value:
            return "en" if value.lower().startswith("en") else "sv"
    return "sv"


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
    typer.echo(f"ruslink: {e.message_in(_asked_lang(sys.argv[1:]))}", err=True)
    for detail in e.shown_details():
        typer.echo(f"  {detail}", err=True)
    sys.exit(1)
