"""The importer's entry points: read → convert → validate → write, all or nothing.

The CLI (`ruslink import`) and the HTTP route (`POST /api/datasets/{dataset}/import`) both call these.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from graph import store
from graph.content import TABLES, DatasetContent
from graph.db import Database
from graph.errors import DatasetBusy, ImportRefused
from graph.history import edits_since_import
from graph.i18n import number, plural, register, t
from graph.locks import dataset_write_lock
from graph.memory import collection_paused
from graph.model import MAX_DATASET_ROWS
from importers import follow_ons
from importers.convert import Found, convert_tables
from importers.problems import MAX_SHOWN, Problems, Where
from importers.read import RawTable, read_path, read_upload
from importers.template import warn_template_examples
from importers.validate import build_content, validate

UNREADABLE = (
    "read.bad",
    "read.unreadable",
    "read.json",
    "read.not_found",
    "read.unknown_format",
    "read.no_tables",
    "read.duplicate",
    "read.too_many",
    "read.empty_file",
)


@dataclass
class Loaded:
    """A dataset read and checked: its content and the warnings worth showing."""

    content: DatasetContent
    warnings: list[str] = field(default_factory=list)


def check_tables(
    raw: list[RawTable],
    problems: Problems,
    lang: str = "sv",
    *,
    source: str = "-",
    description: str | None = None,
    illustrative: bool = False,
) -> Loaded:
    """Convert and validate read tables; raises ImportRefused listing every problem."""
    total = sum(len(table.rows) for table in raw)
    if total > MAX_DATASET_ROWS:  # refused before converting: the ceiling names the limit, nothing more to say
        problems.error(
            Where(source), "read.too_many_dataset_rows", n=number(total, lang), limit=number(MAX_DATASET_ROWS, lang)
        )
    rows, wheres = convert_tables(raw, problems, source=source)
    # Checks across rows would only repeat, as unknown ids, what an unreadable file already explains.
    if not any(e.key.startswith(UNREADABLE) for e in problems.errors):
        validate(rows, wheres, problems)
    if problems.errors:
        found = follow_ons.report(problems, rows, wheres, lang, Found(raw))
        n = found.problems + problems.dropped
        if found.follow_ons:
            message = t(
                "import.refused_with_follow_ons",
                lang,
                n=n,
                follow=found.follow_ons,
                problems="problem" if n == 1 else "problems",
                errors="error" if found.follow_ons == 1 else "errors",
            )
        else:
            message = t("import.refused", lang, problems=plural(n, "problems", lang))
        raise ImportRefused(message, details=shown_lines(found.lines, problems.dropped, lang))
    warn_template_examples(rows, problems)
    content = build_content(rows, description=description, illustrative=illustrative)
    return Loaded(content, [p.render(lang) for p in problems.warnings])


def shown_lines(lines: list[str], dropped: int, lang: str) -> list[str]:
    """The first MAX_SHOWN problem lines and one line counting the rest: a refusal stays readable and small."""
    more = max(0, len(lines) - MAX_SHOWN) + dropped
    return lines[:MAX_SHOWN] + ([t("import.more_problems", lang, n=more)] if more else [])


def read_dataset(path: Path, lang: str = "sv", **meta) -> Loaded:
    """Read and check a folder of CSVs, an .xlsx, a .json or a .zip; raises ImportRefused."""
    problems = Problems()
    with collection_paused():  # graph/memory.py: many small objects, no cycles
        return check_tables(read_path(Path(path), problems), problems, lang, source=Path(path).name, **meta)


def read_uploaded(filename: str, data: bytes, lang: str = "sv") -> Loaded:
    """Read and check one uploaded file (.xlsx, .json, .zip of CSVs); raises ImportRefused."""
    problems = Problems()
    with collection_paused():
        return check_tables(read_upload(filename, data, problems), problems, lang, source=filename)


def counts_of(content: DatasetContent) -> dict[str, int]:
    """Rows per table, in the shape of `ruslink datasets --format json`."""
    return {table: len(getattr(content, table)) for table in TABLES}


def write_dataset(
    db: Database,
    dataset: str,
    loaded: Loaded,
    *,
    source: str = "",
    progress: store.Progress | None = None,
    replace_edits: bool = False,
    lang: str = "sv",
    clean_up: bool = True,
    first_batches: Sequence[int] = (),
) -> dict:
    """Write a checked dataset as the new current version of `dataset`; returns the counts.

    `clean_up=False` leaves retired versions for the caller to delete later (`store.delete_unused_versions`):
    `ruslink import-many` makes every dataset visible first and cleans up after.

    A dataset edited since its last import (`importers.changes`) is replaced only with `replace_edits`: the edits
    would be lost, so the refusal says how many. The count is read under the dataset's write lock.
    `first_batches`: as `store.replace_dataset` (warm-up plans every batch size).
    """
    store.check_dataset_name(dataset)
    with dataset_write_lock(db, dataset, "import", lang=lang) as lock:
        edits = edits_since_import(db, dataset)
        if edits and not replace_edits:
            raise DatasetBusy(
                t(
                    "import.edited",
                    lang,
                    dataset=dataset,
                    n=edits,
                    changes=t("import.edits_one" if edits == 1 else "import.edits_many", lang),
                )
            )
        store.replace_dataset(
            db,
            dataset,
            loaded.content,
            source=source,
            progress=progress,
            lock=lock,
            meta={"edits_since_import": 0},
            first_batches=first_batches,
        )
    if clean_up:
        store.delete_unused_versions(db, dataset)
    return {"dataset": dataset, "counts": counts_of(loaded.content), "warnings": loaded.warnings}


register(
    {
        "import.edited": {
            "sv": "Datamängden {dataset!r} har {n} {changes} sedan den senaste importen. De går förlorade om filen "
            "läses in över den. Exportera först ('ruslink export') och för in ändringarna i filen, eller läs in "
            "ändå med --replace-edits (i webben: replace_edits=true). Ingenting har ändrats.",
            "en": "Dataset {dataset!r} has {n} {changes} since its last import. They would be lost if the file were "
            "imported over it. Export first ('ruslink export') and carry the edits into the file, or import "
            "anyway with --replace-edits (over HTTP: replace_edits=true). Nothing was changed.",
        },
        "import.edits_one": {"sv": "ändring", "en": "edit"},
        "import.edits_many": {"sv": "ändringar", "en": "edits"},
    }
)
