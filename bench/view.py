"""The network view of a 2,000-node graph: the graph endpoint's time, and the explorer's time to interactive
in headless chromium against pyvis's stock output of the same graph.

Time to interactive is measured from navigation start in the page's own clock (`performance.now()`):
- ruslink: until the explorer marks `#network[data-ready="1"]` (positions computed before the page
  loads, physics off, first frame drawn);
- stock pyvis: until its `stabilizationIterationsDone` event, when its loading bar lifts (the layout still
  moves after that, so this favours pyvis). The wait is capped; a capped run reports the cap, and the
  speed-up is then a lower bound (`pyvis_capped`).
The stock page is pyvis's own template, with only its CDN references replaced by the app's pinned
vis-network (the benchmark runs offline) and every other host cut off.
"""

from __future__ import annotations

import contextlib
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from bench.browser import ARGS, CHROMIUM

VIS = "/static/vendor/vis-network/vis-network.min.js"
VIEW_NODES = 2000


def skipped(reason: str, **known: Any) -> dict[str, Any]:
    """The view's figures as nulls, with the reason they were not taken."""
    return {
        "nodes": None,
        "endpoint_ms": None,
        "interactive_ms": None,
        "pyvis_interactive_ms": None,
        "speedup": None,
        **known,
        "reason": reason,
    }


def _stock_pyvis(graph: dict[str, Any], base: str, folder: Path) -> Path:
    """pyvis's stock page for the graph's nodes and edges, reading vis-network from the app."""
    from pyvis.network import Network

    net = Network(directed=True)
    for node in graph["nodes"]:
        net.add_node(node["id"], label=str(node.get("label") or node["id"]))
    for edge in graph["edges"]:
        net.add_edge(edge["from"], edge["to"])
    path = folder / "stock.html"
    with contextlib.chdir(folder):  # pyvis copies its lib/ folder into the current directory
        net.write_html(path.name)
    return _offline(path, base)


def _offline(path: Path, base: str, before_body_end: str = "") -> Path:
    """pyvis's page rewritten to load vis-network from the app and nothing from CDNs."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if "vis-network" in line and "<script" in line and "src=" in line:
            lines.append(f'<script src="{base}{VIS}"></script>')
        elif ("<script" in line or "<link" in line) and "https://" in line:
            continue  # bootstrap and the stylesheet from CDNs: offline here, and not part of the layout
        else:
            if "</body>" in line and before_body_end:
                lines.append(before_body_end)
            lines.append(line)
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


_PYVIS_SETTLED = """cap => new Promise(resolve => {
    const bar = () => document.getElementById('loadingBar');
    const poll = () => {
        const settled = typeof network !== 'undefined' && bar() && bar().style.opacity === '0';
        if (settled) { return resolve(performance.now()); }
        if (performance.now() > cap) { return resolve(null); }
        setTimeout(poll, 25);
    };
    poll();
})"""


def measure(base: str, dataset: str, *, pyvis_cap_s: float = 120.0) -> dict[str, Any]:
    """The view's figures for `dataset` on the app at `base`, or nulls with the reason they are missing."""
    probe = httpx.get(f"{base}/api/datasets/{dataset}/graph", timeout=120.0)
    if probe.status_code == 404 and probe.json().get("error", {}).get("code") == "not_found":
        return skipped("the network view (GET /api/datasets/{dataset}/graph) is not in this checkout")
    probe.raise_for_status()
    graph = probe.json()
    times = []
    for _ in range(3):
        began = time.perf_counter()
        httpx.get(f"{base}/api/datasets/{dataset}/graph", timeout=120.0).raise_for_status()
        times.append((time.perf_counter() - began) * 1000)
    endpoint = {
        "nodes": len(graph["nodes"]),
        "edges": len(graph["edges"]),
        "endpoint_ms": round(statistics.median(times), 1),
    }
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return skipped("playwright is not installed", **endpoint)
    if not CHROMIUM.exists():
        return skipped(f"no chromium at {CHROMIUM}", **endpoint)
    with sync_playwright() as p, tempfile.TemporaryDirectory(prefix="ruslink-view-") as folder:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            page = _offline_page(browser, base)
            ours = []
            for _ in range(3):  # the first load also warms the browser's and server's caches
                page.goto(f"{base}/datasets/{dataset}/explore")
                page.wait_for_selector('#network[data-ready="1"]', timeout=120_000)
                ours.append(page.evaluate("() => window.ruslinkTimings.ready"))
            interactive = min(ours[1:])
            cap_ms = pyvis_cap_s * 1000
            # Not waiting for "load": stock pyvis runs its layout while the page loads.
            page.goto(_stock_pyvis(graph, base, Path(folder)).as_uri(), wait_until="commit")
            settled = page.evaluate(_PYVIS_SETTLED, cap_ms)
        finally:
            browser.close()
    pyvis_ms = settled if settled is not None else cap_ms
    return {
        **endpoint,
        "interactive_ms": round(interactive, 1),
        "pyvis_interactive_ms": round(pyvis_ms, 1),
        "pyvis_capped": settled is None,
        "speedup": round(pyvis_ms / interactive, 1),
    }


