"""The view part of `ruslink bench`: the explorer against pyvis with the same positions, in Debian's chromium.

Only that it runs and reports numbers is checked here; the figures themselves are in BENCHMARKS.md (no test
asserts a time).
"""

from __future__ import annotations

from bench import api, view
from graph import store
from tests.support.uihelpers import small_dataset


def _env(neo4j_server: dict) -> dict[str, str]:
    settings = neo4j_server["settings"]
    env = {"NEO4J_URI": neo4j_server["uri"], "NEO4J_USER": settings.neo4j_user}
    if settings.neo4j_password:
        env["NEO4J_PASSWORD"] = settings.neo4j_password.get_secret_value()
    return env


def test_view_bench_sizes_report_every_figure_and_the_servers_memory(db, neo4j_server, browser) -> None:
    store.replace_dataset(db, "view-bench-small", small_dataset())
    with api.serve(_env(neo4j_server)) as base:
        rows = view.sizes(base, ["view-bench-small"], warm_runs=1, browser=browser)
        rss = view.rss_mb(int(base.rsplit(":", 1)[1]))
    sizes, detail = view.split_details(rows)
    assert len(sizes) == 1 and set(sizes[0]) == {
        "nodes",
        "ruslink_interactive_ms",
        "pyvis_same_positions_ms",
        "pan_p50_ms",
        "cold_interactive_ms",
    }
    assert sizes[0]["nodes"] >= 15
    assert all(sizes[0][k] > 0 for k in ("ruslink_interactive_ms", "pyvis_same_positions_ms", "cold_interactive_ms"))
    assert sizes[0]["pan_p50_ms"] >= 0
    assert detail[0]["renderer"] == "vis" and detail[0]["ruslink_first_frame_ms"] > 0
    assert rss is not None and rss > 10


def test_view_bench_scales_give_about_the_asked_number_of_nodes() -> None:
    assert [view.scale_for(n) for _, n in view.SIZES] == sorted(view.scale_for(n) for _, n in view.SIZES)
    assert 10 < view.scale_for(2000) < 12 and 50 < view.scale_for(10000) < 60
