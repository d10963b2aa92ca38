"""`ruslink bench`: the benchmark (see BENCHMARKS.md)."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path
from types import ModuleType

import typer

from app.cli import cli


@cli.command()
def bench(
    quick: bool = typer.Option(False, "--quick", help="Kort körning (under en minut): färre upprepningar."),
    as_json: bool = typer.Option(False, "--json", help="Skriv resultatet som ett JSON-objekt."),
    diagrams: bool = typer.Option(
        False,
        "--diagrams",
        help="Bara diagrammen: tid till första bild per målvy och översikt (chromium, kall server) och "
        "kantkorsningar per målvy (dot mot nätverkets skiktade layout), i Markdown.",
    ),
) -> None:
    """Mät import, analyser, nätverksvy och API under last; jämför kvoter mot målen (BENCHMARKS.md)."""
    bench_package = load_bench()
    diagram_bench, render, run = bench_package.diagram_bench, bench_package.render, bench_package.run
    from app.cli.common import open_db
    from graph.settings import get_settings

    def say(step: str) -> None:
        if not as_json:
            typer.echo(f"… {step}", err=True)

    with open_db() as db:
        if diagrams:
            diagram_bench(db, typer.echo, get_settings())
            return
        result = run(db, get_settings(), quick=quick, progress=say)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False))
        return
    typer.echo(render(result))


def _source_tree_on_path() -> None:
    """The benchmark lives beside the packages in the source tree (`bench/`), outside the installed package:
    it needs the development packages and test data. From a checkout (editable install), make it importable."""
    root = Path(__file__).resolve().parents[2]
    if (root / "bench" / "__init__.py").is_file() and str(root) not in sys.path:
        sys.path.insert(0, str(root))


def load_bench(module: str = "") -> ModuleType:
    """`bench` (or `bench.MODULE`) from the source tree; a clear message and exit 2 from an installed package."""
    _source_tree_on_path()
    try:
        return importlib.import_module(f"bench.{module}" if module else "bench")
    except ModuleNotFoundError as missing:
        if missing.name not in {"bench", f"bench.{module}", "httpx", "reportlab"}:
            raise
        typer.echo(
            "Mätningen körs från en utcheckad källkod med utvecklingspaketen (make setup); "
            "den följer inte med det installerade paketet.\n"
            "The benchmark runs from a source checkout with the development packages (make setup); "
            "it is not part of the installed package.",
            err=True,
        )
        raise typer.Exit(2) from None
