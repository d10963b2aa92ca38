"""Small hand-built datasets for the analysis tests, and unit tests of the pure helpers.

Every dataset here is illustrative test data with a known answer: a RUS with two goal areas
(RUS-1 with goals RUS-1.1 and RUS-1.2, RUS-2 with goal RUS-2.1) and two thematic plans P1 and P2.
"""

from __future__ import annotations

from graph.analyses.contribution import trend
from graph.analyses.linkage import natural_key, severity_of_score


def test_trend_follows_the_indicator_direction() -> None:
    newest_first = [{"period": "2024", "value": 80.0}, {"period": "2023", "value": 70.0}]
    assert trend(newest_first, "increase", 0.01) == "improving"
    assert trend(newest_first, "decrease", 0.01) == "worsening"
    assert trend([{"period": "2024", "value": 70.3}, {"period": "2023", "value": 70.0}], "increase", 0.01) == "flat"
    assert trend(newest_first[:1], "increase", 0.01) == "no_data"


def test_severity_and_natural_order_helpers() -> None:
    assert [severity_of_score(s) for s in (-3, -2, -1)] == ["high", "medium", "low"]
    assert sorted(["sdg:10", "sdg:8.2", "sdg:8"], key=natural_key) == ["sdg:8", "sdg:8.2", "sdg:10"]
