"""Spreadsheet formula injection: neutralise text cells that a spreadsheet would run as a formula.

Following OWASP's advice on CSV injection, a text cell starting with `=`, `+`, `-`, `@`, tab or carriage
return is written with a leading `'`. Readers strip exactly one such `'` again (`restore`), so what ruslink
writes reads back exactly. So that this stays exact for text that itself begins with quotes before such a
character (`'=x`), those cells get one more `'` too. Numbers are never touched: they are written as numbers.
"""

from __future__ import annotations

import re
from typing import Any

DANGEROUS_FIRST = ("=", "+", "-", "@", "\t", "\r")
_NEEDS_QUOTE = re.compile(r"^'*[=+\-@\t\r]")
_QUOTED = re.compile(r"^'+[=+\-@\t\r]")


def neutralise(value: Any) -> Any:
    """`value` made safe for a spreadsheet cell: text that could start a formula gets a leading `'`."""
    if isinstance(value, str) and _NEEDS_QUOTE.match(value):
        return "'" + value
    return value


def is_neutralised(text: str) -> bool:
    """True when `text` is a cell that `neutralise` changed (quotes before a dangerous first character)."""
    return bool(_QUOTED.match(text))


def restore(text: str) -> str:
    """Undo `neutralise`: strip exactly one leading `'` when only quotes stand before a dangerous character."""
    return text[1:] if is_neutralised(text) else text