def _same_positions_pyvis(graph: dict[str, Any], base: str, folder: Path) -> Path:
    """pyvis's page for the same nodes at ruslink's precomputed positions, physics off: the fair comparison
    (the layout method is then the same, only the drawing differs)."""
    from pyvis.network import Network
    from pyvis.node import Node

    net = Network(directed=True)
    # Nodes are set directly: Network.add_node checks ids against a list (quadratic at 10k nodes).
    net.nodes = [
        Node(
            n["id"], n.get("shape", "dot"), label=str(n.get("label") or n["id"]), x=n.get("x"), y=n.get("y"), color=None
        ).options
        for n in graph["nodes"]
    ]
    net.node_ids = [n["id"] for n in graph["nodes"]]
    net.edges = [{"from": e["from"], "to": e["to"], "arrows": "to"} for e in graph["edges"]]
    net.toggle_physics(False)
    path = folder / "same-positions.html"
    with contextlib.chdir(folder):
        net.write_html(path.name)
    # Two frames after the network is built: its first drawing is on screen.
    return _offline(
        path,
        base,
        "<script>requestAnimationFrame(() => requestAnimationFrame(() => "
        "{ window.sameReady = performance.now(); }));</script>",
    )


_PAN_P50 = """name => {
    const net = name === 'pyvis' ? network : window.ruslinkNetwork;
    const canvas = document.querySelector('canvas');
    const times = [];
    const start = net.getViewPosition();
    for (let i = 1; i <= 31; i++) {
        net.moveTo({position: {x: start.x + 40 * i, y: start.y + 25 * i}, animation: false});
        const began = performance.now();
        net.renderer._redraw();
        // Reading a pixel back makes the canvas finish drawing the frame, so its whole cost is timed.
        canvas.getContext('2d').getImageData(0, 0, 1, 1);
        times.push(performance.now() - began);
    }
    times.sort((a, b) => a - b);
    return times[15];
}"""
"""Pan frame p50: 31 moves of the view (a second of panning at 30 frames a second), each timed from the redraw
until its pixels are drawn. Nine moves, before, made a p50 of frames under a millisecond that one pause of the
machine could double."""

_OURS = """() => ({first: window.ruslinkTimings.ready, interactive: window.ruslinkTimings.interactive,
    renderer: document.getElementById('network').getAttribute('data-renderer')})"""

SIZES = (("500", 500), ("2k", 2000), ("5k", 5000), ("10k", 10000))
"""The view's sizes (nodes of the full network): name suffix and target node count."""
NODES_PER_SCALE = 182
"""Nodes of the full network view per unit of `synth` scale (2,027 at scale 11, 12,394 at 55 with groups)."""


def scale_for(nodes: int) -> float:
    """The synthetic scale whose full network has about `nodes` nodes."""
    return round(nodes / NODES_PER_SCALE, 2)


def rss_mb(port: int) -> float | None:
    """Resident memory of the server process listening on `port` and its children, in MB (None if not found)."""
    proc = Path("/proc")
    found: list[int] = []
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            args = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"--port" in args and str(port).encode() in args:
            found.append(int(entry.name))
    total = 0
    for pid in found:
        for p in [pid, *_children(pid)]:
            try:
                for line in (proc / str(p) / "status").read_text().splitlines():
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            except OSError:
                continue
    return round(total / 1024, 1) if found else None


