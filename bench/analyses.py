"""Every analysis at 1×, 4× and 16× data: warm, median of several runs, through run_analysis."""

from __future__ import annotations

import statistics
import time

from graph.analyses import ANALYSIS_NAMES, forget_cached, run_analysis
from graph.db import Database


def time_all(db: Database, datasets: dict[int, str], *, repeats: int) -> dict[str, dict[str, float]]:
    """{name: {"scale_1": ms, "scale_4": ms, "scale_16": ms}}: each analysis's median time per scale.

    One analysis runs once per scale untimed (warming the page cache and the plans of the queries all
    analyses share); then the timed runs interleave the scales, so a burst of load on a shared machine
    hits all of them alike. Each timed run starts without the results and facts kept per dataset version:
    it measures the queries and the derivation, as the first request after an import does, not a cache.
    """
    for dataset in datasets.values():
        run_analysis(db, dataset, ANALYSIS_NAMES[0])
    out: dict[str, dict[str, float]] = {}
    for name in ANALYSIS_NAMES:
        times: dict[int, list[float]] = {scale: [] for scale in datasets}
        for _ in range(repeats):
            for scale, dataset in datasets.items():
                forget_cached()
                started = time.perf_counter()
                run_analysis(db, dataset, name)
                times[scale].append((time.perf_counter() - started) * 1000)
        out[name] = {f"scale_{scale}": round(statistics.median(times[scale]), 2) for scale in sorted(datasets)}
    return out
