"""Edit operations (add / update / remove on a table of the import format) applied to a dataset's rows.

The rows are checked by the importer's own code: `importers.convert.convert_record` for every cell and
`importers.validate.validate` across rows, so an edit is refused for exactly what an import is refused for,
with the same messages. A problem names the change's index in the request and the field
(`changes[2] (uppdatera actions "A-03"), fält "status": …`); a problem an edit causes in a row it did not
touch (a goal whose strategy was removed) names that row and the change that caused it.

Each applied operation leaves a record of what it touched (`Touched`: the row before and after) so that
`importers.changes` can undo it later and tell whether a later change stands in the way.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from graph.content import ENTITY_TABLES, TABLES, DatasetContent
from graph.i18n import t
from importers.columns import TABLE_COLUMNS
from importers.convert import BadValue, Row, convert_record, convert_value
from importers.problems import Problems, Where
from importers.validate import build_content, validate

OPS = ("add", "update", "remove")
KEY_COLUMNS: dict[str, tuple[str, ...]] = {
    **{table: ("id",) for table in ENTITY_TABLES},
    "links": ("from", "type", "to"),
    "observations": ("indicator", "period", "area", "gender"),
    "progress": ("action", "period"),
}
"""How an operation names the row it updates or removes: `id`, or these columns of `row`."""
MAX_OPS = 10_000
NOWHERE = 10**9


@dataclass(frozen=True)
class ChangeWhere(Where):
    """Where a problem is: an operation of the request (`index`), or a row already in the dataset (None)."""

    index: int | None = None
    op: str = ""

    def at(self, *, row: int | None = None, column: str | None = None) -> ChangeWhere:
        return dataclasses.replace(self, column=column if column is not None else self.column)

    def render(self, lang: str = "sv") -> str:
        what = f"{self.table} {self.file}".strip()
        if self.index is None:
            head = what
        else:
            verb = t(f"change.op.{self.op}", lang) if self.op else ""
            described = f"{verb} {what}".strip()
            head = t("change.where", lang, index=self.index, what=f" ({described})" if described else "")
        if self.column is not None:
            named = t("change.field", lang, column=self.column)
            head = f"{head}, {named}" if head else named
        return head


@dataclass
class Touched:
    """One row an operation changed: before and after (None when added or removed)."""

    table: str
    before: Row | None
    after: Row | None

    def as_json(self) -> dict[str, Any]:
        """The record as stored with the change: snapshots in the form the dataset holds them."""
        return {
            "table": self.table,
            "before": self.before and snapshot(self.before),
            "after": self.after and snapshot(self.after),
        }


@dataclass
class Applied:
    """The dataset after the operations, and what they touched (in order)."""

    content: DatasetContent
    touched: list[Touched]
    warnings: list[str] = field(default_factory=list)


def row_key(table: str, data: dict[str, Any]) -> tuple:
    """The identity of a row: its id, or the columns of KEY_COLUMNS (gender T when not given)."""
    values = [data.get(c) for c in KEY_COLUMNS[table]]
    if table == "observations":
        values[3] = values[3] or "T"
    return tuple(values)


def key_label(table: str, key: tuple) -> str:
    """A row's identity as users read it: `"A-03"`, `"A-09" contributes_to "KFS-M1"`."""
    return " ".join(f'"{v}"' for v in key if v is not None)


def snapshot(row: Row) -> dict[str, Any]:
    """A checked row as the dataset holds it (defaults filled in, as read back from the graph)."""
    model = DatasetContent.model_fields[row.table].annotation.__args__[0]  # type: ignore[union-attr]
    item = model.model_validate({**row.data, "extra": row.extra})
    data = {k: v for k, v in item.model_dump(by_alias=True, exclude={"extra"}).items() if v is not None and v != []}
    return {"data": data, "extra": dict(item.extra)}


def row_form(snap: dict[str, Any]) -> dict[str, Any]:
    """A snapshot as the `row` of an add operation (the import format's columns)."""
    return {**snap["data"], **snap["extra"]}


def _rows_of(content: DatasetContent) -> dict[str, list[Row]]:
    rows: dict[str, list[Row]] = {}
    for table in TABLES:
        rows[table] = []
        for item in getattr(content, table):
            data = {
                k: v for k, v in item.model_dump(by_alias=True, exclude={"extra"}).items() if v is not None and v != []
            }
            where = ChangeWhere(key_label(table, row_key(table, data)), table, "file")
            rows[table].append(Row(table, where, data, dict(item.extra)))
    return rows


