"""`ruslink bench --quick --json`: one JSON object, every figure present, every target judged.

The targets are ratios between figures taken in the same run (BENCHMARKS.md); no absolute time is
asserted anywhere.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from graph.analyses import ANALYSIS_NAMES

FULL_RUN_ONLY = {
    "view_vs_pyvis",
    "import_cold_vs_warm",
    "api_2_workers_vs_issue_time",
    "view_vs_pyvis_same_positions",
    "view_pan_10k_vs_2k",
    "view_cold_vs_warm",
    "server_rss_after_views_mb",
}
"""Targets `--quick` leaves unmeasured (with the reason): they need a restart, a browser per size or git history."""

RUSLINK = Path(sys.executable).parent / "ruslink"


@pytest.fixture(scope="module")
def bench(neo4j_server: dict) -> dict:
    settings = neo4j_server["settings"]
    env = {**os.environ, "NEO4J_URI": neo4j_server["uri"], "NEO4J_USER": settings.neo4j_user}
    if settings.neo4j_password:
        env["NEO4J_PASSWORD"] = settings.neo4j_password.get_secret_value()
    done = subprocess.run(
        [str(RUSLINK), "bench", "--quick", "--json"], env=env, capture_output=True, text=True, timeout=600
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout)


def test_bench_json_has_the_documented_shape(bench: dict) -> None:
    assert {"import", "analyses", "view", "api", "targets"} <= set(bench)
    imp = bench["import"]
    assert imp["rows"] > 10_000
    assert all(imp[k] > 0 for k in ("rows_per_s", "naive_rows_per_s", "ceiling_rows_per_s"))
    assert set(bench["analyses"]) == set(ANALYSIS_NAMES)
    for timings in bench["analyses"].values():
        assert set(timings) == {"scale_1", "scale_4", "scale_16"} and all(v > 0 for v in timings.values())
    assert bench["api"]["concurrent"]["clients"] == 20 and bench["api"]["single"]["clients"] == 1
    assert bench["api"]["single"]["errors"] == 0 and bench["api"]["concurrent"]["errors"] == 0
    assert imp["batched_rows_per_s"] > 0 and imp["batched_batch_rows"] > 1
    assert "cold_rows_per_s" in imp  # null in --quick, with the reason beside it
    assert imp["cold_rows_per_s"] is not None or imp["cold_reason"]
    assert isinstance(bench["view"]["sizes"], list)
    for size in bench["view"]["sizes"]:
        assert set(size) == {
            "nodes",
            "ruslink_interactive_ms",
            "pyvis_same_positions_ms",
            "pan_p50_ms",
            "cold_interactive_ms",
        }
    saturated = bench["api"]["saturated"]
    assert [s["clients"] for s in saturated] == [1, 20]
    assert all(s["rps"] > 0 and s["p95_ms"] > 0 and s["errors"] == 0 for s in saturated)
    assert all(s["workers"] == 2 for s in saturated)
    one_worker = bench["api"]["saturated_one_worker"]
    assert [s["clients"] for s in one_worker] == [1, 20]
    assert all(s["rps"] > 0 and s["errors"] == 0 for s in one_worker)
    assert bench["api"]["saturated_2_workers_vs_1"] > 0
    # Saturated on the cached graph and analyses, not on the cheap health answer.
    paths = bench["api"]["saturated_paths"]
    assert paths[0].endswith("/graph") and all("/analyses/" in p for p in paths[1:]) and len(paths) > 5
    # The true ceiling is the writes alone; the old figure (reading the file too) stays beside it.
    assert imp["ceiling_rows_per_s"] == imp["ceiling_writes_only_rows_per_s"]
    assert imp["ceiling_with_read_rows_per_s"] > 0
    assert set(bench["analyse_all"]) >= {"cold_ms", "warm_ms"}
    assert set(bench["targets"]) == {
        "import_vs_naive",
        "import_vs_ceiling",
        "import_vs_batched",
        "import_cold_vs_warm",
        "analyses_16x_vs_1x",
        "view_vs_pyvis",
        "api_p95_20_vs_1",
        "national_page_ms",
        "diagram_first_frame_vs_1s",
        "api_2_workers_vs_issue_time",
        "view_vs_pyvis_same_positions",
        "view_pan_10k_vs_2k",
        "view_cold_vs_warm",
        "server_rss_after_views_mb",
    }
    nat = bench["national"]
    assert nat["regions"] == 21 and nat["dataset_rows"] > 10_000 and nat["import_s"] > 0
    assert nat["datasets_shown"] == 21 and nat["page_first_ms"] > 0 and nat["page_ms"] > 0


def test_bench_times_the_first_frame_of_goal_views_and_the_overview(bench: dict) -> None:
    """Navigation start to the first painted frame with final positions, per view, in chromium; median and
    max per kind, and the verdict against one second beside the other targets (its value is not asserted)."""
    figures = bench["diagrams"]["first_frame_ms"]
    kinds = {v["kind"] for v in figures["views"]}
    assert kinds == {"goal", "flow"}
    assert all(isinstance(v["first_frame_ms"], float | int) and v["first_frame_ms"] > 0 for v in figures["views"])
    assert "RUS-V" in {v["view"] for v in figures["views"]}
    for kind in ("goal", "flow"):
        s = figures[kind]
        assert isinstance(s["median_ms"], float | int) and isinstance(s["max_ms"], float | int)
        assert s["views"] == sum(v["kind"] == kind for v in figures["views"])
    assert figures["goal"]["views"] < figures["goal_views_in_dataset"] and "--quick" in figures["subset"]
    verdict = bench["targets"]["diagram_first_frame_vs_1s"]
    assert verdict["met"] in (True, False) and verdict["max_ms"] == max(
        figures["goal"]["max_ms"], figures["flow"]["max_ms"]
    )


def test_bench_reports_every_target_with_a_verdict(bench: dict) -> None:
    """Every target carries a measured ratio and a verdict (or a reason it was not measured).

    Whether a target is met depends on the machine's load; that belongs in BENCHMARKS.md, not in a
    pass/fail test.
    """
    for name, target in bench["targets"].items():
        assert target["met"] in (True, False, None), name
        if target["met"] is None:
            assert name in FULL_RUN_ONLY and target["reason"], (name, target)


def test_bench_leaves_no_dataset_behind(bench: dict, db) -> None:
    from graph import store

    assert not [d for d in store.list_datasets(db) if d["dataset"].startswith("ruslink-bench")]
