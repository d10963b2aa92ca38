"""`ruslink bench`: the benchmark (see BENCHMARKS.md)."""

from __future__ import annotations

import json

import typer

from app.cli import cli


@cli.command()
def bench(
    quick: bool = typer.Option(False, "--quick", help="Kort körning (under en minut): färre upprepningar."),
    as_json: bool = typer.Option(False, "--json", help="Skriv resultatet som ett JSON-objekt."),
) -> None:
    """Mät import, analyser, nätverksvy och API under last; jämför kvoter mot målen (BENCHMARKS.md)."""
    from app.bench import run
    from app.cli.common import open_db
    from graph.settings import get_settings

    def say(step: str) -> None:
        if not as_json:
            typer.echo(f"… {step}", err=True)

    with open_db() as db:
        result = run(db, get_settings(), quick=quick, progress=say)
    if as_json:
        typer.echo(json.dumps(result, ensure_ascii=False))
        return
    typer.echo(render(result))


def render(result: dict) -> str:
    """The benchmark's figures and targets for people."""
    from graph.i18n import number

    imp = result["import"]
    lines = [f"Import: {number(imp['rows_per_s'])} rader/s (naiv {number(imp['naive_rows_per_s'])}, "
             f"tak {number(imp['ceiling_rows_per_s'])}), {number(imp['rows'])} rader",
             "Analyser (ms, median): skala 1 / 4 / 16"]
    for name, t in result["analyses"].items():
        lines.append(f"  {name}: {number(t['scale_1'])} / {number(t['scale_4'])} / {number(t['scale_16'])}")
    a = result["api"]
    lines.append(f"API p95: 1 klient {number(a['single']['p95_ms'])} ms, "
                 f"{a['concurrent']['clients']} klienter {number(a['concurrent']['p95_ms'])} ms")
    lines.append("Mål:")
    for name, t in result["targets"].items():
        state = {True: "uppfyllt", False: "EJ uppfyllt", None: "ej mätt"}[t["met"]]
        lines.append(f"  {name}: {number(t['ratio'], decimals=2)} ({t['target']}) {state}"
                     + (f" – {t['reason']}" if t.get("reason") else ""))
    return "\n".join(lines)