def _op_key(op: dict, table: str, where: ChangeWhere, problems: Problems) -> tuple | None:
    """The key an update or remove names, converted like the cells of an import; None when missing or bad."""
    columns = KEY_COLUMNS[table]
    if columns == ("id",):
        given: Any = {"id": op.get("id", (op.get("row") or {}).get("id") if isinstance(op.get("row"), dict) else None)}
        field_name = "id"
    else:
        given = op.get("row")
        field_name = "row"
    if not isinstance(given, dict) or not all(
        given.get(c) not in (None, "") for c in columns if c not in ("area", "gender")
    ):
        problems.error(where.at(column=field_name), "change.need_key", columns=", ".join(columns))
        return None
    data: dict[str, Any] = {}
    for column in columns:
        try:
            data[column] = convert_value(TABLE_COLUMNS[table][column], given.get(column))
        except BadValue as e:
            problems.error(where.at(column=column), e.key, value=e.value, allowed="")
            return None
    return row_key(table, data)


def _warn_unknown(table: str, cells: dict, where: ChangeWhere, problems: Problems) -> None:
    for column in cells:
        if column not in TABLE_COLUMNS[table]:
            problems.warn(where.at(column=str(column)), "read.unknown_column")


def apply_ops(content: DatasetContent, ops: Any, lang: str = "sv") -> tuple[Applied | None, list[str]]:
    """Apply `ops` to `content`; (Applied, []) when every check passes, else (None, the problems rendered)."""
    problems = Problems()
    if not isinstance(ops, list) or not ops:
        problems.error(ChangeWhere("", "", "file").at(column="changes"), "change.need_list")
        return None, _render(problems, {}, {}, lang)
    if len(ops) > MAX_OPS:
        problems.error(ChangeWhere("", "", "file").at(column="changes"), "change.too_many", limit=MAX_OPS)
        return None, _render(problems, {}, {}, lang)
    rows = _rows_of(content)
    touched: list[Touched] = []
    culprits: dict[str, int] = {}  # id removed or changed -> index of the operation
    op_where: dict[int, ChangeWhere] = {}
    for index, op in enumerate(ops):
        base = ChangeWhere("", "", "file", index=index)
        if not isinstance(op, dict):
            problems.error(base, "change.not_object")
            continue
        kind, table = op.get("op"), op.get("table")
        if kind not in OPS:
            problems.error(base.at(column="op"), "change.bad_op", value=str(kind)[:80])
            continue
        if table not in TABLES:
            problems.error(
                dataclasses.replace(base, op=kind).at(column="table"),
                "change.bad_table",
                value=str(table)[:80],
                allowed=", ".join(TABLES),
            )
            continue
        where = dataclasses.replace(base, op=kind, table=table)
        if kind == "add":
            cells = op.get("row")
            if not isinstance(cells, dict):
                problems.error(where.at(column="row"), "change.need_object")
                continue
            where = dataclasses.replace(
                where, file=key_label(table, row_key(table, {c: cells.get(c) for c in KEY_COLUMNS[table]}))
            )
            op_where[index] = where
            _warn_unknown(table, cells, where, problems)
            new = convert_record(table, where, cells, problems)
            rows[table].append(new)
            touched.append(Touched(table, None, new))
            continue
        key = _op_key(op, table, where, problems)
        if key is None:
            continue
        where = dataclasses.replace(where, file=key_label(table, key))
        op_where[index] = where
        matches = [r for r in rows[table] if row_key(table, r.data) == key]
        if not matches:
            problems.error(
                where.at(column="id" if KEY_COLUMNS[table] == ("id",) else "row"),
                "change.no_row",
                table=table,
                named=key_label(table, key),
            )
            continue
        if kind == "update":
            _update(table, op, matches, rows, where, touched, problems)
            if table == "strategies":
                culprits.setdefault("\0rus", index)
        else:
            _remove(table, key, matches, rows, touched)
            if KEY_COLUMNS[table] == ("id",):
                culprits[key[0]] = index
                if table == "strategies":
                    culprits.setdefault("\0rus", index)
    validate(rows, {table: ChangeWhere("", table, "file") for table in TABLES}, problems)
    if problems.errors:
        return None, _render(problems, culprits, op_where, lang)
    built = build_content(rows, description=content.description, illustrative=content.illustrative)
    return Applied(built, touched, [p.render(lang) for p in problems.warnings]), []


