"""`ruslink diagram`: one diagram without a browser, as .svg, .png or .html, fitted and captioned."""

from __future__ import annotations

from pathlib import Path

import typer

from app.cli import cli
from app.cli.common import open_db
from graph.i18n import t


@cli.command()
def diagram(
    dataset: str = typer.Option(..., "--dataset", help="Datamängden diagrammet gäller."),
    to: Path = typer.Option(..., "--to", help="Filen diagrammet sparas i: .svg, .png eller .html."),
    goal: str | None = typer.Option(None, "--goal", help="Ett RUS-måls kopplingsdiagram (målets id)."),
    plan: str | None = typer.Option(None, "--plan", help="Bara denna plan (med --goal: målets diagram för planen)."),
    actor: str | None = typer.Option(None, "--actor", help="Bara denna aktör: dess insatser och vad de bidrar till."),
    finding: str | None = typer.Option(
        None, "--finding", help="Ett fynd: ANALYS:SLAG:SUBJEKT, t.ex. conflicts:declared:RUS-1.1."
    ),
    conflicts: bool = typer.Option(False, "--conflicts", help="Bara målkonflikterna."),
    overview: bool = typer.Option(False, "--overview", help="Översikten: planer → planmål → RUS-mål → referenser."),
    actors: bool = typer.Option(False, "--actors", help="Behåll ett måls aktörer även när texten blir liten."),
    lang: str = typer.Option("sv", "--lang", help="Språk: sv (standard) eller en."),
) -> None:
    """Rita ett diagram till en fil, med rubrik, teckenförklaring, datum och källa."""
    from graph.views import load_with_findings
    from viz.diagram_export import export_bytes, format_of
    from viz.subgraphs import DiagramAsk, diagram_for

    lang = "en" if lang.lower().startswith("en") else "sv"
    fmt = format_of(to, lang)
    ask = DiagramAsk(
        goal=goal, plan=plan, actor=actor, finding=finding, conflicts=conflicts, overview=overview, actors=actors
    )
    ask.check(lang)
    with open_db() as db:
        graph, results = load_with_findings(db, dataset, lang=lang)
        data = export_bytes(diagram_for(graph, results, ask, lang=lang), fmt)
    to.parent.mkdir(parents=True, exist_ok=True)
    to.write_bytes(data)
    typer.echo(t("dg.written", lang, path=to))
