"""The first-frame figures as `ruslink bench --diagrams` prints them and as the targets judge them: median
and max per kind, the verdict against one second, every view listed (no time is asserted about this
machine: the figures are made up here)."""

from __future__ import annotations

from bench.first_frame import markdown, summary, unmeasured, verdict


def figures() -> dict:
    views = [
        {"kind": "flow", "view": "overview", "first_frame_ms": 640.0},
        {"kind": "goal", "view": "RUS-1", "first_frame_ms": 300.0},
        {"kind": "goal", "view": "RUS-1.1", "first_frame_ms": 1100.5},
        {"kind": "goal", "view": "RUS-1.2", "first_frame_ms": 500.0},
    ]
    return {
        "views": views,
        "goal": summary([v["first_frame_ms"] for v in views if v["kind"] == "goal"]),
        "flow": summary([640.0]),
        "goal_views_in_dataset": 5,
        "viewport": "1920x1080",
        "subset": "--quick: 3 of 5 goal views timed (the full run times all)",
    }


def test_first_frame_summary_is_median_and_max_per_kind() -> None:
    f = figures()
    assert f["goal"] == {"views": 3, "median_ms": 500.0, "max_ms": 1100.5}
    assert summary([]) is None


def test_first_frame_verdict_judges_the_slowest_view_against_one_second() -> None:
    judged = verdict(figures())
    assert judged == {"ratio": 1.1, "target": "<= 1", "met": False, "max_ms": 1100.5, "budget_ms": 1000.0}
    faster = figures() | {"goal": summary([300.0, 500.0])}
    assert verdict(faster)["met"] is True and verdict(faster)["max_ms"] == 640.0
    missing = verdict(unmeasured("no chromium at /usr/bin/chromium"))
    assert missing["met"] is None and "chromium" in missing["reason"]


def test_first_frame_markdown_has_a_row_per_kind_and_per_view_and_names_the_load_and_subset() -> None:
    text = markdown(figures(), load=3.5)
    assert "1-min load 3.5" in text and "chromium 1920x1080" in text
    assert "| goal views | 3 | 500 | 1100.5 |" in text and "| overview (flow) | 1 | 640 | 640 |" in text
    assert "Within 1 s: NO (slowest 1100.5 ms). --quick: 3 of 5 goal views timed" in text
    assert "| RUS-1.1 | 1100.5 |" in text and "| overview | 640 |" in text
    assert markdown(unmeasured("playwright is not installed")).startswith("First frame: not measured")
