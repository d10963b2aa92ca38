"""Caches of what was computed from one dataset version, bounded in size and rid of superseded versions,
all held by one owner per app (or per CLI process).

A version never changes once readers follow it (an import writes a new one under a new key), so anything
computed from it may be kept. Without bounds the server grew by gigabytes over a few imports of a large
dataset: every entry here has a weight (rows, findings, nodes, bytes), each section keeps a running total
weight and a number of entries, least recently used out first, and keeping an entry of a dataset's version
drops every entry of the dataset's other versions (an old version is read only by requests already under
way; they recompute). Keys name the store by its identity, never by `id()` of an object that can be
collected and its id reused.

Who owns the caches: a `VersionCaches` holds every section (analyses, query answers, graphs, networks,
response bytes, …). The web app makes one in its lifespan, keeps it on `app.state.caches` and closes it at
shutdown, so two apps in one process never share answers and a stopped app keeps nothing. Code in `graph/`
and `viz/` names its section with a module-level `Section` (bounds only, no data) and asks `current()` for
the owner when it runs. "Current" is, in this order:

1. the owner a request runs under: `app.cached.CurrentCaches` sets a context variable from
   `scope["app"].state.caches` in the request's own task, and Starlette's thread pool (anyio) runs sync
   routes and streamed bodies in a copy of that context, so worker threads see it. (A context variable set
   in the lifespan would not do: requests run in tasks that do not inherit the lifespan's context.)
   Threads the code starts itself do not inherit context variables; `carried(fn)` takes the owner along;
2. the owner of the most recently started app still running (`installed`), for threads an app starts
   without `carried`;
3. the process default, made on first use: the CLI runs one command per process and needs nothing more.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, ParamSpec, TypeVar


def store_of(db: Any) -> str:
    """The store a Database reaches, by identity where known (a local store, or the store schema set-up saw)."""
    return str(getattr(db, "schema_store", None) or getattr(db, "expected_store", None) or "")


class VersionCache:
    """{key: value} where each key starts with (store, dataset, version); bounded by weight and count.

    One lock guards the entries and the running total, so puts from the thread pool keep both right."""

    def __init__(self, name: str, *, max_entries: int, max_weight: int) -> None:
        self.name = name
        self.max_entries = max_entries
        self.max_weight = max_weight
        self._items: OrderedDict[tuple, tuple[Any, int]] = OrderedDict()
        self._current: dict[tuple[str, str], str] = {}
        self._weight = 0
        self._closed = False
        self._lock = threading.Lock()
        self._building: dict[tuple, threading.Lock] = {}

    def get(self, key: tuple) -> Any | None:
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return None
            self._items.move_to_end(key)
            return item[0]

    def put(self, key: tuple, value: Any, weight: int = 1) -> None:
        """Keep `value`; drop other versions of the same dataset, then the least recently used past the bounds.
        A value heavier than the whole budget is not kept, nor anything once the cache is closed."""
        store, dataset, version = key[0], key[1], key[2]
        weight = max(1, weight)
        with self._lock:
            if self._closed:
                return
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

    def get_or_build(self, key: tuple, build: Callable[[], Any], weight: Callable[[Any], int] = lambda _: 1) -> Any:
        """The value kept for `key`, or `build()` kept and returned. Callers asking for the same key while it is
        being built wait for that build instead of doing it again (a page and the background preparation of a
        new version, `app/prepare.py`, ask for the same graph and answers at the same moment)."""
        hit = self.get(key)
        if hit is not None:
            return hit
        with self._lock:
            flight = self._building.setdefault(key, threading.Lock())
        try:
            with flight:
                hit = self.get(key)
                if hit is None:
                    hit = build()
                    self.put(key, hit, weight(hit))
                return hit
        finally:
            with self._lock:
                if self._building.get(key) is flight and not flight.locked():
                    del self._building[key]

    def discard(self, key: tuple) -> None:
        """Stop keeping `key` (nothing happens when it is not kept)."""
        with self._lock:
            if key in self._items:
                self._drop(key)

    def _drop(self, key: tuple) -> None:
        _, weight = self._items.pop(key)
        self._weight -= weight

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self._current.clear()
            self._weight = 0

    def close(self) -> None:
        """Empty the cache and keep nothing more (a request still finishing after shutdown computes anew)."""
        with self._lock:
            self._closed = True
        self.clear()

    def versions(self) -> set[tuple[str, str, str]]:
        """(store, dataset, version) of every entry kept (for tests and diagnostics)."""
        with self._lock:
            return {(k[0], k[1], k[2]) for k in self._items}

    def values(self) -> list[Any]:
        """Every value kept (for tests and diagnostics)."""
        with self._lock:
            return [value for value, _ in self._items.values()]

    def entries(self, dataset: str, version: str) -> list[tuple[tuple, Any, int]]:
        """(key, value, weight) of every entry kept for one version of one dataset (to hand them to another
        process's caches, app/prepare.py)."""
        with self._lock:
            return [(k, v, w) for k, (v, w) in self._items.items() if k[1] == dataset and k[2] == version]

    def weights(self) -> dict[tuple, int]:
        """Each kept key's weight (for tests and diagnostics: they add up to `weight`)."""
        with self._lock:
            return {k: w for k, (_, w) in self._items.items()}

    @property
    def weight(self) -> int:
        return self._weight

    def __len__(self) -> int:
        return len(self._items)


@dataclass(frozen=True)
class Section:
    """A named section of the caches and its bounds, declared where its entries are made and weighed. It
    holds no data: `here()` is the section in the current owner."""

    name: str
    max_entries: int
    max_weight: int

    def here(self) -> VersionCache:
        return current().section(self)


class VersionCaches:
    """Every section of cached work for one app (or one CLI process), each with its own bounds and the same
    policy; sections are made on first use from their `Section`."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._sections: dict[str, VersionCache] = {}
        self._lock = threading.Lock()
        self.closed = False

    def section(self, spec: Section) -> VersionCache:
        with self._lock:
            cache = self._sections.get(spec.name)
            if cache is None:
                cache = self._sections[spec.name] = VersionCache(
                    spec.name, max_entries=spec.max_entries, max_weight=spec.max_weight
                )
                if self.closed:
                    cache.close()
            return cache

    def sections(self) -> list[VersionCache]:
        with self._lock:
            return list(self._sections.values())

    def clear(self, *names: str) -> None:
        """Empty the named sections, or every section."""
        for cache in self.sections():
            if not names or cache.name in names:
                cache.clear()

    def close(self) -> None:
        """Release everything kept; later puts are ignored."""
        with self._lock:
            self.closed = True
        for cache in self.sections():
            cache.close()

    def __len__(self) -> int:
        """Entries kept over every section."""
        return sum(len(cache) for cache in self.sections())


_REQUEST_OWNER: ContextVar[VersionCaches | None] = ContextVar("ruslink_caches", default=None)
_INSTALLED: list[VersionCaches] = []
_DEFAULT: list[VersionCaches] = []
_OWNERS_LOCK = threading.Lock()


def current() -> VersionCaches:
    """The owner of the caches for the code running now (see the module's docstring for the order)."""
    owner = _REQUEST_OWNER.get()
    if owner is not None:
        return owner
    with _OWNERS_LOCK:
        if _INSTALLED:
            return _INSTALLED[-1]
        if not _DEFAULT:
            _DEFAULT.append(VersionCaches("process"))
        return _DEFAULT[0]


@contextmanager
def using(owner: VersionCaches) -> Iterator[VersionCaches]:
    """Make `owner` current in this context (this task or thread, and the thread-pool calls it makes)."""
    token = _REQUEST_OWNER.set(owner)
    try:
        yield owner
    finally:
        _REQUEST_OWNER.reset(token)


@contextmanager
def app_caches(name: str = "app") -> Iterator[VersionCaches]:
    """A new owner for an app's lifespan: installed while the app runs, closed and uninstalled at shutdown."""
    owner = VersionCaches(name)
    with _OWNERS_LOCK:
        _INSTALLED.append(owner)
    try:
        yield owner
    finally:
        with _OWNERS_LOCK:
            _INSTALLED.remove(owner)
        owner.close()


P = ParamSpec("P")
T = TypeVar("T")


def carried(fn: Callable[P, T]) -> Callable[P, T]:
    """`fn` run under the owner current now, from whichever thread calls it (thread pools the code starts)."""
    owner = current()

    def run(*args: P.args, **kwargs: P.kwargs) -> T:
        with using(owner):
            return fn(*args, **kwargs)

    return run
