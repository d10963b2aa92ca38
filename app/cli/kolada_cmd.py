"""`ruslink kolada fetch`: a dataset's Kolada indicators, fetched from the Kolada API v3."""

from __future__ import annotations

from pathlib import Path

import typer

from app.cli import cli
from app.cli.common import open_db
from graph.settings import Settings, get_settings

kolada = typer.Typer(
    name="kolada", help="Kolada: hämta mätvärden för datamängdens Kolada-indikatorer.", no_args_is_help=True
)
cli.add_typer(kolada)


def cache_dir(settings: Settings | None = None) -> Path:
    """Kolada answers are kept under RUSLINK_HOME, so a second fetch works without network."""
    return (settings or get_settings()).ruslink_home / "kolada-cache"


@kolada.command("fetch")
def fetch(
    dataset: str = typer.Option(..., "--dataset", help="Datamängden vars Kolada-indikatorer ska hämtas."),
    start: int | None = typer.Option(None, "--from", help="Första år (standard: tidigaste basår, annars 10 år bakåt)."),
    end: int | None = typer.Option(None, "--to", help="Sista år (standard: i år)."),
    base_url: str | None = typer.Option(
        None, "--base-url", help="Koladas API-adress (standard: KOLADA_BASE_URL eller https://api.kolada.se/v3)."
    ),
    lang: str = typer.Option("sv", "--lang", help="Språk för meddelanden: sv (standard) eller en."),
) -> None:
    """Hämta länets och kommunernas värden (alla år och kön) från Koladas API och ersätt datamängdens
    Kolada-värden i ett steg. Fungerar från cachen när nätet saknas."""
    from importers.kolada_fetch import fetch_kolada

    lang = "en" if lang.lower().startswith("en") else "sv"
    with open_db() as db:
        result = fetch_kolada(db, dataset, start=start, end=end, base=base_url, cache_dir=cache_dir(), lang=lang)
    for line in result.lines:
        typer.echo(line)
