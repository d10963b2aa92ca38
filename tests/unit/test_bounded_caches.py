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


def test_callers_asking_for_one_key_while_it_is_built_wait_for_that_build() -> None:
    """A page and the background preparation asking for the same graph at once: one build, one value."""
    import threading
    import time
    from concurrent.futures import ThreadPoolExecutor

    cache = VersionCache("test", max_entries=10, max_weight=100)
    builds = []
    started = threading.Event()

    def build() -> list[int]:
        builds.append(1)
        started.set()
        time.sleep(0.2)  # the others arrive while this runs
        return [len(builds)]

    key = ("s", "d", "v1", "graph")
    with ThreadPoolExecutor(4) as pool:
        first = pool.submit(cache.get_or_build, key, build)
        started.wait()
        rest = [pool.submit(cache.get_or_build, key, build) for _ in range(3)]
        values = [first.result()] + [f.result() for f in rest]
    assert builds == [1]
    assert all(v is values[0] for v in values)
    other = cache.get_or_build(("s", "d", "v1", "other"), lambda: [9])
    assert other == [9] and len(builds) == 1
