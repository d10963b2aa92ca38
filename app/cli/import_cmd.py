"""`ruslink import`, `import-kolada`, `export` and `template`: datasets in and out of the import format."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from app.cli import cli
from app.cli.common import open_db
from graph.errors import InvalidInput
from graph.i18n import plural, t
from importers.load import read_dataset, write_dataset

PROGRESS_MIN_ROWS = 2000
"""Below this many rows an import is over before a progress bar would help."""

LANG_HELP = "Språk för meddelanden: sv (standard) eller en."


def _lang(lang: str) -> str:
    return "en" if lang.lower().startswith("en") else "sv"


def _warn(lines: list[str], lang: str) -> None:
    for line in lines:
        typer.echo(f"{t('cli.warning', lang)}: {line}", err=True)


@contextmanager
def _progress(total_rows: int, dataset: str, lang: str, quiet: bool) -> Iterator:
    """A rich progress bar on stderr for big imports; nothing when quiet, small or not on a terminal."""
    if quiet or total_rows < PROGRESS_MIN_ROWS or not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task(t("cli.progress", lang, dataset=dataset), total=None)

        def update(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        yield update


@cli.command("import")
def import_(
    path: Path = typer.Argument(..., help="En mapp med CSV-filer, eller en .xlsx-, .json- eller .zip-fil."),
    dataset: str = typer.Option(..., "--dataset", help="Datamängdens namn; en befintlig med samma namn ersätts."),
    lang: str = typer.Option("sv", "--lang", help=LANG_HELP),
    quiet: bool = typer.Option(False, "--quiet", help="Visa ingen förloppsindikator och ingen sammanfattning."),
    replace_edits: bool = typer.Option(
        False,
        "--replace-edits",
        help="Ersätt även en datamängd som har ändrats efter sin import "
        "(ändringarna går förlorade; historiken finns kvar).",
    ),
) -> None:
    """Läs in en datamängd (allt eller inget). Alla problem listas, och då ändras ingenting."""
    lang = _lang(lang)
    loaded = read_dataset(path, lang)
    _warn(loaded.warnings, lang)
    with open_db() as db, _progress(loaded.content.row_count(), dataset, lang, quiet) as progress:
        result = write_dataset(
            db, dataset, loaded, source=path.name, progress=progress, replace_edits=replace_edits, lang=lang
        )
    if not quiet:
        summary = ", ".join(plural(n, f"count.{table}", lang) for table, n in result["counts"].items())
        typer.echo(t("cli.imported", lang, dataset=dataset, summary=summary))


@cli.command("import-kolada")
def import_kolada(
    file: Path = typer.Argument(..., help="Ett sparat svar från Koladas API (v2 eller v3), som JSON."),
    dataset: str = typer.Option(..., "--dataset", help="Datamängden vars Kolada-indikatorer får värdena."),
    lang: str = typer.Option("sv", "--lang", help=LANG_HELP),
) -> None:
    """Läs in mätvärden från ett sparat Kolada-svar till datamängdens indikatorer (Källa: Kolada)."""
    from importers.kolada import import_kolada as run

    lang = _lang(lang)
    with open_db() as db:
        result = run(db, dataset, file, lang)
    _warn(result.warnings, lang)
    typer.echo(t("cli.kolada_done", lang, added=result.added, replaced=result.replaced, dataset=dataset))


@cli.command()
def export(
    dataset: str = typer.Option(..., "--dataset", help="Datamängden som ska exporteras."),
    to: Path = typer.Option(..., "--to", help="Mål: en .xlsx- eller .json-fil, annars en mapp med CSV-filer."),
    format: str | None = typer.Option(
        None,
        "--format",
        help="graphml eller gexf (Gephi, yEd, networkx) eller kumu (Kumus Excel-layout); utan: importformatet.",
    ),
    lang: str = typer.Option("sv", "--lang", help=LANG_HELP),
) -> None:
    """Skriv ut en datamängd i importformatet (att läsa in exporten ger samma graf), eller som GraphML, GEXF
    eller Kumus Excel-layout."""
    from graph.content_read import read_content
    from importers.write import write_dataset_file
    from viz.interop import FORMATS, write_export

    if format is not None and format.lower() not in FORMATS:
        raise InvalidInput(t("cli.bad_export_format", _lang(lang), name=format, formats=", ".join(FORMATS)))
    with open_db() as db:
        content = read_content(db, dataset)
    if format is not None:
        write_export(content, format.lower(), to, lang=_lang(lang))
    else:
        write_dataset_file(content, to)
    typer.echo(t("cli.exported", _lang(lang), dataset=dataset, path=to))


@cli.command()
def template(
    to: Path = typer.Option(Path("ruslink-mall.xlsx"), "--to", help="Filen mallen sparas i (.xlsx)."),
    lang: str = typer.Option("sv", "--lang", help=LANG_HELP),
) -> None:
    """Spara en tom arbetsbok att fylla i: alla blad, rubriker, exempelrader och instruktioner."""
    from importers.template import template_bytes

    to.write_bytes(template_bytes())
    typer.echo(t("cli.template", _lang(lang), path=to))
