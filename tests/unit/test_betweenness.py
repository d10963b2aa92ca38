"""`graph.analyses.betweenness` gives exactly networkx's betweenness (the `bridge` findings rank actors by it and
print it rounded): the same floats, exact and sampled, on connected and broken graphs, with ties."""

from __future__ import annotations

import random

import networkx as nx
import pytest

from graph.analyses.betweenness import betweenness


def graphs() -> list[nx.Graph]:
    out = [nx.path_graph(3), nx.star_graph(6), nx.cycle_graph(8), nx.complete_graph(5), nx.empty_graph(4)]
    rng = random.Random(11)
    for size, p in ((12, 0.2), (40, 0.08), (90, 0.05), (250, 0.02)):
        g = nx.gnp_random_graph(size, p, seed=rng.randrange(10_000))
        # Named and ordered as actors are: string ids, nodes added before edges, in a shuffled order.
        named = nx.Graph()
        order = list(g)
        rng.shuffle(order)
        named.add_nodes_from(f"A{v:03d}" for v in order)
        named.add_edges_from((f"A{u:03d}", f"A{v:03d}") for u, v in g.edges)
        out.append(named)
    return out


@pytest.mark.parametrize("graph", graphs(), ids=lambda g: f"{len(g)}n{g.number_of_edges()}e")
def test_betweenness_is_networkx_exactly(graph: nx.Graph) -> None:
    assert betweenness(graph) == nx.betweenness_centrality(graph, normalized=True)
    for k in (1, 2, len(graph) // 2, len(graph)):
        if 0 < k <= len(graph):
            ours = betweenness(graph, k=k, seed=2030)
            theirs = nx.betweenness_centrality(graph, k=k, normalized=True, seed=2030)
            assert ours.keys() == theirs.keys()
            assert all(ours[v] == theirs[v] or (ours[v] != ours[v] and theirs[v] != theirs[v]) for v in ours)
