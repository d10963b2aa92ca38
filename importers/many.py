"""Many datasets in one process (`ruslink import-many`): a folder of files, or synthetic regions.

One process instead of one `ruslink import` per region saves the interpreter start, the driver connection
and the schema check per dataset (21 regions: 21 s through the CLI, about 2 s in one process). Each dataset
is still imported exactly as `ruslink import` does it — read, check, write a new version, switch, all or
nothing under the dataset's own write lock — so a refused file changes nothing of its own dataset and the
others carry on. Two datasets are worked on at a time by default: while one is read and checked (Python),
the other is written (Neo4j), and on two cores Neo4j writes two versions side by side.
"""

from __future__ import annotations

import re
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from graph import store
from graph.db import Database
from graph.errors import DatabaseUnavailable, RuslinkError
from graph.i18n import t
from importers.load import Loaded, read_dataset, write_dataset
from importers.model import DatasetContent

FILE_SUFFIXES = (".xlsx", ".json", ".zip")
"""What a folder entry may be to count as a dataset (or a subfolder holding CSV files)."""

DEFAULT_JOBS = 2


@dataclass(frozen=True)
class Source:
    """One dataset to import: a file (or CSV folder) to read, or content made in memory (synthetic)."""

    dataset: str
    label: str
    """What a person recognises in messages: the file name, or the dataset name for synthetic regions."""
    path: Path | None = None
    make: Callable[[], DatasetContent] | None = None


@dataclass
class Outcome:
    """What became of one source: imported (rows, counts) or refused (message and the problem lines)."""

    source: Source
    seconds: float = 0.0
    rows: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    details: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None


def dataset_name_of(path: Path) -> str:
    """The dataset name a file gives: its name without extension, lower-cased, letters with accents or
    rings without them (å ä → a, ö → o), any other character a '-'. 'Region Västernorrland.xlsx' →
    'region-vasternorrland'."""
    stem = path.name if path.is_dir() else path.stem
    plain = unicodedata.normalize("NFKD", stem.lower()).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9_-]+", "-", plain).strip("-_")[:64]


def folder_sources(folder: Path) -> tuple[list[Source], list[Path]]:
    """The datasets of a folder, in name order: every `.xlsx`, `.json` and `.zip`, and every subfolder that
    holds `.csv` files. Returns (sources, skipped): other entries are skipped and named, not refused."""
    sources: list[Source] = []
    skipped: list[Path] = []
    for entry in sorted(folder.iterdir(), key=lambda p: p.name.lower()):
        if entry.name.startswith((".", "~$")):
            continue
        if entry.is_dir() and any(p.suffix.lower() == ".csv" for p in entry.iterdir()):
            sources.append(Source(dataset_name_of(entry), entry.name + "/", path=entry))
        elif entry.is_file() and entry.suffix.lower() in FILE_SUFFIXES:
            sources.append(Source(dataset_name_of(entry), entry.name, path=entry))
        else:
            skipped.append(entry)
    return sources, skipped


def synthetic_sources(prefix: str, *, regions: int, scale: float, seed: int = 0) -> list[Source]:
    """`regions` synthetic regions (importers.synth), PREFIX-01 … one per county; each is generated when
    its turn comes, so at most a few are held in memory."""
    from importers import synth

    codes = [code for code, _ in synth.counties()]
    if not 1 <= regions <= len(codes):
        raise ValueError(f"regions must be 1–{len(codes)}")

    def maker(code: str) -> Callable[[], DatasetContent]:
        return lambda: synth.synthesize(scale=scale, county=code, seed=seed)

    return [
        Source(f"{prefix}-{n:02d}", f"{prefix}-{n:02d}", make=maker(code))
        for n, code in enumerate(codes[:regions], start=1)
    ]


def _one(db: Database, source: Source, lang: str, replace_edits: bool) -> Outcome:
    started = time.perf_counter()
    outcome = Outcome(source)
    try:
        try:
            store.check_dataset_name(source.dataset)
        except RuslinkError:
            raise RuslinkError(t("many.bad_name", lang, file=source.label, name=source.dataset)) from None
        if source.path is not None:
            loaded = read_dataset(source.path, lang)
        else:
            assert source.make is not None
            loaded = Loaded(source.make())
        result = write_dataset(db, source.dataset, loaded, source=source.label, replace_edits=replace_edits, lang=lang)
        outcome.counts = result["counts"]
        outcome.rows = loaded.content.row_count()
        outcome.warnings = list(loaded.warnings)
    except DatabaseUnavailable:
        raise
    except RuslinkError as e:
        outcome.error = e.message_in(lang)
        outcome.details = e.shown_details()
    outcome.seconds = time.perf_counter() - started
    return outcome


def import_many(
    db: Database,
    sources: Iterable[Source],
    *,
    jobs: int = DEFAULT_JOBS,
    lang: str = "sv",
    replace_edits: bool = False,
    done: Callable[[Outcome], None] = lambda _: None,
) -> list[Outcome]:
    """Import every source, `jobs` at a time; returns one outcome per source, in the sources' order.

    Each dataset is all or nothing on its own; a refused file is reported (`done`, as each finishes) and the
    others go on. Two sources naming the same dataset: the second is refused, since it would replace the
    first. A database that goes away stops the whole run (DatabaseUnavailable)."""
    listed = list(sources)
    seen: dict[str, Source] = {}
    outcomes: dict[int, Outcome] = {}
    todo: list[tuple[int, Source]] = []
    for i, source in enumerate(listed):
        first = seen.setdefault(source.dataset, source)
        if first is not source:
            outcomes[i] = Outcome(
                source, error=t("many.same_name", lang, file=source.label, other=first.label, name=source.dataset)
            )
            done(outcomes[i])
        else:
            todo.append((i, source))
    with ThreadPoolExecutor(max_workers=max(1, jobs), thread_name_prefix="import-many") as pool:
        for i, outcome in _run(pool, db, todo, max(1, jobs), lang, replace_edits):
            outcomes[i] = outcome
            done(outcome)
    # Every dataset is visible before older versions are deleted (the slow part of replacing big ones).
    for outcome in outcomes.values():
        if outcome.ok:
            store.delete_unused_versions(db, outcome.source.dataset)
    return [outcomes[i] for i in range(len(listed))]


def _run(
    pool: ThreadPoolExecutor, db: Database, todo: list[tuple[int, Source]], jobs: int, lang: str, replace_edits: bool
) -> Iterator[tuple[int, Outcome]]:
    """Keep `jobs` sources in flight (not all at once: synthetic content is made when its turn comes)."""
    waiting = iter(todo)
    running: dict[Future[Outcome], int] = {}
    for i, source in waiting:
        running[pool.submit(_one, db, source, lang, replace_edits)] = i
        if len(running) >= jobs:
            break
    while running:
        finished, _ = wait(running, return_when=FIRST_COMPLETED)
        for future in finished:
            i = running.pop(future)
            try:
                outcome = future.result()
            except BaseException:
                for other in running:
                    other.cancel()
                raise
            yield i, outcome
            nxt = next(waiting, None)
            if nxt is not None:
                running[pool.submit(_one, db, nxt[1], lang, replace_edits)] = nxt[0]
