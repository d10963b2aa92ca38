"""`ruslink bench`: the benchmark (see BENCHMARKS.md)."""

from __future__ import annotations

import json

import typer

from app.cli import cli


@cli.command()
def bench(
    quick: bool = typer.Option(False, "--quick", help="Kort körning (under en minut): färre upprepningar."),
    as_json: bool = typer.Option(False, "--json", help="Skriv resultatet som ett JSON-objekt."),
    diagrams: bool = typer.Option(
        False,
        "--diagrams",
        help="Bara diagrammen: kantkorsningar per målvy (dot mot nätverkets skiktade layout), i Markdown.",
    ),
) -> None:
    """Mät import, analyser, nätverksvy och API under last; jämför kvoter mot målen (BENCHMARKS.md)."""
    if diagrams:
        _diagram_bench()
        return
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


def _diagram_bench() -> None:
    """Load the demo and a generated region under bench names and print each goal view's crossings."""
    from app.bench.diagrams import goal_view_figures, markdown
    from app.cli.common import open_db
    from graph import store
    from importers.demo import load_demo
    from importers.synth import synthesize

    with open_db() as db:
        load_demo(db, "bench-diagram-demo")
        store.replace_dataset(db, "bench-diagram-synth", synthesize(scale=1.0, seed=0))
        for name, label in (("bench-diagram-demo", "demo"), ("bench-diagram-synth", "ruslink synth (scale 1, seed 0)")):
            typer.echo(markdown(label, goal_view_figures(db, name)))
        for name in ("bench-diagram-demo", "bench-diagram-synth"):
            store.delete_dataset(db, name)


def render(result: dict) -> str:
    """The benchmark's figures and targets for people."""
    from graph.i18n import number

    imp = result["import"]
    lines = [
        f"Import: {number(imp['rows_per_s'])} rader/s (naiv {number(imp['naive_rows_per_s'])}, "
        f"tak {number(imp['ceiling_rows_per_s'])}), {number(imp['rows'])} rader",
        "Analyser (ms, median): skala 1 / 4 / 16",
    ]
    for name, t in result["analyses"].items():
        lines.append(f"  {name}: {number(t['scale_1'])} / {number(t['scale_4'])} / {number(t['scale_16'])}")
    a = result["api"]
    lines.append(
        f"API p95: 1 klient {number(a['single']['p95_ms'])} ms, "
        f"{a['concurrent']['clients']} klienter {number(a['concurrent']['p95_ms'])} ms"
    )
    lines.append("Mål:")
    for name, t in result["targets"].items():
        state = {True: "uppfyllt", False: "EJ uppfyllt", None: "ej mätt"}[t["met"]]
        lines.append(
            f"  {name}: {number(t['ratio'], decimals=2)} ({t['target']}) {state}"
            + (f" – {t['reason']}" if t.get("reason") else "")
        )
    return "\n".join(lines)
