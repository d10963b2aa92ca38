"""The `progress` table: periods in order, import and export in every form, bad rows refused."""

from __future__ import annotations

from graph.progress import current_status, latest_period, normal_period, period_key, previous_period


def test_periods_are_ordered_by_when_they_end() -> None:
    periods = ["2025", "2024", "2025Q3", "2025H1", "2025-06-30", "2025-02", "2025Q1", "2025H2", "2026-01-15"]
    ordered = sorted(periods, key=period_key)
    assert ordered == ["2024", "2025-02", "2025Q1", "2025H1", "2025-06-30", "2025Q3", "2025", "2025H2", "2026-01-15"]
    assert latest_period(periods) == "2026-01-15"
    assert previous_period(periods, "2025") == "2025Q3"
    assert normal_period("2025h1") == "2025H1" and normal_period("2025H3") is None
    assert normal_period("2025Q5") is None and normal_period("2025-02-30") is None


def test_current_status_is_the_own_status_else_the_latest_report() -> None:
    reports = [
        {"period": "2025H1", "status": "ongoing"},
        {"period": "2025Q3", "status": "paused"},
        {"period": "2025", "status": None},
    ]
    assert current_status(None, reports) == "paused"
    assert current_status("completed", reports) == "completed"
    assert current_status(None, []) is None
    assert current_status(None, reports, until="2025H1") == "ongoing"
