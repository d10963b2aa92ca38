"""Checks across rows: ids, references, link types and ends, scores, goal cycles, the one RUS.

`validate(rows, problems)` adds every problem it finds; `build_content(rows)` then turns rows that passed
into `graph.content.DatasetContent`, which `graph.store.replace_dataset` writes without further checks.
"""

from __future__ import annotations

from typing import Any

from graph.content import ENTITY_TABLES, DatasetContent, is_reference_id
from graph.model import LINK_ENDPOINTS
from graph.reference import reference_ids
from importers.convert import Row, is_bad
from importers.problems import Problems, Where

# (table, column, table the id must be in); list columns are checked per item.
REFERENCES: tuple[tuple[str, str, str], ...] = (
    ("strategies", "parent", "strategies"),
    ("strategies", "owner", "actors"),
    ("goals", "strategy", "strategies"),
    ("goals", "parent", "goals"),
    ("actions", "strategy", "strategies"),
    ("observations", "indicator", "indicators"),
    ("actors", "member_of", "actors"),
    ("progress", "action", "actions"),
)


def _good(row: Row, column: str) -> Any:
    value = row.data.get(column)
    return None if value is None or is_bad(value) else value


_CONFUSED = str.maketrans(
    {"l": "1", "i": "1", "o": "0", "\u2013": "-", "\u2014": "-", "\u2212": "-", ",": ".", "_": "-"}
)
_PUNCTUATION = str.maketrans("", "", " .-:/")


MAX_HINTED_LENGTH = 100
"""Longer values are no typed ids (a pasted paragraph): no guess, and no cost growing with their square."""


def _typed(value: str) -> str:
    """An id as it would be mistyped: case, l/1, O/0, dashes and comma for point all alike."""
    return value.lower().translate(_CONFUSED)


class _Hints:
    """The id an analyst most likely meant by an unknown one: the one existing id of the tables it must be in
    that differs only by case, a look-alike character (`VS-1.l` → `VS-1.1`), punctuation (`RUS-11` →
    `RUS-1.1`) or two neighbouring characters swapped. No guess where two ids fit or none does."""

    def __init__(self, ids: dict[str, Row]) -> None:
        self.ids = ids
        self.index: dict[frozenset[str], tuple[dict[str, set[str]], dict[str, set[str]]]] = {}

    def _index(self, tables: frozenset[str]) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
        if tables not in self.index:
            typed: dict[str, set[str]] = {}
            bare: dict[str, set[str]] = {}
            for value, row in self.ids.items():
                if row.table in tables:
                    typed.setdefault(_typed(value), set()).add(value)
                    bare.setdefault(_typed(value).translate(_PUNCTUATION), set()).add(value)
            self.index[tables] = typed, bare
        return self.index[tables]

    def nearest(self, value: str, tables: frozenset[str]) -> str | None:
        if len(value) > MAX_HINTED_LENGTH:
            return None
        typed, bare = self._index(tables)
        key = _typed(value)
        swapped = {key[:i] + key[i + 1] + key[i] + key[i + 2 :] for i in range(len(key) - 1)} - {key}
        for found in (
            typed.get(key, set()),
            bare.get(key.translate(_PUNCTUATION), set()),
            set().union(*(typed.get(k, set()) for k in swapped)),
        ):
            if len(found) == 1:
                return next(iter(found))
            if found:
                return None
        return None


def _unknown(row: Row, column: str, value: str, tables: frozenset[str], hints: _Hints, problems: Problems) -> None:
    """Report an id no row has, with the nearest id of the tables it must be in when there is one."""
    hint = hints.nearest(value, tables)
    if hint is None:
        problems.error(row.at(column), "check.unknown_id", value=value, follows=tables)
    else:
        problems.error(row.at(column), "check.unknown_id_hint", value=value, hint=hint, follows=tables)


def validate(rows: dict[str, list[Row]], wheres: dict[str, Where], problems: Problems) -> None:
    """Add a problem for everything in `rows` that cannot be loaded as one consistent dataset."""
    duplicated: set[str] = set()
    ids = _check_ids(rows, problems, duplicated)
    hints = _Hints(ids)
    _check_rus(rows, problems, wheres)
    for table, column, target in REFERENCES:
        for row in rows.get(table, []):
            value = _good(row, column)
            for item in value if isinstance(value, list) else ([value] if value else []):
                if item not in duplicated:  # which of the rows is meant is unknowable; the duplicate is reported
                    _check_ref(row, column, item, target, ids, problems, hints)
    _check_goal_parents(rows.get("goals", []), problems)
    _check_links(rows.get("links", []), ids, problems, hints)
    _check_reports(rows.get("progress", []), problems)


def _check_reports(reports: list[Row], problems: Problems) -> None:
    """One report per action and period: two would make the current status depend on row order."""
    first: dict[tuple[str, str], Row] = {}
    for row in reports:
        action, period = _good(row, "action"), _good(row, "period")
        if action is None or period is None:
            continue
        if (action, period) in first:
            problems.error(
                row.at("period"),
                "check.duplicate_report",
                action=action,
                period=period,
                first=first[(action, period)].where,
            )
        else:
            first[(action, period)] = row


