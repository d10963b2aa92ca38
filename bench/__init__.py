"""`ruslink bench`: import speed, analysis scaling, view and API latency, measured side by side in one run.

Shared machines are noisy, so the benchmark reports ratios between figures taken in the same run, and the
targets (issue 7) are ratios: absolute times only indicate. See BENCHMARKS.md.
"""

from __future__ import annotations

import os
import platform
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import analyses, api, first_frame, imports, national, view
from bench.report import diagram_bench, render, server_env  # noqa: F401  (what `ruslink bench` calls)
from graph import local_neo4j, store
from graph.db import Database
from graph.errors import DatasetNotFound
from graph.settings import Settings
from graph.views import load_graph
from importers import synth
from importers.demo import load_demo
from importers.write import write_json

SCALES = (1, 4, 16)
VIEW_SCALE = 11
"""Synthetic scale whose network view has about 2,000 nodes (rows plus the reference rows they link to)."""
PREFIX = "ruslink-bench"

TARGETS = {
    "import_vs_naive": (">=", 20.0),
    "import_vs_ceiling": (">=", 0.5),
    "import_vs_batched": (">=", 0.8),
    "import_cold_vs_warm": ("<=", 2.0),
    "analyses_16x_vs_1x": ("<=", 18.0),
    "view_vs_pyvis": (">=", 10.0),
    "api_p95_20_vs_1": ("<=", 3.0),
    "national_page_ms": ("<=", 2000.0),
    "diagram_first_frame_vs_1s": ("<=", 1.0),
    "api_2_workers_vs_issue_time": (">=", 3.0),
    "view_vs_pyvis_same_positions": ("<=", 1.0),
    "view_pan_10k_vs_2k": ("<=", 4.0),
    "view_cold_vs_warm": ("<=", 2.0),
    "server_rss_after_views_mb": ("<=", 300.0),
}


def machine() -> dict[str, Any]:
    """The machine the figures come from."""
    cpu = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as handle:
            cpu = next((line.split(":", 1)[1].strip() for line in handle if line.startswith("model name")), "")
    except OSError:
        pass
    memory_gb = None
    try:
        memory_gb = round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1)
    except (ValueError, OSError):
        pass
    return {
        "nproc": os.cpu_count(),
        "memory_gb": memory_gb,
        "cpu": cpu or platform.processor(),
        "python": platform.python_version(),
        "load_1min": round(os.getloadavg()[0], 2),
    }


def _target(name: str, ratio: float | None, reason: str = "") -> dict[str, Any]:
    op, limit = TARGETS[name]
    if ratio is None:
        return {"ratio": None, "target": f"{op} {limit:g}", "met": None, "reason": reason}
    met = ratio >= limit if op == ">=" else ratio <= limit
    return {"ratio": round(ratio, 2), "target": f"{op} {limit:g}", "met": met}


def targets(result: dict[str, Any]) -> dict[str, Any]:
    """Each target's ratio, its limit and whether it is met (None, with a reason, when not measured)."""
    imp = result["import"]
    out = {
        "import_vs_naive": _target("import_vs_naive", imp["rows_per_s"] / imp["naive_rows_per_s"]),
        "import_vs_ceiling": _target("import_vs_ceiling", imp["rows_per_s"] / imp["ceiling_rows_per_s"]),
        "import_vs_batched": _target("import_vs_batched", imp["rows_per_s"] / imp["batched_rows_per_s"]),
        # The first import after `neo4j start` against a warm one: warm rate ÷ cold rate (time cold ÷ warm).
        "import_cold_vs_warm": _target(
            "import_cold_vs_warm",
            imp["rows_per_s"] / imp["cold_rows_per_s"] if imp.get("cold_rows_per_s") else None,
            imp.get("cold_reason", ""),
        ),
    }
    ratios = {name: t["scale_16"] / t["scale_1"] for name, t in result["analyses"].items()}
    worst = max(ratios, key=ratios.__getitem__)
    out["analyses_16x_vs_1x"] = _target("analyses_16x_vs_1x", ratios[worst]) | {"worst": worst}
    v = result["view"]
    out["view_vs_pyvis"] = _target("view_vs_pyvis", v.get("speedup"), v.get("reason", ""))
    # An absolute limit: the national overview of 21 regions drawn in two seconds (first request).
    out["national_page_ms"] = _target("national_page_ms", result["national"]["page_first_ms"])
    a = result["api"]
    single, many = a["single"]["p95_ms"], a["concurrent"]["p95_ms"]
    out["api_p95_20_vs_1"] = _target(
        "api_p95_20_vs_1", many / single if single and many else None, "no API latency measured"
    )
    out["diagram_first_frame_vs_1s"] = first_frame.verdict(result["diagrams"]["first_frame_ms"])
    # Issue 19: two workers at 20 clients without pauses against the code as it was when the issue was filed.
    out["api_2_workers_vs_issue_time"] = _target(
        "api_2_workers_vs_issue_time", a.get("saturated_2_workers_vs_issue_time"), a.get("issue_time_reason", "")
    )
    out.update(_size_targets(v))
    return out


