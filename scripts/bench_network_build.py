"""Time `build_network` and the explorer page render on a saved dataset graph (no database, no server).

`--save NAME FILE` reads dataset NAME from the configured Neo4j and pickles its graph; `FILE...` then times
the build of each pickled graph, so two checkouts can be compared on identical input.
"""

from __future__ import annotations

import gzip
import json
import pickle
import sys
import time


def save(dataset: str, path: str) -> None:
    from graph.db import Database
    from graph.settings import get_settings
    from graph.views import load_graph

    db = Database.connect(get_settings())
    try:
        graph = load_graph(db, dataset)
        with open(path, "wb") as fh:
            pickle.dump(graph, fh)
    finally:
        db.close()


def timed(path: str) -> None:
    from graph.views import DatasetGraph
    from viz.network import build_network

    with open(path, "rb") as fh:
        graph = pickle.load(fh)
    fresh = DatasetGraph(graph.dataset, graph.key, graph.meta, graph.nodes, graph.links, graph.observations)
    start = time.perf_counter()
    data = build_network(fresh, lang="sv")
    build = (time.perf_counter() - start) * 1000
    body = json.dumps(data).encode()
    sys.stdout.write(
        f"{path}: {len(data['nodes'])} nodes, {len(data['edges'])} edges; build_network {build:.0f} ms; "
        f"JSON {len(body) / 1e6:.2f} MB, gzipped {len(gzip.compress(body, 5)) / 1e6:.2f} MB\n"
    )


if __name__ == "__main__":
    if sys.argv[1] == "--save":
        save(sys.argv[2], sys.argv[3])
    else:
        for p in sys.argv[1:]:
            timed(p)
