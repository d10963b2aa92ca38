"""Spreadsheet formula injection: neutralise text cells that a spreadsheet would run as a formula.

Following OWASP's advice on CSV injection, a text cell starting with `=`, `+`, `-`, `@`, tab or carriage
return is written with a leading `'`. Readers strip exactly one such `'` again (`restore`), so what ruslink
writes reads back exactly. Numbers are never touched: they are written as numbers.
"""

from __future__ import annotations

from typing import Any

DANGEROUS_FIRST = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """`value` made safe for a spreadsheet cell: text that could start a formula gets a leading `'`."""
    if isinstance(value, str) and value.startswith(DANGEROUS_FIRST):
        return "'" + value
    return value


def is_neutralised(text: str) -> bool:
    """True when `text` is a cell that `neutralise` changed (a `'` before a dangerous first character)."""
    return len(text) > 1 and text[0] == "'" and text[1] in DANGEROUS_FIRST


def restore(text: str) -> str:
    """Undo `neutralise`: strip exactly one leading `'` when the next character is a dangerous one."""
    return text[1:] if is_neutralised(text) else text
