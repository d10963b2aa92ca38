"""`ruslink synth`: generate synthetic datasets (into the database, or as files)."""

from __future__ import annotations

from pathlib import Path

import typer

from app.cli import cli
from graph.errors import InvalidInput
from importers import synth as synthetic


@cli.command()
def synth(
    dataset: str = typer.Option(..., "--dataset", help="Namn på datamängden (med --regions: prefix, NAMN-01 …)."),
    scale: float = typer.Option(1.0, "--scale", help="Skalfaktor: 1 ≈ en region (~70 insatser, ~400 kopplingar)."),
    regions: int = typer.Option(1, "--regions", help="Antal regioner (1–21): en datamängd per län."),
    to: Path | None = typer.Option(
        None,
        "--to",
        help="Skriv filer i stället för att läsa in: FIL.json, FIL.xlsx eller en mapp med CSV-filer; "
        "med --regions en mapp med en NAMN-NN.json per region.",
    ),
    seed: int = typer.Option(0, "--seed", help="Frö: samma frö ger samma data."),
) -> None:
    """Skapa syntetisk exempeldata (illustrativ) i importformatet, för prestandamätning och test."""
    if scale <= 0:
        raise InvalidInput("--scale måste vara större än 0.")
    if not 1 <= regions <= len(synthetic.counties()):
        raise InvalidInput(f"--regions måste vara mellan 1 och {len(synthetic.counties())}.")
    if regions == 1:
        items = [(dataset, synthetic.synthesize(scale=scale, county="22", seed=seed))]
    else:
        items = list(synthetic.national(dataset, regions=regions, scale=scale, seed=seed))
    if to is not None:
        from importers.write import write_dataset_file

        for name, content in items:
            path = to if regions == 1 else to / f"{name}.json"
            write_dataset_file(content, path)
            typer.echo(f"{path}: {content.row_count()} rader.")
        return
    from app.cli.common import open_db
    from graph import store

    with open_db() as db:
        for name, content in items:
            store.check_dataset_name(name)
            result = store.replace_dataset(db, name, content, source="ruslink synth")
            typer.echo(f"Datamängden {name!r} är inläst: {result.rows} rader (syntetisk, illustrativ).")