def _update(
    table: str,
    op: dict,
    matches: list[Row],
    rows: dict[str, list[Row]],
    where: ChangeWhere,
    touched: list[Touched],
    problems: Problems,
) -> None:
    cells = op.get("set")
    if not isinstance(cells, dict) or not cells:
        problems.error(where.at(column="set"), "change.need_object")
        return
    for column in cells:
        if column in KEY_COLUMNS[table]:
            problems.error(where.at(column=str(column)), "change.key_field")
    _warn_unknown(table, cells, where, problems)
    for old in matches:
        new = convert_record(
            table, where, {k: v for k, v in cells.items() if k not in KEY_COLUMNS[table]}, problems, base=old
        )
        position = next(i for i, r in enumerate(rows[table]) if r is old)
        rows[table][position] = new
        touched.append(Touched(table, old, new))


def _remove(table: str, key: tuple, matches: list[Row], rows: dict[str, list[Row]], touched: list[Touched]) -> None:
    """Remove the rows, and with an entity its links (an indicator's observations, an action's reports)."""
    for old in matches:
        rows[table] = [r for r in rows[table] if r is not old]
        touched.append(Touched(table, old, None))
    if KEY_COLUMNS[table] != ("id",):
        return
    gone = key[0]
    owned_by = {"observations": "indicators", "progress": "actions"}
    for dependent, columns in (("links", ("from", "to")), ("observations", ("indicator",)), ("progress", ("action",))):
        if dependent in owned_by and table != owned_by[dependent]:
            continue
        for row in [r for r in rows[dependent] if any(r.data.get(c) == gone for c in columns)]:
            rows[dependent] = [r for r in rows[dependent] if r is not row]
            touched.append(Touched(dependent, row, None))


def _render(problems: Problems, culprits: dict[str, int], op_where: dict[int, ChangeWhere], lang: str) -> list[str]:
    """Every error as text, in the order of the operations; a problem in an untouched row names its cause."""
    out: list[tuple[int, str]] = []
    for problem in problems.errors:
        where = problem.where
        index = where.index if isinstance(where, ChangeWhere) else None
        text = problem.render(lang)
        if index is None:
            cause = culprits.get(str(problem.values.get("value")))
            if cause is None and problem.key in ("check.no_rus", "check.second_rus"):
                cause = culprits.get("\0rus")
            if cause is not None and cause in op_where:
                text = f"{op_where[cause].render(lang)}: {text}"
                index = cause
        out.append((NOWHERE if index is None else index, text))
    return [text for _, text in sorted(out, key=lambda pair: pair[0])]


def undo_ops(touched: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The operations that put back what a change touched (its records, as stored), newest first."""
    ops: list[dict[str, Any]] = []
    for item in reversed(touched):
        table, before, after = item["table"], item["before"], item["after"]
        if before is None:
            ops.append({"op": "remove", "table": table, **_naming(table, after)})
        elif after is None:
            ops.append({"op": "add", "table": table, "row": row_form(before)})
        else:
            old, new = row_form(before), row_form(after)
            cells = {c: old.get(c) for c in sorted(set(old) | set(new)) if old.get(c) != new.get(c)}
            if cells:
                ops.append({"op": "update", "table": table, **_naming(table, after), "set": cells})
    return ops


def _naming(table: str, snap: dict[str, Any]) -> dict[str, Any]:
    data = snap["data"]
    if KEY_COLUMNS[table] == ("id",):
        return {"id": data["id"]}
    return {"row": {c: data.get(c) for c in KEY_COLUMNS[table] if data.get(c) is not None}}


def stale_rows(content: DatasetContent, touched: list[dict[str, Any]]) -> list[tuple[str, tuple]]:
    """Rows a change touched that are no longer as the change left them (table, key): undoing it would
    overwrite or duplicate what came after."""
    rows = _rows_of(content)
    current: dict[tuple[str, tuple], list[dict[str, Any]]] = {}
    for table, table_rows in rows.items():
        for row in table_rows:
            current.setdefault((table, row_key(table, row.data)), []).append(snapshot(row))
    stale = []
    final: dict[tuple[str, tuple], dict[str, Any] | None] = {}
    for item in touched:  # the state each row was left in: the last record of it
        snap = item["after"] or item["before"]
        final[(item["table"], row_key(item["table"], snap["data"]))] = item["after"]
    for (table, key), after in final.items():
        now = current.get((table, key), [])
        if after is None and now or after is not None and after not in now:
            stale.append((table, key))
    return stale


def touches(touched: list[dict[str, Any]], table: str, key: tuple) -> bool:
    return any(
        item["table"] == table and row_key(table, (item["after"] or item["before"])["data"]) == key for item in touched
    )
