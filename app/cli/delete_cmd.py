"""`ruslink delete --dataset NAME`: remove a dataset (every version), after asking unless `--yes`."""

from __future__ import annotations

import sys

import typer

from app.cli import cli
from app.cli.common import open_db
from graph import store
from graph.i18n import plural, t

YES_WORDS = frozenset({"j", "ja", "y", "yes"})


@cli.command()
def delete(
    dataset: str = typer.Option(..., "--dataset", help="Datamängden som tas bort (alla dess versioner)."),
    yes: bool = typer.Option(False, "--yes", help="Fråga inte först."),
    lang: str = typer.Option("sv", "--lang", help="Språk: sv (svenska) eller en (engelska)."),
) -> None:
    """Ta bort en datamängd. Frågar först (om inte --yes); går inte att ångra."""
    lang = "en" if lang.lower().startswith("en") else "sv"
    with open_db() as db:
        store.current_key(db, dataset)  # an unknown name is refused with the list of datasets
        if not yes:
            counts: dict[str, int] = next((d["counts"] for d in store.list_datasets(db) if d["dataset"] == dataset), {})
            what = ", ".join(plural(counts.get(table, 0), f"count.{table}", lang) for table in ("actions", "links"))
            typer.echo(t("cli.delete.ask", lang, dataset=dataset, what=what), nl=False)
            answer = sys.stdin.readline().strip().lower()
            if not sys.stdin.isatty():
                typer.echo("")  # the answer came from a pipe and was not echoed: end the question's line
            if answer not in YES_WORDS:
                typer.echo(t("cli.delete.kept", lang, dataset=dataset))
                raise typer.Exit(1)
        store.delete_dataset(db, dataset)
    typer.echo(t("cli.delete.done", lang, dataset=dataset))
