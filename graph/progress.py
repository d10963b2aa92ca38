"""Reporting periods and an action's current status: the one place both are computed.

Progress reports (`progress` table of spec/import-format.md) are filed per period: a year (`2025`), a
half-year (`2025H1`), a quarter (`2025Q3`), a month (`2025-06`) or a day (ISO date). Periods are ordered by
the day they end, then by the day they start (so `2025H2` comes after `2025`, which ends the same day but
started earlier: the more specific report is the later word). The current status of an action is its own
`status` when given, otherwise the status of its latest report that has one.

The importer stores the result on each action as `current_status`, so every reader — the scorecard, the
follow-up page, the reports, the filters — reads the same value instead of working it out again.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable
from typing import Any

_PERIOD = re.compile(r"^(\d{4})(?:([HQ])(\d)|-(\d{2})(?:-(\d{2}))?)?$")


def parse_period(text: str) -> tuple[dt.date, dt.date] | None:
    """(first day, last day) of a reporting period, or None when `text` is not one."""
    m = _PERIOD.match((text or "").strip().upper())
    if not m:
        return None
    year, part, n, month, day = m.groups()
    y = int(year)
    try:
        if part == "H" and n in ("1", "2"):
            first = 1 if n == "1" else 7
            return dt.date(y, first, 1), dt.date(y, first + 5, 30 if first == 1 else 31)
        if part == "Q" and n in ("1", "2", "3", "4"):
            first = 3 * int(n) - 2
            return dt.date(y, first, 1), dt.date(y, first + 2, calendar.monthrange(y, first + 2)[1])
        if part:
            return None
        if day:
            d = dt.date(y, int(month), int(day))
            return d, d
        if month:
            return dt.date(y, int(month), 1), dt.date(y, int(month), calendar.monthrange(y, int(month))[1])
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except ValueError:
        return None


def normal_period(text: str) -> str | None:
    """The period as ruslink writes it (`2025h1` → `2025H1`), or None when it is not a period."""
    cleaned = (text or "").strip().upper()
    return cleaned if parse_period(cleaned) else None


def period_key(period: Any) -> tuple[dt.date, dt.date, str]:
    """Sort key: by last day, then first day; text that is no period sorts first."""
    text = str(period if period is not None else "")
    span = parse_period(text)
    if span is None:
        return dt.date.min, dt.date.min, text
    return span[1], span[0], text


def latest_period(periods: Iterable[Any]) -> str | None:
    """The latest of some periods, or None when there are none."""
    items = [str(p) for p in periods if p is not None]
    return max(items, key=period_key) if items else None


def previous_period(periods: Iterable[Any], period: str) -> str | None:
    """The period just before `period` among `periods`."""
    earlier = [str(p) for p in set(periods) if p is not None and period_key(p) < period_key(period)]
    return max(earlier, key=period_key) if earlier else None


def latest_report(
    reports: Iterable[dict[str, Any]], *, until: str | None = None, with_status: bool = False
) -> dict[str, Any] | None:
    """The latest report (a mapping with `period`), optionally only up to `until` and only those with a status."""
    limit = period_key(until) if until else None
    chosen = [
        r
        for r in reports
        if (limit is None or period_key(r.get("period")) <= limit) and (not with_status or r.get("status"))
    ]
    return max(chosen, key=lambda r: period_key(r.get("period"))) if chosen else None


def current_status(
    own_status: str | None, reports: Iterable[dict[str, Any]], *, until: str | None = None
) -> str | None:
    """The action's current status: its own `status`, else the latest report's (up to `until`), else None.

    With `until` the own status is ignored when reports exist: a past period's picture comes from what was
    reported then, not from today's column.
    """
    reports = list(reports)
    if own_status and (until is None or not reports):
        return own_status
    latest = latest_report(reports, until=until, with_status=True)
    return latest["status"] if latest else (own_status if until is None else None)


def status_of(action: dict[str, Any] | Any) -> str | None:
    """The current status of an action as read from the graph (node properties or a views.Node)."""
    get = action.get
    return get("current_status") or get("status")
