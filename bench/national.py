"""National scale: 21 regions imported in one process (`ruslink import-many`), then the national overview
page (`/national`) drawn for all of them — the first request (the analyses it reads computed in the server)
and a repeat (kept per set of versions)."""

from __future__ import annotations

import statistics
import time
from typing import Any

import httpx

from graph.db import Database
from importers import many

REGIONS = 21


def import_regions(db: Database, prefix: str, *, scale: float = 1.0) -> dict[str, Any]:
    """Import REGIONS synthetic regions under PREFIX-01 … as `ruslink import-many --synth-regions` does."""
    sources = many.synthetic_sources(prefix, regions=REGIONS, scale=scale, seed=7)
    started = time.perf_counter()
    outcomes = many.import_many(db, sources)
    seconds = time.perf_counter() - started
    refused = [o.source.dataset for o in outcomes if not o.ok]
    if refused:
        raise RuntimeError(f"the benchmark's regions were refused: {refused}")
    return {
        "regions": REGIONS,
        "scale": scale,
        "dataset_rows": sum(o.rows for o in outcomes),
        "import_s": round(seconds, 2),
        "names": [o.source.dataset for o in outcomes],
    }


def page_times(base: str, prefix: str, *, repeats: int = 3) -> dict[str, Any]:
    """The national page of the 21 regions (`?prefix=`): the first request, then the median of `repeats`
    more (ms, whole response)."""
    times = []
    with httpx.Client(base_url=base, timeout=300.0) as client:
        for _ in range(repeats + 1):
            began = time.perf_counter()
            response = client.get("/national", params={"prefix": prefix})
            response.raise_for_status()
            times.append((time.perf_counter() - began) * 1000)
        rows = response.text.count("<tr data-dataset=")
    return {
        "datasets_shown": rows,
        "page_first_ms": round(times[0], 1),
        "page_ms": round(statistics.median(times[1:]), 1),
    }