def _size_targets(v: dict[str, Any]) -> dict[str, Any]:
    """Issue 19's view targets over `view.sizes` (full run): ruslink's interactive time ÷ pyvis's with the same
    positions at the worst size, the pan frame at the largest size ÷ at the size nearest 2,000 nodes, cold ÷ warm
    at the worst size; and the server's memory after serving those views (MB, an absolute limit)."""
    sizes = v.get("sizes") or []
    reason = v.get("sizes_reason") or "no view size measured (no browser)"
    if not sizes:
        return {
            name: _target(name, None, reason)
            for name in ("view_vs_pyvis_same_positions", "view_pan_10k_vs_2k", "view_cold_vs_warm")
        } | {"server_rss_after_views_mb": _target("server_rss_after_views_mb", None, reason)}
    same = {s["nodes"]: s["ruslink_interactive_ms"] / s["pyvis_same_positions_ms"] for s in sizes}
    cold = {s["nodes"]: s["cold_interactive_ms"] / s["ruslink_interactive_ms"] for s in sizes}
    largest = max(sizes, key=lambda s: s["nodes"])
    near_2k = min(sizes, key=lambda s: abs(s["nodes"] - 2000))
    worst_same, worst_cold = max(same, key=same.__getitem__), max(cold, key=cold.__getitem__)
    pan = largest["pan_p50_ms"] / near_2k["pan_p50_ms"] if near_2k["pan_p50_ms"] else None
    return {
        "view_vs_pyvis_same_positions": _target("view_vs_pyvis_same_positions", same[worst_same])
        | {"worst_nodes": worst_same},
        "view_pan_10k_vs_2k": _target("view_pan_10k_vs_2k", pan, "no pan frame at 2,000 nodes")
        | {"nodes": [near_2k["nodes"], largest["nodes"]]},
        "view_cold_vs_warm": _target("view_cold_vs_warm", cold[worst_cold]) | {"worst_nodes": worst_cold},
        "server_rss_after_views_mb": _target(
            "server_rss_after_views_mb", v.get("rss_mb_after_views"), "the server's memory could not be read"
        ),
    }


