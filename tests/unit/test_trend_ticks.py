"""The indicator charts' value axis: round ticks, no repeats, counts without decimals (no database)."""

from __future__ import annotations

import pytest

from viz.trends import nice_ticks, tick_decimals, tick_label


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (78.2, 80.1, [78.0, 78.5, 79.0, 79.5, 80.0, 80.5]),
        (282414, 300000, [280000.0, 285000.0, 290000.0, 295000.0, 300000.0]),
        (1.7, 2.1, [1.7, 1.8, 1.9, 2.0, 2.1]),
        (0, 1, [0.0, 0.25, 0.5, 0.75, 1.0]),
        (-5, 12, [-5.0, 0.0, 5.0, 10.0, 15.0]),
        (38, 38, [34.0, 36.0, 38.0, 40.0, 42.0]),
    ],
)
def test_ticks_are_round_and_cover_the_values(low, high, expected) -> None:
    ticks = nice_ticks(low, high)
    assert ticks == pytest.approx(expected)
    assert ticks[0] <= low and ticks[-1] >= high and len(set(ticks)) == len(ticks)


def test_tick_labels_are_distinct_and_counts_have_no_decimals() -> None:
    counts = nice_ticks(282414, 300000)
    assert [tick_label(v, tick_decimals(counts), "sv") for v in counts] == [
        "280\u00a0000",
        "285\u00a0000",
        "290\u00a0000",
        "295\u00a0000",
        "300\u00a0000",
    ]
    assert [tick_label(v, tick_decimals(counts), "en") for v in counts][:2] == ["280,000", "285,000"]
    small = nice_ticks(1, 7)
    assert [tick_label(v, tick_decimals(small), "sv") for v in small] == ["0", "2", "4", "6", "8"]
    rates = nice_ticks(78.2, 80.1)
    labels = [tick_label(v, tick_decimals(rates), "sv") for v in rates]
    assert labels == ["78,0", "78,5", "79,0", "79,5", "80,0", "80,5"] and len(set(labels)) == len(labels)
    tiny = nice_ticks(0.0121, 0.0124)
    tiny_labels = [tick_label(v, tick_decimals(tiny), "sv") for v in tiny]
    assert len(set(tiny_labels)) == len(tiny_labels)


def test_ticks_of_nothing_are_none() -> None:
    assert nice_ticks(float("nan"), 1.0) == []


def test_year_labels_never_crowd_and_keep_the_last_year() -> None:
    from viz.trends import year_ticks

    def px(year: float) -> float:
        return 76 + (year - 2020) * 21  # 2020–2040 across 420 px

    ticks = year_ticks([2020, 2021, 2022, 2023, 2040], px)
    assert [label for _, label in ticks] == ["2020", "2022", "2040"]
    assert all(b[0] - a[0] >= 40 for a, b in zip(ticks, ticks[1:], strict=False))
    assert year_ticks([2023], px) == [(px(2023), "2023")]
