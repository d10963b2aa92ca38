"""`ruslink import-many`: many datasets in one process (a folder of files, or synthetic regions)."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import typer

from app.cli import cli
from app.cli.common import open_db
from graph.errors import InvalidInput
from graph.i18n import number, plural, t
from importers import many

LANG_HELP = "Språk för meddelanden: sv (standard) eller en."


def _lang(lang: str) -> str:
    return "en" if lang.lower().startswith("en") else "sv"


@cli.command("import-many")
def import_many(
    folder: Path | None = typer.Argument(
        None, help="En mapp med .xlsx-, .json- och .zip-filer (och mappar med CSV-filer): en datamängd per fil."
    ),
    synth_regions: int = typer.Option(
        0, "--synth-regions", help="I stället för en mapp: N syntetiska regioner (1–21), illustrativa."
    ),
    scale: float = typer.Option(1.0, "--scale", help="Med --synth-regions: skalfaktor per region (1 ≈ en region)."),
    prefix: str = typer.Option("region", "--prefix", help="Med --synth-regions: namnens början, PREFIX-01 …"),
    seed: int = typer.Option(0, "--seed", help="Med --synth-regions: frö (samma frö ger samma data)."),
    jobs: int = typer.Option(many.DEFAULT_JOBS, "--jobs", help="Hur många datamängder som läses in samtidigt."),
    lang: str = typer.Option("sv", "--lang", help=LANG_HELP),
    quiet: bool = typer.Option(False, "--quiet", help="Visa bara problem och sammanfattningen."),
    replace_edits: bool = typer.Option(
        False, "--replace-edits", help="Ersätt även datamängder som har ändrats efter sin import."
    ),
) -> None:
    """Läs in många datamängder i en process: varje fil för sig, allt eller inget; en fil med problem
    hoppas över med ett meddelande och de andra läses in. Datamängdens namn är filens namn utan ändelse."""
    lang = _lang(lang)
    if (folder is None) == (synth_regions == 0):
        raise InvalidInput(t("many.folder_or_synth", lang))
    if folder is not None:
        if not folder.is_dir():
            raise InvalidInput(t("many.not_folder", lang, path=folder))
        sources, skipped = many.folder_sources(folder)
        for path in skipped:
            typer.echo(t("many.skipped", lang, file=path.name), err=True)
    else:
        from importers.synth import counties

        if not 1 <= synth_regions <= len(counties()):
            raise InvalidInput(t("many.bad_regions", lang, n=len(counties())))
        if scale <= 0:
            raise InvalidInput(t("many.bad_scale", lang))
        sources = many.synthetic_sources(prefix, regions=synth_regions, scale=scale, seed=seed)
    if not sources:
        raise InvalidInput(t("many.nothing", lang, path=folder))
    started = time.perf_counter()
    with open_db() as db, _bar(len(sources), lang, quiet) as report:
        outcomes = many.import_many(db, sources, jobs=jobs, lang=lang, replace_edits=replace_edits, done=report)
    _summary(outcomes, time.perf_counter() - started, lang)
    if not all(o.ok for o in outcomes):
        raise typer.Exit(1)


def _refusal_lines(outcome: many.Outcome) -> list[str]:
    return [f"✗ {outcome.source.label}: {outcome.error}"] + [f"    {line}" for line in outcome.details]


@contextmanager
def _bar(total: int, lang: str, quiet: bool) -> Iterator[Callable[[many.Outcome], None]]:
    """What to do as each dataset finishes: advance a progress bar on a terminal (a line per dataset
    otherwise); a refusal is always printed, in full, on stderr."""
    if quiet or not sys.stderr.isatty():

        def plain(outcome: many.Outcome) -> None:
            if not outcome.ok:
                typer.echo("\n".join(_refusal_lines(outcome)), err=True)
            elif not quiet:
                typer.echo(_done_line(outcome, lang), err=True)

        yield plain
        return
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeElapsedColumn, TimeRemainingColumn

    with Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    ) as bar:
        task = bar.add_task(t("many.progress", lang), total=total)

        def advance(outcome: many.Outcome) -> None:
            if not outcome.ok:
                for line in _refusal_lines(outcome):
                    bar.console.print(escape(line), highlight=False)
            bar.advance(task)

        yield advance


def _done_line(outcome: many.Outcome, lang: str) -> str:
    return "✓ " + t(
        "many.done_one",
        lang,
        dataset=outcome.source.dataset,
        rows=plural(outcome.rows, "many.rows", lang),
        seconds=number(round(outcome.seconds, 1), lang),
    )


def _summary(outcomes: list[many.Outcome], seconds: float, lang: str) -> None:
    ok = [o for o in outcomes if o.ok]
    refused = [o for o in outcomes if not o.ok]
    typer.echo(
        t(
            "many.summary",
            lang,
            imported=plural(len(ok), "many.datasets", lang),
            rows=plural(sum(o.rows for o in ok), "many.rows", lang),
            seconds=number(round(seconds, 1), lang),
        )
    )
    if refused:
        typer.echo(
            t(
                "many.summary_refused",
                lang,
                refused=plural(len(refused), "many.files", lang),
                files=", ".join(o.source.label for o in refused),
            ),
            err=True,
        )
