"""What is kept of analysed and drawn datasets: only the current version of each dataset, within bounds,
and keyed by the store and version rather than by the id of an object that can be collected."""

from __future__ import annotations

from graph.version_cache import VersionCache


def test_bounded_caches_drop_the_least_recently_used_past_their_weight() -> None:
    cache = VersionCache("test", max_entries=100, max_weight=10)
    for i in range(5):
        cache.put(("s", f"d{i}", "v1", "q"), [0] * 3, weight=3)
    assert cache.weight <= 10 and cache.versions() == {("s", "d2", "v1"), ("s", "d3", "v1"), ("s", "d4", "v1")}
    cache.put(("s", "d4", "v2", "q"), [], weight=1)
    assert ("s", "d4", "v1") not in cache.versions()
    cache.put(("s", "big", "v1", "q"), [], weight=11)
    assert cache.get(("s", "big", "v1", "q")) is None