def run(
    db: Database, settings: Settings, *, quick: bool = False, progress: Callable[[str], None] = lambda _: None
) -> dict[str, Any]:
    """Run the whole benchmark against `db`; the datasets it loads are removed again at the end."""
    started = time.perf_counter()
    phases: dict[str, float] = {}

    def phase(name: str) -> None:
        phases[name] = round(time.perf_counter() - started, 1)
        progress(name)

    names: dict[Any, str] = {scale: f"{PREFIX}-s{scale}" for scale in SCALES}
    contents = {scale: synth.synthesize(scale=scale, seed=7) for scale in SCALES}
    result: dict[str, Any] = {"quick": quick, "machine": machine()}
    try:
        with tempfile.TemporaryDirectory(prefix="ruslink-bench-") as folder:
            files = {scale: Path(folder) / f"s{scale}.json" for scale in SCALES}
            for scale, path in files.items():
                write_json(contents[scale], path)
            phase("import")
            for scale in SCALES[:-1]:  # the smaller datasets also warm the server up
                imports.ruslink_import(db, files[scale], names[scale])
            result["import"] = _imports(db, files[16], names[16], contents[16], quick=quick)
        phase("analyses")
        result["analyses"] = analyses.time_all(db, {scale: names[scale] for scale in SCALES}, repeats=2 if quick else 7)
        phase("national")
        regions = national.import_regions(db, f"{PREFIX}-nat")
        names.update({f"nat-{n}": name for n, name in enumerate(regions.pop("names"))})
        result["national"] = regions
        if not quick:
            names["view"] = f"{PREFIX}-view"
            store.replace_dataset(db, names["view"], synth.synthesize(scale=VIEW_SCALE, seed=7))
            for suffix, _ in view.SIZES:  # the view at several sizes: imported while the server runs (`_served`)
                names[f"view-{suffix}"] = f"{PREFIX}-view-{suffix}"
                names[f"view-{suffix}-now"] = f"{PREFIX}-view-{suffix}-now"
        # The demo under a fresh name: every diagram page is then the first request of that version.
        names["demo"] = f"{PREFIX}-demo"
        load_demo(db, names["demo"])
        goals = [g.id for g in load_graph(db, names["demo"]).rus_goals()]
        result["view"], result["api"], result["diagrams"] = _served(
            settings, db, names, goals, quick=quick, progress=phase
        )
        result["national"].update(result["view"].pop("national"))
    finally:
        for name in names.values():
            _drop(db, name)
    cold = _cold_import(settings, contents[16], quick=quick)
    result["analyse_all"] = cold.pop("analyse_all")
    result["import"].update(cold)
    result["targets"] = targets(result)
    result["seconds"] = round(time.perf_counter() - started, 1)
    result["phases_started_at_s"] = phases
    return result


def _cold_import(settings: Settings, content: Any, *, quick: bool) -> dict[str, Any]:
    """The first import and the first `analyse all` after `neo4j start` (16× dataset), beside the same
    again warm. The local Neo4j is restarted and warmed as `ruslink neo4j start` does (app/warmup.py):
    that is what a user gets after a start. Only the full run on ruslink's own local Neo4j restarts a
    server."""
    if quick or not settings.uses_local_neo4j:
        why = "--quick" if quick else "NEO4J_URI: the benchmark restarts only ruslink's own local Neo4j"
        reason = f"not measured ({why})"
        return {
            "cold_rows_per_s": None,
            "cold_reason": reason,
            "analyse_all": {"cold_ms": None, "warm_ms": None, "reason": reason},
        }
    from app.warmup import warm
    from graph.analyses import forget_cached, run_all

    local_neo4j.stop(settings)
    local_neo4j.start(settings)
    db = Database.connect(settings)
    name = f"{PREFIX}-cold"
    try:
        warmed = warm(db)
        with tempfile.TemporaryDirectory(prefix="ruslink-bench-") as folder:
            path = Path(folder) / "cold.json"
            write_json(content, path)
            cold = imports.ruslink_import(db, path, name)
        times = []
        for _ in range(2):  # the first after start, then warm
            forget_cached()
            began = time.perf_counter()
            run_all(db, name)
            times.append(round((time.perf_counter() - began) * 1000, 1))
        _drop(db, name)
    finally:
        db.close()
    return {
        "cold_rows_per_s": round(cold["rows_per_s"], 1),
        "warmup_s": warmed["seconds"],
        "analyse_all": {"cold_ms": times[0], "warm_ms": times[1], "dataset": "scale 16", "warmup_s": warmed["seconds"]},
    }


def _sizes(db: Database, base: str, names: dict[Any, str]) -> list[dict[str, Any]]:
    """The view at every size. Each dataset is imported while the server runs, as a user imports one, and is
    opened once the app has prepared it (app/prepare.py); a second copy is opened at once after its import."""
    contents = {k: synth.synthesize(scale=view.scale_for(nodes), seed=7) for k, nodes in view.SIZES}
    prepared_ms = {}
    for k, _ in view.SIZES:
        began = time.perf_counter()
        store.replace_dataset(db, names[f"view-{k}"], contents[k])
        prepared_ms[names[f"view-{k}"]] = view.wait_prepared(base, names[f"view-{k}"], since=began)

    def import_copy(dataset: str) -> str:
        k = next(k for k, _ in view.SIZES if names[f"view-{k}"] == dataset)
        store.replace_dataset(db, names[f"view-{k}-now"], contents[k])
        return names[f"view-{k}-now"]

    return view.sizes(
        base, [names[f"view-{k}"] for k, _ in view.SIZES], import_copy=import_copy, prepared_ms=prepared_ms
    )