def _children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(c) for c in text.split()]


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 1)


def wait_prepared(base: str, dataset: str, *, since: float, timeout_s: float = 600.0) -> float:
    """Wait until the app at `base` has prepared the explorer of `dataset`'s current version (app/prepare.py);
    returns the ms from `since` (a `time.perf_counter()` taken before the import began)."""
    deadline = time.monotonic() + timeout_s
    while not httpx.get(f"{base}/api/datasets/{dataset}/prepared", timeout=60.0).json()["prepared"]:
        if time.monotonic() > deadline:
            raise TimeoutError(f"the app did not prepare {dataset} within {timeout_s:.0f} s")
        time.sleep(0.05)
    return round((time.perf_counter() - since) * 1000, 1)


def sizes(
    base: str,
    datasets: list[str],
    *,
    warm_runs: int = 3,
    browser: Any = None,
    import_copy: Callable[[str], str] | None = None,
    prepared_ms: dict[str, float] | None = None,
) -> list[dict[str, Any]]:
    """Per dataset, the full network (`?actions=all`: every row on its own, as pyvis is given it):

    - ruslink's explorer: first frame and interactive (drawn with the analyses' marks on it), cold (the first
      load of the version, imported while the app ran and prepared by it in the background: browser cache
      empty, nothing of the version requested before; the browser has been started and has shown the app's
      start page, `_arrive`) and warm (median of `warm_runs`);
    - with `import_copy` (imports a copy of the dataset and returns its name): the copy opened at once after its
      import, before the app could prepare it (`at_once_interactive_ms`, detail);
    - pyvis with the same nodes, edges and positions, physics off: its first frame (it has no marks), median
      of `warm_runs`;
    - pan frame p50 of both (31 moves, one frame each).

    Empty when no browser is available. `browser`: a playwright chromium already running (else one is started)."""
    out: list[dict[str, Any]] = []
    prepared = prepared_ms or {}
    if browser is not None:
        _arrive(browser, base)
        with tempfile.TemporaryDirectory(prefix="ruslink-view-") as folder:
            return [
                _one_size(
                    browser, base, dataset, Path(folder), warm_runs, import_copy=import_copy, prepared_ms=prepared
                )
                for dataset in datasets
            ]
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return out
    if not CHROMIUM.exists():
        return out
    with sync_playwright() as p, tempfile.TemporaryDirectory(prefix="ruslink-view-") as folder:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            _arrive(browser, base)
            for dataset in datasets:
                out.append(
                    _one_size(
                        browser, base, dataset, Path(folder), warm_runs, import_copy=import_copy, prepared_ms=prepared
                    )
                )
        finally:
            browser.close()
    return out


def _arrive(browser: Any, base: str) -> None:
    """Open the app's start page, as a user does before the explorer, in a context of its own (closed after):
    the browser's own start (its processes, fonts, graphics) is then not counted in the first size's cold load,
    and no file of the explorer is in any cache."""
    page = _offline_page(browser, base)
    page.goto(f"{base}/", timeout=600_000)
    page.close()


def _offline_page(browser: Any, base: str) -> Any:
    """A browser page (a context of its own, so an empty cache) that reaches only the app and local files."""
    page = browser.new_page(viewport={"width": 1600, "height": 1000})
    page.route(
        "**/*", lambda route: route.continue_() if route.request.url.startswith((base, "file:")) else route.abort()
    )
    return page


def _explorer_load(page: Any, base: str, dataset: str) -> dict[str, Any]:
    """Open the explorer on the full network and wait until it is drawn with its marks; its timings."""
    page.goto(f"{base}/datasets/{dataset}/explore?actions=all", timeout=600_000)
    page.wait_for_selector('#network[data-findings="1"]', timeout=600_000)
    return dict(page.evaluate(_OURS))


