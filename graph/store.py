"""Writing and replacing whole datasets, atomically for readers.

An import writes the new version under a fresh key in batches, then switches the dataset's `current`
key in one small transaction. Readers resolve the current key once per request, so they see the old
version or the new one, never half. Retired versions are deleted after a grace period, and versions
left half-written by an interrupted import are deleted by the next import of that dataset.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from graph.content import DatasetContent, is_reference_id
from graph.db import GONE, GONE_EN, Database
from graph.errors import DatasetNotFound, ImportRefused, InvalidInput, RuslinkError
from graph.i18n import number, t
from graph.locks import DatasetLock, dataset_write_lock, held_lock
from graph.memory import collection_paused
from graph.model import (
    LABEL_OF_TABLE,
    LINK_RELATIONSHIP,
    MAX_DATASET_ROWS,
    REF,
    area_ref,
    check_label,
    check_relationship,
)
from graph.progress import current_status
from graph.reference import reference_ids
from graph.schema import ensure_schema
from graph.version_cache import Section, store_of

DATASET_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
"""Dataset names: a letter or digit, then up to 63 letters, digits, '-' or '_'."""

RETIRED_GRACE_S = 30
BATCH = 5000

Progress = Callable[[int, int], None]


def check_dataset_name(name: str) -> str:
    if not DATASET_NAME.fullmatch(name or ""):
        raise InvalidInput(
            f"Ogiltigt namn på datamängd: {name[:80]!r}. Använd 1–64 tecken: bokstäver a–z, siffror, '-' och '_', "
            "och börja med en bokstav eller siffra."
        )
    return name


@dataclass(frozen=True)
class ImportResult:
    dataset: str
    key: str
    rows: int
    nodes: int
    relationships: int
    switched: list[dict[str, Any]] = field(default_factory=list)
    """What the switch query answered (a change's number and time, for an edit)."""


def _clean(props: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in props.items() if v is not None and v != [] and v != {}}


def node_rows(content: DatasetContent) -> Iterator[dict[str, Any]]:
    """Rows for `import/nodes`: label (from the allow-list), id and properties. Actions also carry
    `current_status` (graph.progress), derived here once so every reader sees the same value."""
    reports: dict[str, list[dict[str, Any]]] = {}
    for report in content.progress:
        reports.setdefault(report.action, []).append({"period": report.period, "status": report.status})
    for table, label in LABEL_OF_TABLE.items():
        check_label(label)
        for seq, row in enumerate(getattr(content, table)):
            props = row.model_dump(exclude={"id", "extra"}, by_alias=True)
            props["seq"] = seq
            if table == "actions":
                props["current_status"] = current_status(row.status, reports.get(row.id, []))
            if row.extra:
                props["extra_json"] = json.dumps(row.extra, ensure_ascii=False, sort_keys=True)
            yield {"label": label, "id": row.id, "props": _clean(props)}


def relationship_rows(content: DatasetContent) -> Iterator[dict[str, Any]]:
    """Rows for `import/relationships`: structural ones from columns, then one per link."""
    refs = reference_ids()

    def rel(src: str, rel_type: str, dst: str, props: dict | None = None, to_ref: bool = False) -> dict:
        return {
            "from": src,
            "type": check_relationship(rel_type),
            "to": dst,
            "to_ref": to_ref,
            "props": _clean(props or {}),
        }

    for s in content.strategies:
        if s.parent:
            yield rel(s.id, "IMPLEMENTS", s.parent)
        if s.owner:
            yield rel(s.owner, "OWNS", s.id)
        if s.area and area_ref(s.area) in refs:
            yield rel(s.id, "COVERS", area_ref(s.area), to_ref=True)
    for g in content.goals:
        yield rel(g.id, "IN_STRATEGY", g.strategy)
        if g.parent:
            yield rel(g.id, "PART_OF", g.parent)
    for a in content.actions:
        yield rel(a.id, "IN_STRATEGY", a.strategy)
        for code in a.areas:
            if area_ref(code) in refs:
                yield rel(a.id, "TARGETS", area_ref(code), to_ref=True)
    for p in content.actors:
        for forum in p.member_of:
            yield rel(p.id, "MEMBER_OF", forum)
    for seq, link in enumerate(content.links):
        props = {"score": link.score, "rationale": link.rationale, "source": link.source, "seq": seq}
        if link.extra:
            props["extra_json"] = json.dumps(link.extra, ensure_ascii=False, sort_keys=True)
        yield rel(link.from_, LINK_RELATIONSHIP[link.type], link.to, props, to_ref=is_reference_id(link.to))


def observation_rows(content: DatasetContent, table: str = "observations") -> Iterator[dict[str, Any]]:
    """Rows for `import/observations` (or, with table="progress", `import/progress`): columns, order, extras."""
    for seq, o in enumerate(getattr(content, table)):
        props = o.model_dump(exclude={"extra"})
        props["seq"] = seq
        if o.extra:
            props["extra_json"] = json.dumps(o.extra, ensure_ascii=False, sort_keys=True)
        yield _clean(props)


def _batches(rows: Iterator[dict[str, Any]], size: int, first: Sequence[int] = ()) -> Iterator[list[dict[str, Any]]]:
    """Lists of `size` rows (the last one shorter); the first lists take the sizes in `first`, in order."""
    sizes = iter(first)
    want = next(sizes, size)
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= want:
            yield batch
            batch = []
            want = next(sizes, size)
    if batch:
        yield batch


def replace_dataset(
    db: Database,
    dataset: str,
    content: DatasetContent,
    *,
    source: str = "",
    progress: Progress | None = None,
    batch_size: int = BATCH,
    lock: DatasetLock | None = None,
    meta: dict[str, Any] | None = None,
    switch: str = "datasets/version_switch",
    switch_params: dict[str, Any] | None = None,
    key: str | None = None,
    first_batches: Sequence[int] = (),
) -> ImportResult:
    """Write `content` as the new current version of `dataset` (all or nothing for readers).

    Without `lock` this takes the dataset's write lock itself (refused at once when it is held). A writer that
    read the dataset first passes the lock it read under (`graph.locks.dataset_write_lock`). `meta` adds
    properties to the dataset; a caller passing its lock calls `delete_unused_versions` once it has released
    it, so other writers do not wait for the clean-up. `switch` names the query that makes the version
    current (a change's switch also records the change, in the same transaction). `key` is the version key
    `graph.writer.dataset_writer` yielded: the lock that caller holds. `first_batches`: the sizes of each
    table's first batches, before `batch_size` (app/warmup.py plans the import's queries for every size).
    """
    check_dataset_name(dataset)
    check_dataset_size(content.row_count())
    ensure_schema(db)
    if lock is None and key is not None:
        lock = held_lock(key)
    if lock is None:
        with dataset_write_lock(db, dataset, "import") as own:
            result = replace_dataset(
                db,
                dataset,
                content,
                source=source,
                progress=progress,
                batch_size=batch_size,
                lock=own,
                meta=meta,
                switch=switch,
                switch_params=switch_params,
                first_batches=first_batches,
            )
        # Cleaning up after the switch keeps it off the path to a visible dataset: retired versions past their
        # grace period, and versions a killed import left half-written.
        delete_unused_versions(db, dataset)
        return result
    if lock.dataset != dataset:
        raise ValueError(f"the lock held is for {lock.dataset!r}, not {dataset!r}")
    key = lock.take_key()
    with collection_paused():  # graph/memory.py: many small objects (rows, packed batches), no cycles
        nodes = list(node_rows(content))
        rels = list(relationship_rows(content))
        observations = list(observation_rows(content))
        reports = list(observation_rows(content, "progress"))
        total = len(nodes) + len(rels) + len(observations) + len(reports)
        done = 0
        db.write("datasets/version_begin", key=key, dataset=dataset)
        steps = (
            ("import/nodes", nodes, {"dataset": dataset}),
            ("import/observations", observations, {"dataset": dataset}),
            ("import/progress", reports, {"dataset": dataset}),
            ("import/relationships", rels, {"ref": REF}),
        )
        for name, rows, params in steps:
            for batch in _batches(iter(rows), batch_size, first_batches):
                db.write(name, rows=batch, dsv=key, **params)
                done += len(batch)
                lock.heartbeat()
                if progress:
                    progress(done, total)
    props = {
        "description": content.description or "",
        "illustrative": content.illustrative,
        "source": source,
        **(meta or {}),
    }
    switched = db.write(switch, dataset=dataset, key=key, meta=props, **(switch_params or {}))
    return ImportResult(
        dataset, key, content.row_count(), len(nodes) + len(observations) + len(reports), len(rels), switched
    )


def check_dataset_size(rows: int) -> None:
    """Refuse a dataset past MAX_DATASET_ROWS, whichever writer makes it that large (import, edits, Kolada):
    what is stored must also be analysable, deletable and re-importable within the database's memory."""
    if rows > MAX_DATASET_ROWS:
        values = {"n": rows, "limit": MAX_DATASET_ROWS}
        raise ImportRefused(
            t("error.dataset_too_large", "sv", **{k: number(v) for k, v in values.items()}),
            message_en=t("error.dataset_too_large", "en", **{k: number(v, "en") for k, v in values.items()}),
        )


def delete_unused_versions(db: Database, dataset: str, *, grace_s: int = RETIRED_GRACE_S) -> int:
    """Delete retired versions past their grace period and half-written ones; returns versions deleted."""
    keys = [r["key"] for r in db.read("datasets/versions_to_delete", dataset=dataset, grace_s=grace_s)]
    for key in keys:
        delete_version(db, key)
    return len(keys)


def delete_version(db: Database, key: str) -> None:
    """Delete every row of one version in transactions bounded by relationships, not nodes.

    Batches of nodes are not bounded in memory: one strategy with a million actions carries a million
    relationships, and deleting it in a batch of nodes held all of them in one transaction and took the
    server down. Relationships go first, BATCH per inner transaction; the nodes then have none left.
    """
    for name in (
        "datasets/version_delete_links_out",
        "datasets/version_delete_links_in",
        "datasets/version_delete_nodes",
    ):
        db.run_auto(name, key=key, batch=BATCH)
    db.write("datasets/version_forget", key=key)


T = TypeVar("T")


def while_version_lives(db: Database, key: str, compute: Callable[[], T]) -> T:
    """`compute()` over the rows of version `key`, resolved once at the start of a request. A delete beside it
    removes those rows while they are read, and Neo4j then hands back half of them (a node without its
    properties, a relationship without its end): whatever that gave — an exception or figures from half a
    dataset — is replaced by DatasetNotFound (404), so nothing half-read is answered or kept in a cache."""
    try:
        result = compute()
    except RuslinkError:
        raise
    except Exception:
        if not _alive(db, key):
            raise DatasetNotFound(GONE, message_en=GONE_EN) from None
        raise
    if not _alive(db, key):
        raise DatasetNotFound(GONE, message_en=GONE_EN)
    return result


def _alive(db: Database, key: str) -> bool:
    return bool(db.read("datasets/version_alive", key=key, grace_s=RETIRED_GRACE_S)[0]["alive"])


def current_key(db: Database, dataset: str) -> str:
    """The version key readers of `dataset` follow; DatasetNotFound lists the datasets that exist."""
    return dataset_info(db, dataset)["key"]


def dataset_info(db: Database, dataset: str) -> dict[str, Any]:
    """The dataset's current version key and metadata, read once: a request resolves its version here and
    follows that key, so a delete or re-import beside it gives a 404 or the old version, never a crash."""
    check_dataset_name(dataset)  # every reader passes here: a name that can never exist is the caller's mistake
    rows = db.read_kept("datasets/current", dataset=dataset)  # Neo4j is asked when anything may have changed
    if not rows or not rows[0]["key"]:
        names = [d["dataset"] for d in list_datasets(db)]
        raise DatasetNotFound(
            t(
                "error.dataset_not_found",
                "sv",
                dataset=dataset,
                listed=", ".join(names) or t("error.no_datasets", "sv"),
            ),
            message_en=t(
                "error.dataset_not_found",
                "en",
                dataset=dataset,
                listed=", ".join(names) or t("error.no_datasets", "en"),
            ),
            details=names,
        )
    return rows[0]


COUNTS = Section("row counts", max_entries=512, max_weight=512)
"""Row counts per (store, dataset, version)."""


def version_counts(db: Database, current: dict[str, str]) -> dict[str, dict[str, int]]:
    """Row counts per version key of each dataset's current version ({dataset: key}). A version never changes
    once written, so counts are kept per version (least recently used out, superseded versions dropped) and
    a listing counts only versions it has not seen: one small query per listing."""
    kept, where = COUNTS.here(), store_of(db)
    known = {key: hit for dataset, key in current.items() if (hit := kept.get((where, dataset, key))) is not None}
    missing = [key for key in current.values() if key not in known]
    if missing:
        fresh = {row["key"]: row["counts"] for row in db.read("datasets/counts", keys=missing)}
        for dataset, key in current.items():
            if key in fresh:
                kept.put((where, dataset, key), fresh[key])
        known.update(fresh)
    return known


def list_datasets(db: Database) -> list[dict[str, Any]]:
    """Datasets with counts, in the shape of interfaces.md (plus imported_at, description, illustrative)."""
    ensure_schema(db)
    rows = [row for row in db.read("datasets/list") if row["key"]]
    counts = version_counts(db, {row["dataset"]: row["key"] for row in rows})
    out = []
    for row in rows:
        meta = row["meta"] or {}
        out.append(
            {
                "dataset": row["dataset"],
                "counts": counts[row["key"]],
                "imported_at": row["imported_at"],
                "description": meta.get("description", ""),
                "illustrative": bool(meta.get("illustrative")),
            }
        )
    return out


def delete_dataset(db: Database, dataset: str) -> None:
    check_dataset_name(dataset)
    current_key(db, dataset)
    with dataset_write_lock(db, dataset, "delete"):
        db.write("datasets/delete", dataset=dataset)
        db.write("changes/forget", dataset=dataset)
    delete_unused_versions(db, dataset, grace_s=0)
