"""`ruslink report`: the evaluator's report as a self-contained HTML file or a workbook."""

from __future__ import annotations

from pathlib import Path

import typer

from app.cli import cli
from app.cli.common import open_db
from graph.i18n import t


@cli.command()
def report(
    dataset: str = typer.Option(..., "--dataset", help="Datamängden rapporten gäller."),
    to: Path = typer.Option(..., "--to", help="Filen rapporten sparas i: .html (utskrivbar på A4) eller .xlsx."),
    lang: str = typer.Option("sv", "--lang", help="Rapportens språk: sv (standard) eller en."),
    compare: str | None = typer.Option(
        None,
        "--compare",
        help="En tidigare inläsning av samma region (datamängdens namn): "
        "visa nya och lösta fynd och indikatorernas utveckling.",
    ),
) -> None:
    """Skriv utvärderingsrapporten: sammanfattning, bidragsanalys per RUS-mål, luckor och metodbilaga."""
    from graph.report_input import collect
    from viz.report import format_of, report_bytes

    lang = "en" if lang.lower().startswith("en") else "sv"
    fmt = format_of(to, lang)
    with open_db() as db:
        given = collect(db, dataset, lang=lang, compare=compare)
    data = report_bytes(given, fmt, lang=lang)
    to.parent.mkdir(parents=True, exist_ok=True)
    to.write_bytes(data)
    typer.echo(t("cli.report_written", lang, dataset=dataset, path=to))
