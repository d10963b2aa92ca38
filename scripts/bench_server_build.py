"""Time the server side of the explorer at two sizes: graph read, network build, endpoint and page.

Run against datasets made with `ruslink synth --dataset s16 --scale 16 --seed 7` (about 2k nodes) and
`--dataset s80 --scale 80` (about 10k). Each figure is cold (every cache emptied first) and then warm.
Usage: RUSLINK_HOME=... .venv/bin/python scripts/bench_server_build.py s16 s80
"""

from __future__ import annotations

import gzip
import sys
import time

from fastapi.testclient import TestClient

from app.main import create_app
from graph import views as gviews
from viz import views as vviews


def _clear() -> None:
    gviews._GRAPH_CACHE.clear()
    gviews._FINDINGS_CACHE.clear()
    vviews._NETWORK_CACHE.clear()
    for name in ("_BYTES_CACHE", "_PAYLOAD_CACHE"):
        cache = getattr(vviews, name, None)
        if cache is not None:
            cache.clear()


def _timed(client: TestClient, url: str) -> tuple[float, int, int]:
    start = time.perf_counter()
    r = client.get(url, headers={"accept-encoding": "gzip"})
    ms = (time.perf_counter() - start) * 1000
    assert r.status_code == 200, (url, r.status_code, r.text[:300])
    raw = len(r.content)
    wire = int(r.headers.get("content-length") or len(gzip.compress(r.content)) if "gzip" in
               r.headers.get("content-encoding", "") else raw)
    return ms, raw, wire


def main(datasets: list[str]) -> None:
    app = create_app()
    with TestClient(app) as client:
        db = app.state.db
        for ds in datasets:
            _clear()
            t0 = time.perf_counter()
            graph = gviews.load_graph(db, ds)
            read_ms = (time.perf_counter() - t0) * 1000
            t0 = time.perf_counter()
            data = vviews.network_view(graph, None)
            build_ms = (time.perf_counter() - t0) * 1000
            n = len(data.get("nodes") or data.get("columns", {}).get("id", []))
            print(f"{ds}: {n} nodes; read {read_ms:.0f} ms; build_network cold {build_ms:.0f} ms", flush=True)
            for url in (f"/api/datasets/{ds}/graph", f"/datasets/{ds}/explore"):
                _clear()
                cold = _timed(client, url)
                warm = min((_timed(client, url) for _ in range(3)), key=lambda x: x[0])
                print(f"  {url}: cold {cold[0]:.0f} ms, warm {warm[0]:.0f} ms, {cold[1] / 1e6:.2f} MB body,"
                      f" {cold[2] / 1e6:.2f} MB on the wire", flush=True)


if __name__ == "__main__":
    main(sys.argv[1:] or ["s16", "s80"])