def _check_ids(rows: dict[str, list[Row]], problems: Problems, duplicated: set[str]) -> dict[str, Row]:
    ids: dict[str, Row] = {}
    for table in ENTITY_TABLES:
        for row in rows.get(table, []):
            value = _good(row, "id")
            if value is None:
                continue
            if value in ids:
                problems.error(row.at("id"), "check.duplicate_id", value=value, first=ids[value].where)
                duplicated.add(value)
            else:
                ids[value] = row
    return ids


def _check_rus(rows: dict[str, list[Row]], problems: Problems, wheres: dict[str, Where]) -> None:
    strategies = rows.get("strategies")
    if strategies is None:
        return  # the missing table is already reported
    rus = [r for r in strategies if r.data.get("kind") == "rus"]
    if not rus and not any(is_bad(r.data.get("kind")) for r in strategies):
        problems.error(wheres["strategies"].at(column="kind"), "check.no_rus")
    for row in rus[1:]:
        problems.error(row.at("kind"), "check.second_rus", first=rus[0].where)


def _check_ref(
    row: Row, column: str, value: str, target: str, ids: dict[str, Row], problems: Problems, hints: _Hints
) -> None:
    if value == _good(row, "id"):
        problems.error(row.at(column), "check.self_reference", value=value)
        return
    found = ids.get(value)
    if found is None:
        if is_reference_id(value):
            problems.error(row.at(column), "check.reference_not_allowed", value=value)
        else:
            _unknown(row, column, value, frozenset({target}), hints, problems)
    elif found.table != target:
        problems.error(row.at(column), "check.wrong_table", value=value, actual=found.table, expected=target)


def _check_goal_parents(goals: list[Row], problems: Problems) -> None:
    by_id = {r.data["id"]: r for r in goals if _good(r, "id")}
    for row in goals:
        parent = by_id.get(_good(row, "parent") or "")
        if parent is not None and parent is not row and _good(parent, "strategy") != _good(row, "strategy"):
            problems.error(
                row.at("parent"),
                "check.parent_other_strategy",
                value=parent.data["id"],
                other=_good(parent, "strategy"),
                own=_good(row, "strategy"),
            )
    reported: set[str] = set()
    for row in goals:
        start = _good(row, "id")
        if not start or start in reported:
            continue
        chain, seen, current = [start], {start}, start
        while True:
            nxt = _good(by_id[current], "parent") if current in by_id else None
            if nxt is None or nxt not in by_id or nxt == current:
                break
            if nxt in seen:
                cycle = chain[chain.index(nxt) :] + [nxt]
                if start == nxt and not reported.intersection(cycle):
                    reported.update(cycle)
                    problems.error(row.at("parent"), "check.parent_cycle", cycle=" → ".join(cycle))
                break
            chain.append(nxt)
            seen.add(nxt)
            current = nxt


def _check_links(links: list[Row], ids: dict[str, Row], problems: Problems, hints: _Hints) -> None:
    refs = reference_ids()
    for row in links:
        link_type = _good(row, "type")
        if link_type is None:
            continue
        sources, targets = LINK_ENDPOINTS[link_type]
        if link_type == "interacts_with" and "score" not in row.data:
            problems.error(row.at("score"), "check.score_required")
        src = _good(row, "from")
        if src is not None:
            found = ids.get(src)
            if found is None:
                if is_reference_id(src):
                    problems.error(row.at("from"), "check.reference_not_allowed", value=src)
                else:
                    _unknown(row, "from", src, frozenset(sources), hints, problems)
            elif found.table not in sources:
                problems.error(
                    row.at("from"),
                    "check.link_from",
                    type=link_type,
                    actual=found.table,
                    allowed=", ".join(sorted(sources)),
                )
        dst = _good(row, "to")
        if dst is None:
            continue
        if is_reference_id(dst) and dst not in ids:
            if dst not in refs:
                problems.error(row.at("to"), "check.unknown_reference", value=dst)
            elif "reference" not in targets:
                problems.error(
                    row.at("to"),
                    "check.link_to",
                    type=link_type,
                    actual="referensdata",
                    allowed=", ".join(sorted(targets - {"reference"})),
                )
            continue
        found = ids.get(dst)
        if found is None:
            _unknown(row, "to", dst, frozenset(targets - {"reference"}), hints, problems)
        elif found.table not in targets:
            problems.error(
                row.at("to"), "check.link_to", type=link_type, actual=found.table, allowed=", ".join(sorted(targets))
            )


def build_content(
    rows: dict[str, list[Row]], *, description: str | None = None, illustrative: bool = False
) -> DatasetContent:
    """The validated rows as DatasetContent (call only when `validate` found no errors)."""
    doc: dict[str, Any] = {"description": description, "illustrative": illustrative}
    for table, table_rows in rows.items():
        doc[table] = [dict(r.data, extra=r.extra) for r in table_rows]
    return DatasetContent.model_validate(doc)
