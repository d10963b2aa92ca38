"""One owner of every cached answer per app: sections with their own bounds under one policy, a response-bytes
section bounded by bytes, owners that do not see each other's entries, and totals that stay right under
threads."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from app.cached import RESPONSES
from graph.version_cache import Section, VersionCaches, app_caches, carried, current, using

SMALL = Section("test section", max_entries=50, max_weight=1_000)


def test_two_owners_keep_their_own_entries_and_each_is_current_where_it_is_used() -> None:
    first, second = VersionCaches("first"), VersionCaches("second")
    with using(first):
        SMALL.here().put(("s", "d", "v1", "q"), "first answer")
        with ThreadPoolExecutor(max_workers=1) as pool:  # a thread the code starts takes the owner along
            pool.submit(carried(lambda: SMALL.here().put(("s", "d", "v1", "r"), "from a thread"))).result()
    with using(second):
        assert SMALL.here().get(("s", "d", "v1", "q")) is None
    assert first.section(SMALL).get(("s", "d", "v1", "q")) == "first answer"
    assert first.section(SMALL).get(("s", "d", "v1", "r")) == "from a thread"
    assert len(second) == 0


def test_an_apps_owner_is_current_while_it_runs_and_released_after() -> None:
    before = current()
    with app_caches() as owner:
        assert current() is owner
        SMALL.here().put(("s", "d", "v1", "q"), "kept")
        assert len(owner) == 1
    assert current() is before and owner.closed and len(owner) == 0
    owner.section(SMALL).put(("s", "d", "v2", "q"), "too late")  # a request finishing after shutdown
    assert len(owner) == 0


def test_the_response_bytes_section_drops_superseded_versions_and_stays_within_its_bytes() -> None:
    owner = VersionCaches("bytes")
    responses = owner.section(RESPONSES)
    body = b"x" * (RESPONSES.max_weight // 10)
    for i in range(30):
        responses.put(("s", f"d{i % 3}", "v1", "/api/x", f"q={i}"), ("etag", body, False), weight=len(body))
        assert responses.weight <= RESPONSES.max_weight and len(responses) <= RESPONSES.max_entries
    assert responses.weight == sum(responses.weights().values()) == len(responses) * len(body)
    responses.put(("s", "d0", "v2", "/api/x", ""), ("etag", b"new", False), weight=3)
    assert {v for _, d, v in responses.versions() if d == "d0"} == {"v2"}
    assert {d for _, d, _ in responses.versions()} == {"d0", "d1", "d2"}


def test_concurrent_puts_from_threads_keep_the_running_total_right() -> None:
    owner = VersionCaches("threads")
    cache = owner.section(SMALL)

    def fill(thread: int) -> None:
        for i in range(400):
            version = f"v{i // 100}"  # each thread moves its dataset on to newer versions as it goes
            cache.put(("s", f"d{thread % 4}", version, thread, i), i, weight=1 + (i * 7 + thread) % 40)
            cache.get(("s", f"d{(thread + 1) % 4}", version, thread, i - 1))

    threads = [threading.Thread(target=fill, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    kept = cache.weights()
    assert cache.weight == sum(kept.values()) <= SMALL.max_weight
    assert len(cache) == len(kept) <= SMALL.max_entries
    assert all(w == 1 + (k[4] * 7 + k[3]) % 40 for k, w in kept.items())
