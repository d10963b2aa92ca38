"""Edits of a dataset, all or nothing, with a history of who changed what, why and when.

`apply_changes` is the one way to change a dataset's rows in place of a re-import: the HTTP route, the CLI,
the UI and workshop accepts call it. It holds the dataset's write lock (`graph.locks`), re-reads the current
version under it, applies the operations and checks the result exactly like an import (`importers.change_ops`),
then writes the result as a new version and switches to it in the transaction that records the change.

Why a whole new version rather than updating rows in place: readers resolve the current version once per
request and run several queries against it, and counts and analyses are cached per version key. An in-place
update would let one request see some rows before and some after, and would leave those caches stale. A new
version keeps the one rule the store already guarantees (old or new, never half) and costs one rewrite of
the dataset per edit, which for a region's model (a few thousand rows) is well under a second of database
work; the figures are in docs/edits.md.

The history lives in `:Change` nodes keyed by dataset and number, outside any version, so it survives new
versions (edits, Kolada updates and re-imports alike) and goes only when the dataset is deleted; reading it
is `graph.history`. Edits live with the importers because they are checked by the import format's own code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from neo4j.exceptions import ConstraintError

from graph import store
from graph.content_read import read_content
from graph.db import Database
from graph.errors import ChangeConflict, DatasetBusy, ImportRefused, InvalidInput, NotFound
from graph.i18n import t
from graph.locks import dataset_write_lock
from importers.change_ops import Applied, apply_ops, key_label, row_key, stale_rows, touches, undo_ops

LOCK_WAIT_S = 15.0
"""An edit waits this long for another writer (usually another edit, a second or less) before a 409."""
MAX_CHANGE = 2**53
"""Change numbers count up from 1; anything beyond this cannot name one (and would not fit a database integer)."""
MAX_BY = 200
MAX_WHY = 2000


@dataclass(frozen=True)
class ChangeResult:
    """A change that was applied: its number, when, and warnings worth showing (unknown columns)."""

    change: int
    at: str
    warnings: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {"change": self.change, "at": self.at, "warnings": self.warnings}


def _text(value: Any, name: str, what: str, limit: int, lang: str, problems: list[str]) -> str:
    text = value.strip() if isinstance(value, str) else ""
    if not text or len(text) > limit:
        problems.append(t("change.need_text", lang, field=name, what=t(what, lang), limit=limit))
    return text


def apply_changes(
    db: Database, dataset: str, by: Any, why: Any, changes: Any, lang: str = "sv", *, wait_s: float = LOCK_WAIT_S
) -> ChangeResult:
    """Apply `changes` (add / update / remove operations, interfaces.md "Edits") to `dataset` as one change.

    `changes` may also be a function of the current content (read under the lock) that returns the
    operations, for writers whose operations depend on what is there (a workshop replacing scores).

    All or nothing: any problem refuses the whole request (`ImportRefused`, 422, every problem naming the
    operation's index and field) and nothing changes. Another writer holding the dataset past `wait_s` gives
    `DatasetBusy` (409). Two edits at once are applied one on top of the other, each re-checked.
    """
    problems: list[str] = []
    who = _text(by, "by", "change.who", MAX_BY, lang, problems)
    reason = _text(why, "why", "change.why", MAX_WHY, lang, problems)
    if problems:
        raise InvalidInput(t("change.bad_request", lang), details=problems)
    store.current_key(db, dataset)  # a dataset that does not exist is named before any lock is taken
    with dataset_write_lock(db, dataset, "edit", wait_s=wait_s, lang=lang) as lock:
        result = _apply_locked(db, dataset, lock, who, reason, changes, lang, reverts=None)
    store.delete_unused_versions(db, dataset)
    return result


def _apply_locked(
    db: Database, dataset: str, lock, by: str, why: str, ops: Any, lang: str, *, reverts: int | None
) -> ChangeResult:

    info = store.dataset_info(db, dataset)
    base = info["key"]
    content = read_content(db, dataset)
    if callable(ops):  # operations that depend on the current rows are decided here, under the lock
        ops = ops(content)
    applied, problems = apply_ops(content, ops, lang)
    if applied is None:
        raise ImportRefused(t("change.refused", lang, n=len(problems)), details=problems)
    return _write(db, dataset, lock, base, info, applied, by, why, ops, reverts, lang)


def _write(
    db: Database,
    dataset: str,
    lock,
    base: str,
    info: dict,
    applied: Applied,
    by: str,
    why: str,
    ops: Any,
    reverts: int | None,
    lang: str,
) -> ChangeResult:
    meta = info.get("meta") or {}
    switch_params = {
        "base": base,
        "by": by,
        "why": why,
        "reverts": reverts,
        "ops": json.dumps(ops, ensure_ascii=False),
        "undo": json.dumps([item.as_json() for item in applied.touched], ensure_ascii=False),
    }
    try:
        result = store.replace_dataset(
            db,
            dataset,
            applied.content,
            source=meta.get("source", ""),
            lock=lock,
            switch="changes/switch",
            switch_params=switch_params,
        )
    except ConstraintError:  # another change took this number: never two writers at once, never silent
        raise DatasetBusy(t("change.conflict", lang, dataset=dataset)) from None
    if not result.switched:  # the dataset no longer follows `base`: cannot happen under the lock, never silent
        raise DatasetBusy(t("change.conflict", lang, dataset=dataset))
    return ChangeResult(result.switched[0]["change"], result.switched[0]["at"], applied.warnings)


def revert_change(
    db: Database, dataset: str, change: int, by: Any, why: Any = None, lang: str = "sv", *, wait_s: float = LOCK_WAIT_S
) -> ChangeResult:
    """Undo one change as a new change; refused (409) when later changes touched the same rows."""
    problems: list[str] = []
    who = _text(by, "by", "change.who", MAX_BY, lang, problems)
    reason = t("change.revert_why", lang, change=change)
    if why not in (None, ""):
        reason = f"{reason}: {_text(why, 'why', 'change.why', MAX_WHY, lang, problems)}"
    if problems:
        raise InvalidInput(t("change.bad_request", lang), details=problems)
    store.current_key(db, dataset)
    if not 1 <= change <= MAX_CHANGE:
        raise NotFound(t("change.not_found", lang, dataset=dataset, change=change))
    with dataset_write_lock(db, dataset, "edit", wait_s=wait_s, lang=lang) as lock:
        rows = db.read("changes/get", dataset=dataset, change=change)
        if not rows:
            raise NotFound(t("change.not_found", lang, dataset=dataset, change=change))
        record = rows[0]
        if record["reverted_by"] is not None:
            raise ChangeConflict(t("change.already_reverted", lang, change=change, by=record["reverted_by"]))
        touched = json.loads(record["undo"])
        stale = stale_rows(read_content(db, dataset), touched)
        if stale:
            _refuse_blocked(db, dataset, change, stale, lang)
        result = _apply_locked(db, dataset, lock, who, reason, undo_ops(touched), lang, reverts=change)
    store.delete_unused_versions(db, dataset)
    return result


def _refuse_blocked(db: Database, dataset: str, change: int, stale: list[tuple[str, tuple]], lang: str) -> None:
    later = db.read("changes/later", dataset=dataset, change=change)
    blockers = sorted(
        {r["change"] for r in later for table, key in stale if touches(json.loads(r["undo"]), table, key)}
    )
    rows = ", ".join(f"{table} {key_label(table, key)}" for table, key in stale[:5])
    if blockers:
        names = ", ".join(t("change.later", lang, change=n) for n in blockers)
        raise ChangeConflict(t("change.blocked", lang, change=change, rows=rows, later=names))
    raise ChangeConflict(t("change.blocked_import", lang, change=change, rows=rows))


__all__ = ["ChangeResult", "apply_changes", "revert_change", "row_key"]
