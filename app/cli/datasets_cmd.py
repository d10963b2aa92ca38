"""`ruslink datasets`: list loaded datasets."""

from __future__ import annotations

import json

import typer

from app.cli import cli
from app.cli.common import open_db
from graph import store


@cli.command()
def datasets(fmt: str = typer.Option("table", "--format", help="table eller json")) -> None:
    """Lista inlästa datamängder med antal rader per tabell."""
    with open_db() as db:
        rows = store.list_datasets(db)
    if fmt == "json":
        typer.echo(
            json.dumps([{"dataset": r["dataset"], "counts": r["counts"]} for r in rows], ensure_ascii=False, indent=2)
        )
        return
    if not rows:
        typer.echo("Inga datamängder är inlästa. Läs in en med 'ruslink import SÖKVÄG --dataset NAMN'.")
        return
    headers = ["datamängd", "strategier", "mål", "insatser", "indikatorer", "aktörer", "mätvärden", "kopplingar"]
    keys = ["strategies", "goals", "actions", "indicators", "actors", "observations", "links"]
    table = [[r["dataset"], *[str(r["counts"][k]) for k in keys]] for r in rows]
    widths = [max(len(h), *(len(row[i]) for row in table)) for i, h in enumerate(headers)]
    typer.echo("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False)))
    for row in table:
        typer.echo("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=False)))
