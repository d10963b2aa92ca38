"""`ruslink ingest FILE.pdf|FILE.docx --to REVIEW.xlsx`: a strategy document into the import format for review."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from app.cli import cli
from graph.errors import InvalidInput
from graph.i18n import t


@cli.command("ingest")
def ingest_cmd(
    file: Annotated[Path, typer.Argument(help="dokumentet: .pdf eller .docx")],
    to: Annotated[Path, typer.Option("--to", help="granskningsarbetsboken som skrivs (.xlsx)")],
    into: Annotated[
        Path | None, typer.Option("--into", help="en arbetsbok att lägga raderna till (blir importerbar)")
    ] = None,
    strategy_id: str = typer.Option(None, "--strategy-id", help="id för dokumentets strategi, t.ex. KOMP"),
    kind: str = typer.Option("plan", "--kind", help="plan eller rus"),
    parent: str = typer.Option(None, "--parent", help="strategin som dokumentet genomför (standard: RUS)"),
    lang: str = typer.Option("sv", "--lang", help="sv eller en"),
) -> None:
    """Läs ett strategidokument (mål, delmål, insatser, aktörer, indikatorer, kopplingar) till importformatet."""
    from importers.ingest.build import ingest, notes_of

    if kind not in ("plan", "rus"):
        raise InvalidInput(t("ingest.bad_kind", lang, kind=kind))
    if to.suffix.lower() != ".xlsx":
        raise InvalidInput(t("ingest.bad_to", lang, to=to))
    before = None
    if into is not None:
        from importers.load import read_dataset

        before = read_dataset(into, lang).content
    content = ingest(file, to, into=into, strategy_id=strategy_id, kind=kind, parent=parent, lang=lang)

    def added(table: str) -> int:
        return len(getattr(content, table)) - (len(getattr(before, table)) if before else 0)

    typer.echo(
        t(
            "ingest.done",
            lang,
            to=to,
            strategy=content.strategies[-1].id,
            goals=added("goals"),
            actions=added("actions"),
            indicators=added("indicators"),
            actors=added("actors"),
            links=added("links"),
            file=file.name,
        )
    )
    notes = notes_of(content, before)
    if notes:
        typer.echo(t("ingest.notes", lang))
        for row, note in notes:
            typer.echo(f"  {row}: {note}")
