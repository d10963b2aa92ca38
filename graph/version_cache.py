"""Caches of what was computed from one dataset version, bounded in size and rid of superseded versions.

A version never changes once readers follow it (an import writes a new one under a new key), so anything
computed from it may be kept. Without bounds the server grew by gigabytes over a few imports of a large
dataset: every entry here has a weight (rows, findings, nodes), the cache keeps a total weight and a number
of entries, least recently used out first, and keeping an entry of a dataset's version drops every entry of
the dataset's other versions (an old version is read only by requests already under way; they recompute).
Keys name the store by its identity, never by `id()` of an object that can be collected and its id reused.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any


def store_of(db: Any) -> str:
    """The store a Database reaches, by identity where known (a local store, or the store schema set-up saw)."""
    return str(getattr(db, "schema_store", None) or getattr(db, "expected_store", None) or "")


class VersionCache:
    """{key: value} where each key starts with (store, dataset, version); bounded by weight and count."""

    def __init__(self, name: str, *, max_entries: int, max_weight: int) -> None:
        self.name = name
        self.max_entries = max_entries
        self.max_weight = max_weight
        self._items: OrderedDict[tuple, tuple[Any, int]] = OrderedDict()
        self._current: dict[tuple[str, str], str] = {}
        self._weight = 0
        self._lock = threading.Lock()
        ALL.append(self)

    def get(self, key: tuple) -> Any | None:
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return None
            self._items.move_to_end(key)
            return item[0]

    def put(self, key: tuple, value: Any, weight: int = 1) -> None:
        """Keep `value`; drop other versions of the same dataset, then the least recently used past the bounds.
        A value heavier than the whole budget is not kept."""
        store, dataset, version = key[0], key[1], key[2]
        weight = max(1, weight)
        with self._lock:
            if self._current.get((store, dataset)) != version:
                self._current[(store, dataset)] = version
                for old in [k for k in self._items if k[0] == store and k[1] == dataset and k[2] != version]:
                    self._drop(old)
            if weight > self.max_weight:
                return
            if key in self._items:
                self._drop(key)
            self._items[key] = (value, weight)
            self._weight += weight
            while self._items and (len(self._items) > self.max_entries or self._weight > self.max_weight):
                self._drop(next(iter(self._items)))

    def _drop(self, key: tuple) -> None:
        _, weight = self._items.pop(key)
        self._weight -= weight

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._current.clear()
            self._weight = 0

    def versions(self) -> set[tuple[str, str, str]]:
        """(store, dataset, version) of every entry kept (for tests and diagnostics)."""
        with self._lock:
            return {(k[0], k[1], k[2]) for k in self._items}

    @property
    def weight(self) -> int:
        return self._weight

    def __len__(self) -> int:
        return len(self._items)


ALL: list[VersionCache] = []
"""Every cache made, so tests and the benchmark can look at or clear them all."""