def _one_size(
    browser: Any,
    base: str,
    dataset: str,
    folder: Path,
    warm_runs: int,
    *,
    import_copy: Callable[[str], str] | None,
    prepared_ms: dict[str, float],
) -> dict[str, Any]:
    """The figures of one dataset (see `sizes`)."""
    page = _offline_page(browser, base)
    runs = [_explorer_load(page, base, dataset) for _ in range(1 + warm_runs)]  # the first load is the cold one
    pan = page.evaluate(_PAN_P50, "ruslink")
    page.close()
    at_once = None
    if import_copy is not None:
        fresh = _offline_page(browser, base)  # its own empty cache
        copy = import_copy(dataset)
        at_once = _explorer_load(fresh, base, copy)["interactive"]
        fresh.close()
        # The app prepares the copy in the background as well; the next size's cold load is not to share the
        # machine with that.
        wait_prepared(base, copy, since=time.perf_counter())
    # The rows the explorer draws with ?actions=all (every node on its own, without the gathered boxes), at
    # its positions: from the columns the explorer itself was sent.
    graph = from_columns(
        httpx.get(
            f"{base}/api/datasets/{dataset}/graph/columns",
            params={"view": "network", "layout": "layered"},
            timeout=600.0,
        ).json()
    )
    graph = {
        "nodes": [n for n in graph["nodes"] if n["type"] != "ActionGroup"],
        "edges": [e for e in graph["edges"] if not e.get("gathered")],
    }
    same_page = _same_positions_pyvis(graph, base, folder)
    same, same_pan = [], None
    for _ in range(warm_runs):
        page = _offline_page(browser, base)
        page.goto(same_page.as_uri(), timeout=600_000)
        page.wait_for_function("() => window.sameReady !== undefined", timeout=600_000)
        same.append(page.evaluate("() => window.sameReady"))
        same_pan = page.evaluate(_PAN_P50, "pyvis")
        page.close()
    warm = runs[1:]
    return {
        "nodes": len(graph["nodes"]),
        "ruslink_interactive_ms": _median([r["interactive"] for r in warm]),
        "pyvis_same_positions_ms": _median(same),
        "pan_p50_ms": round(pan, 1),
        "cold_interactive_ms": round(runs[0]["interactive"], 1),
        DETAIL: {
            "dataset": dataset,
            "edges": len(graph["edges"]),
            "renderer": runs[0]["renderer"],
            "ruslink_first_frame_ms": _median([r["first"] for r in warm]),
            "cold_first_frame_ms": round(runs[0]["first"], 1),
            "pyvis_pan_p50_ms": round(same_pan, 1) if same_pan is not None else None,
            "prepared_after_import_ms": prepared_ms.get(dataset),
            "at_once_interactive_ms": round(at_once, 1) if at_once is not None else None,
        },
    }


def from_columns(body: dict[str, Any]) -> dict[str, Any]:
    """The explorer's columns (`/graph/columns`, viz.compact) back as node and edge objects, styles included
    (a column a row has no value in is left out of that row, as the page reads it)."""

    def rows(table: dict[str, Any]) -> list[dict[str, Any]]:
        columns, styles, refs = table["columns"], table["styles"], table["style"]
        return [
            {**styles[refs[i]], **{c: v[i] for c, v in columns.items() if v[i] is not None}}
            for i in range(table["count"])
        ]

    return {"nodes": rows(body["nodes"]), "edges": rows(body["edges"])}


def graph_api_rss(base: str, datasets: list[str]) -> float | None:
    """The server's resident memory after it has also served the JSON graph API (`/api/datasets/{d}/graph`,
    every finding per row) of each dataset: beside the explorer's figure, what an API client asking for whole
    large graphs costs."""
    for dataset in datasets:
        httpx.get(f"{base}/api/datasets/{dataset}/graph", timeout=600.0).raise_for_status()
    return rss_mb(int(base.rsplit(":", 1)[1]))


DETAIL = "_detail"
"""Key of the figures beside the five `view.sizes` keys; `split_details` moves them to `view.sizes_detail`."""


def split_details(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(`view.sizes` with exactly its five keys, the further figures of each size in the same order)."""
    return [{k: v for k, v in r.items() if k != DETAIL} for r in rows], [r.get(DETAIL, {}) for r in rows]
