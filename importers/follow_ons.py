"""Root causes first, consequences folded: what an analyst reads when one mistake breaks many rows.

A sheet without its `id` column, or an empty `actors` sheet while the links name actors, makes every row that
points there an "unknown id" too: 128 such lines hide the one line that matters. Those lines are folded into
one per table ("och 128 följdfel i links"), after the problems that cause them; an empty table that rows point
into is itself named as the cause. Every problem is still counted.
"""

from __future__ import annotations

from dataclasses import dataclass

from graph.content import ENTITY_TABLES
from graph.i18n import t
from importers.convert import Found, Row
from importers.problems import Problem, Problems, Where

UNKNOWN_ID = ("check.unknown_id", "check.unknown_id_hint")
MIN_FOLDED = 2
"""Fewer follow-on lines than this are shown as they are: folding one line explains nothing."""
EXAMPLES = 3


@dataclass
class Report:
    """The problems to show, root causes first, and how many follow-on errors were folded into them."""

    lines: list[str]
    problems: int
    follow_ons: int


@dataclass(frozen=True)
class _Examples:
    values: tuple[str, ...]
    more: bool

    def render(self, lang: str) -> str:
        return ", ".join(f'"{v}"' for v in self.values) + (" …" if self.more else "")


def _examples(problems: list[Problem]) -> _Examples:
    values = list(dict.fromkeys(str(p.values.get("value")) for p in problems))
    return _Examples(tuple(values[:EXAMPLES]), len(values) > EXAMPLES)


def _broken_tables(problems: Problems, rows: dict[str, list[Row]]) -> tuple[set[str], set[str]]:
    """(tables whose ids cannot be known: their `id` column is missing, tables without any row)."""
    no_id = {
        e.values.get("table") for e in problems.errors if e.key == "read.missing_column" and e.where.column == "id"
    }
    empty = {table for table in ENTITY_TABLES if not rows.get(table)}
    return {t_ for t_ in no_id if t_}, empty - no_id


def report(
    problems: Problems, rows: dict[str, list[Row]], wheres: dict[str, Where], lang: str, found: Found | None = None
) -> Report:
    """The refusal's lines: every problem by file, table and row, then one line per table of follow-ons."""
    no_id, empty = _broken_tables(problems, rows)
    broken = no_id | empty
    follow: list[Problem] = []
    roots: list[Problem] = []
    for error in problems.errors:
        (follow if error.key in UNKNOWN_ID and error.follows & broken else roots).append(error)
    if len(follow) < MIN_FOLDED:
        roots, follow = problems.errors, []
    for table in sorted(empty):
        pointing = [p for p in follow if table in p.follows]
        if pointing and table in wheres:
            roots.append(
                Problem(
                    wheres[table],
                    "check.empty_table_referenced",
                    {"table": _shown(wheres[table]), "n": len(pointing), "examples": _examples(pointing)},
                )
            )
        elif pointing:  # not in the input at all: perhaps a renamed sheet, so say which sheets there are
            roots.append(
                Problem(
                    _absent(table, wheres),
                    "check.absent_table_referenced",
                    {"table": table, "n": len(pointing), "examples": _examples(pointing), "found": found or ""},
                )
            )
    ordered = sorted(roots, key=lambda p: (p.where.file, p.where.table, p.where.row or 0))
    lines = [p.render(lang) for p in ordered]
    groups: dict[tuple[str, str, str], list[Problem]] = {}
    for problem in follow:
        groups.setdefault((problem.where.file, problem.where.table, problem.where.form), []).append(problem)
    for (file, table, form), group in sorted(groups.items()):
        where = Where(file, table, form)  # type: ignore[arg-type]
        name = _shown(where)
        lines.append(
            f"{where.render(lang)}: "
            + t(
                "check.follow_ons",
                lang,
                n=len(group),
                table=name,
                examples=_examples(group).render(lang),
                errors="error" if len(group) == 1 else "errors",
            )
        )
    return Report(lines, len(ordered), len(follow))


def _shown(where: Where) -> str:
    """A table's name as the analyst sees it: the sheet's or the CSV file's."""
    return where.file.removesuffix(".csv") if where.form in ("csv", "file") else where.table


def _absent(table: str, wheres: dict[str, Where]) -> Where:
    """Where a table that is not in the input would be: its CSV file, or its sheet in the workbook."""
    anchor = next(iter(wheres.values()), None)
    if anchor is None or anchor.form == "csv":
        return Where(f"{table}.csv")
    return Where(anchor.file, table, anchor.form)