def _drop(db: Database, dataset: str) -> None:
    """Delete one of the benchmark's datasets, if its import got as far as creating it."""
    try:
        store.delete_dataset(db, dataset)
    except DatasetNotFound:
        pass


def _imports(db: Database, path: Path, dataset: str, content: Any, *, quick: bool) -> dict[str, Any]:
    """ruslink, ceiling and naive import rates on the 16× dataset: the median of interleaved rounds (ruslink
    and ceiling swap places every round), so that a burst of load from elsewhere sways one round, not the
    figure. The naive importer runs on a different sample of the rows each round."""
    rounds = 3 if quick else 5
    ours, ceiling, naive, batched = [], [], [], []
    # Each round imports under its own name, so no round's cleanup deletes an earlier round's version
    # inside the timing; the last round's name is the one the analyses use.
    names = [f"{dataset}-round{n}" for n in range(1, rounds)] + [dataset]
    try:
        for n, name in enumerate(names):
            if n % 2:
                ceiling.append(imports.ceiling_import(db, path))
            ours.append(imports.ruslink_import(db, path, name))
            if not n % 2:
                ceiling.append(imports.ceiling_import(db, path))
            naive.append(imports.naive_import(db, content, sample=150 if quick else 200, offset=n))
            if n < (2 if quick else rounds):
                batched.append(imports.batched_import(db, content))
    finally:
        for name in names[:-1]:
            _drop(db, name)

    def median_rate(runs: list[dict[str, Any]]) -> float:
        return round(statistics.median(r["rows_per_s"] for r in runs), 1)

    return {
        "rows": ours[0]["rows"],
        "dataset_rows": ours[0]["dataset_rows"],
        "rows_per_s": median_rate(ours),
        "naive_rows_per_s": median_rate(naive),
        # The true ceiling: the writes alone, from rows already in memory (no reading, no checks, no versioning).
        "ceiling_rows_per_s": round(statistics.median(r["writes_rows_per_s"] for r in ceiling), 1),
        "ceiling_writes_only_rows_per_s": round(statistics.median(r["writes_rows_per_s"] for r in ceiling), 1),
        "ceiling_with_read_rows_per_s": median_rate(ceiling),
        "rounds": rounds,
        "naive_rows": sum(r["rows"] for r in naive),
        "batched_rows_per_s": median_rate(batched),
        "batched_batch_rows": imports.BATCH,
    }


