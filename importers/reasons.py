"""Why a file could not be read, in the user's language (never Python's English exception text)."""

from __future__ import annotations

import json

from graph.i18n import t

KOLADA_NO_VALUES = "kolada_no_values"
KOLADA_NO_KPI = "kolada_no_kpi"


def reason_of(error: BaseException, lang: str = "sv") -> str:
    """A short reason for a read error: JSON syntax (with line and column), text encoding, a missing file,
    nesting too deep, or a Kolada answer of the wrong shape."""
    if isinstance(error, json.JSONDecodeError):
        return t("reason.json", lang, line=error.lineno, column=error.colno)
    if isinstance(error, UnicodeDecodeError):
        return t("reason.encoding", lang)
    if isinstance(error, RecursionError):
        return t("reason.nested", lang)
    if isinstance(error, OSError):
        return t("reason.unreadable", lang)
    if isinstance(error, ValueError) and error.args and error.args[0] in (KOLADA_NO_VALUES, KOLADA_NO_KPI):
        return t(f"reason.{error.args[0]}", lang)
    return t("reason.kolada_entry", lang)
