"""Every analysis at 1×, 4× and 16× data: warm, median of several runs, through run_analysis."""

from __future__ import annotations

import importlib.util
import statistics
import time
from graph.analyses import ANALYSIS_NAMES, run_analysis
from graph.db import Database


def available() -> list[str]:
    """The analyses whose module exists in this checkout."""
    return [name for name in ANALYSIS_NAMES if importlib.util.find_spec(f"graph.analyses.{name}") is not None]


def _forget_facts() -> None:
    """Drop the facts the analyses keep per dataset version, so that a timed run fetches and derives them
    as the first request after an import does; otherwise every run after the first only reads a cache."""
    try:
        from graph.analyses import linkage
    except ImportError:
        return
    with linkage._LOCK:
        linkage._CACHE.clear()


def time_all(db: Database, datasets: dict[int, str], *, repeats: int) -> dict[str, dict[str, float]]:
    """{name: {"scale_1": ms, "scale_4": ms, "scale_16": ms}} for every analysis present: median warm time.

    One analysis runs once per scale untimed (warming the page cache and the plans of the queries all
    analyses share); then the timed runs interleave the scales, so a burst of load on a shared machine hits all of them alike. Each timed run
    starts without the version's cached facts: it measures the query work and the derivation, not a cache.
    """
    out: dict[str, dict[str, float]] = {}
    names = available()
    for dataset in datasets.values():  # the analyses share their queries: one run per scale warms them all
        if names:
            run_analysis(db, dataset, names[0])
    for name in names:
        times: dict[int, list[float]] = {scale: [] for scale in datasets}
        for _ in range(repeats):
            for scale, dataset in datasets.items():
                _forget_facts()
                started = time.perf_counter()
                run_analysis(db, dataset, name)
                times[scale].append((time.perf_counter() - started) * 1000)
        out[name] = {f"scale_{scale}": round(statistics.median(times[scale]), 2) for scale in sorted(datasets)}
    return out