def _served(
    settings: Settings,
    db: Database,
    names: dict[Any, str],
    goals: list[str],
    *,
    quick: bool,
    progress: Callable[[str], None],
) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """The view, API and diagram figures, from one uvicorn child serving the benchmark's datasets."""
    with api.serve(server_env(settings)) as base:
        progress("diagrams")  # first, while the demo's views are still cold on this server
        diagrams = {"first_frame_ms": first_frame.measure(base, names["demo"], goals, warm=names[1], quick=quick)}
        port = int(base.rsplit(":", 1)[1])
        stages: dict[str, float | None] = {"after_diagrams": view.rss_mb(port)}
        progress("national-page")
        national_times = national.page_times(base, f"{PREFIX}-nat-")
        stages["after_national_page"] = view.rss_mb(port)
        progress("api")
        paths = ["/api/health", "/api/datasets"] + api.analysis_paths(base, names[4])
        api.saturate(base, paths, clients=2, requests_per_client=10, max_seconds=20)  # warm-up
        figures = api.compare(
            base,
            paths,
            clients=20,
            rounds=4 if quick else 10,
            single_requests=12 if quick else 24,
            requests_per_client=2 if quick else 3,
            think_s=api.THINK_S,
            single_think_s=api.SINGLE_THINK_S,
            max_seconds=45 if quick else 240,
        )
        out: dict[str, Any] = {
            "paths": paths,
            "think_ms": round(api.THINK_S * 1000),
            "single_think_ms": round(api.SINGLE_THINK_S * 1000),
            **figures,
        }
        # Without pauses: throughput and p95 when the server is the bottleneck, on the cached answers a
        # national audience asks for (the graph and the analyses), first with one worker process.
        cached = [f"/api/datasets/{names[4]}/graph"] + [p for p in paths if "/analyses/" in p]
        out["saturated_paths"] = cached
        api.saturate(base, cached, clients=1, requests_per_client=len(cached), max_seconds=120)  # fill the cache
        out["saturated_one_worker"] = [_saturated(base, cached, n, quick) for n in (1, 20)]
        stages["after_api"] = view.rss_mb(port)
        # The view at several sizes against pyvis with the same positions (full run only: a browser each).
        progress("view")
        sizes = [] if quick else _sizes(db, base, names)
        stages["after_views"] = None if quick else view.rss_mb(port)
        # Stock pyvis against the explorer at 2,000 nodes; it reads the JSON graph API (`/graph`, every finding
        # per row), so it comes after the memory figure of the views, with the graph API's own figure.
        shown = (
            view.skipped(
                "timed by the full run only: a 2,000-node view in two browsers takes longer than --quick allows"
            )
            if quick
            else view.measure(base, names["view"])
        )
        shown["national"] = national_times
        shown["sizes"], shown["sizes_detail"] = view.split_details(sizes)
        shown["rss_mb_after_views"] = stages["after_views"]
        shown["rss_mb_after_graph_api"] = (
            None if quick else view.graph_api_rss(base, [names[f"view-{k}"] for k, _ in view.SIZES])
        )
        shown["rss_mb_by_stage"] = stages
        if quick:
            shown["sizes_reason"] = "timed by the full run only (a browser per size)"
    # The same without pauses with two worker processes (`ruslink serve --workers 2`): each worker keeps
    # its own cache, so both are filled first.
    with api.serve(server_env(settings), workers=2) as base:
        progress("api-workers")
        api.saturate(base, cached, clients=2, requests_per_client=len(cached) * (1 if quick else 2), max_seconds=120)
        out["saturated"] = [_saturated(base, cached, n, quick) | {"workers": 2} for n in (1, 20)]
    one, two = out["saturated_one_worker"][-1]["rps"], out["saturated"][-1]["rps"]
    out["saturated_2_workers_vs_1"] = round(two / one, 2) if one else None
    out.update(_issue_time_api(settings, cached, two, quick=quick, progress=progress))
    return shown, out, diagrams


def _issue_time_api(
    settings: Settings, paths: list[str], two_workers_rps: float, *, quick: bool, progress: Callable[[str], None]
) -> dict[str, Any]:
    """ "Today's throughput" as issue 19 meant it: ruslink's code as it was then (`api.ISSUE_TIME`, one worker
    process, this environment's packages) serving the same cached graph and analyses of the same database to
    the same twenty clients, in this run; and the two workers' throughput against it. Full run only."""
    reason = ""
    if quick:
        reason = "not measured (--quick)"
    with tempfile.TemporaryDirectory(prefix="ruslink-bench-then-") as folder:
        source = None if quick else api.issue_time_source(Path(folder))
        if source is None and not reason:
            reason = "not measured: this is not a git checkout holding the issue's commit"
        if source is None:
            return {
                "saturated_issue_time": None,
                "saturated_2_workers_vs_issue_time": None,
                "issue_time_reason": reason,
            }
        progress("api-issue-time")
        with api.serve(server_env(settings), source=source) as base:
            api.saturate(base, paths, clients=2, requests_per_client=len(paths) * 2, max_seconds=300)  # its caches
            then = _saturated(base, paths, 20, quick) | {"commit": api.ISSUE_TIME}
    return {
        "saturated_issue_time": then,
        "saturated_2_workers_vs_issue_time": round(two_workers_rps / then["rps"], 2) if then["rps"] else None,
    }


def _saturated(base: str, paths: list[str], clients: int, quick: bool) -> dict[str, Any]:
    """`clients` back-to-back clients: {clients, rps, p95_ms, …}; the full run takes the median of three
    runs of 1,200 requests (by throughput), so that one burst of load from elsewhere does not make the figure."""
    runs = [
        api.saturate(
            base,
            paths,
            clients=clients,
            requests_per_client=(4 if quick else 60) * (20 // clients),
            max_seconds=20 if quick else 60,
        )
        for _ in range(1 if quick else 3)
    ]
    entry = sorted(runs, key=lambda r: r["requests_per_s"] or 0)[len(runs) // 2]
    entry["rps"] = entry["requests_per_s"]
    entry["errors"] = sum(r["errors"] for r in runs)
    return entry
