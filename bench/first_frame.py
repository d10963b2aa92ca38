"""Time from navigation start to the first painted frame with final positions, for every goal view of the demo
and for the overview flow page, in Debian's chromium driven by playwright.

The server is cold for each view: the demo is imported under a fresh name just before, so every page is the
first request of that dataset version for that view, and its layout (Graphviz `dot`, label widths tried) runs
inside the timed navigation. The dataset's graph is read from Neo4j once, by whichever page comes first (the
flow page), and kept for the others, as the app does for every user. The browser's cache starts empty; the
pages' scripts and styles are fetched by the first page and then cached, as for anyone clicking through.

A new server process first serves the flow page and a goal view of another dataset (not timed): its page
code is imported and its templates compiled once per process, whatever the dataset.

The page takes the time itself (`window.ruslinkTimings.drawn`, `performance.now()` after the frame with the
laid-out SVG is painted), so a figure is the page's own clock from navigation start.
"""

from __future__ import annotations

import statistics
from typing import Any
from urllib.parse import quote

from bench.browser import ARGS, CHROMIUM

BUDGET_MS = 1000.0
"""The issue's target: a diagram is drawn within one second of navigation."""
QUICK_GOALS = 6
"""`--quick` times this many goal views (the vision, areas and goals in the demo's order), and says so."""
VIEWPORT = {"width": 1920, "height": 1080}
_DRAWN = "() => window.ruslinkTimings && window.ruslinkTimings.drawn"


def unmeasured(reason: str) -> dict[str, Any]:
    """The figures as nulls, with the reason they were not taken."""
    return {"views": [], "goal": None, "flow": None, "reason": reason}


def summary(times: list[float]) -> dict[str, Any] | None:
    """Median and max of one kind of view, or None when none was timed."""
    if not times:
        return None
    return {"views": len(times), "median_ms": round(statistics.median(times), 1), "max_ms": round(max(times), 1)}


def measure(base: str, dataset: str, goals: list[str], *, warm: str, quick: bool = False) -> dict[str, Any]:
    """First-frame times of the flow page and each goal view of `dataset` on the app at `base`.

    The pages of another dataset, `warm`, are opened first and not timed: a new server process imports its
    page code and compiles its templates on first use, once per process, which is not the view's cost."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return unmeasured("playwright is not installed")
    if not CHROMIUM.exists():
        return unmeasured(f"no chromium at {CHROMIUM}")
    timed = goals[:QUICK_GOALS] if quick else goals
    pages = [("flow", "overview", f"/datasets/{quote(dataset)}/flow", "#flow-canvas[data-ready='1']")]
    pages += [
        ("goal", g, f"/datasets/{quote(dataset)}/goals/{quote(g, safe='')}", "svg.ruslink-diagram[data-drawn='1']")
        for g in timed
    ]
    views: list[dict[str, Any]] = []
    warm_up = [f"/datasets/{quote(warm)}/flow", f"/datasets/{quote(warm)}/goals/{quote(goals[0], safe='')}"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = browser.new_page(viewport={"width": VIEWPORT["width"], "height": VIEWPORT["height"]})
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(base) else route.abort())
            for path in warm_up:
                page.goto(base + path)
            for kind, view, path, selector in pages:
                page.goto(base + path)
                page.wait_for_selector(selector, timeout=120_000)
                page.wait_for_function(_DRAWN, timeout=120_000)
                drawn = float(page.evaluate(_DRAWN))
                views.append({"kind": kind, "view": view, "first_frame_ms": round(drawn, 1)})
        finally:
            browser.close()
    out: dict[str, Any] = {
        "views": views,
        "goal": summary([v["first_frame_ms"] for v in views if v["kind"] == "goal"]),
        "flow": summary([v["first_frame_ms"] for v in views if v["kind"] == "flow"]),
        "goal_views_in_dataset": len(goals),
        "viewport": f"{VIEWPORT['width']}x{VIEWPORT['height']}",
    }
    if len(timed) < len(goals):
        out["subset"] = f"--quick: {len(timed)} of {len(goals)} goal views timed (the full run times all)"
    return out


def verdict(figures: dict[str, Any]) -> dict[str, Any]:
    """The target: the slowest first frame of any view against one second, as a ratio (<= 1 is met)."""
    slowest = [s["max_ms"] for s in (figures.get("goal"), figures.get("flow")) if s]
    if not slowest:
        return {"ratio": None, "target": "<= 1", "met": None, "reason": figures.get("reason", "not measured")}
    worst = max(slowest)
    return {
        "ratio": round(worst / BUDGET_MS, 2),
        "target": "<= 1",
        "met": worst <= BUDGET_MS,
        "max_ms": worst,
        "budget_ms": BUDGET_MS,
    }


def markdown(figures: dict[str, Any], load: float | None = None) -> str:
    """The figures as a BENCHMARKS.md table: median and max per kind, then every view."""
    if not figures["views"]:
        return f"First frame: not measured ({figures.get('reason', '')})."
    judged = verdict(figures)
    lines = [
        f"**First frame with final positions** (chromium {figures['viewport']}, server cold per view"
        + (f", 1-min load {load:g}" if load is not None else "")
        + ")",
        "",
        "| kind | views | median ms | max ms |",
        "|---|---:|---:|---:|",
    ]
    for kind, label in (("goal", "goal views"), ("flow", "overview (flow)")):
        s = figures.get(kind)
        if s:
            lines.append(f"| {label} | {s['views']} | {s['median_ms']:g} | {s['max_ms']:g} |")
    lines += [
        "",
        f"Within 1 s: {'yes' if judged['met'] else 'NO'} (slowest {judged['max_ms']:g} ms)."
        + (f" {figures['subset']}." if figures.get("subset") else ""),
        "",
        "| view | first frame ms |",
        "|---|---:|",
    ]
    lines += [f"| {v['view']} | {v['first_frame_ms']:g} |" for v in figures["views"]]
    return "\n".join(lines + [""])
