"""Each new dataset version's explorer, prepared in the background so that its first viewer does not wait.

A dataset version never changes once written, so what the explorer's first load asks for can be built as soon
as the version appears. The app looks for new versions every `RUSLINK_PREPARE_EVERY_S` seconds (default 2; 0
turns it off) — one small query, the one the dataset list uses — whoever wrote them: an upload or an edit in
this app, `ruslink import` in another process. For each, one background thread builds what the explorer's
first load (network view, layered layout, Swedish) asks for, and keeps it in the app's caches exactly as the
requests would: the page's filters, the diagram's columns and its marks. A request that arrives while that is
under way waits for the same build instead of doing it twice.

A large version (more than `RUSLINK_PREPARE_APART_OVER` rows, default 1,500) is prepared in a process of its
own (`python -m app.prepare`): it reads the graph, runs the analyses the marks need, lays the diagram out, and
hands back only the answers' bytes and the page's filters. Building a 10,000-node diagram allocates some hundred
MB that a long-running server could not give back in full (the heap fragments); the separate process returns
all of it when it ends, so the server keeps only what it serves. The explorer page of such a version, opened
before the preparation began, starts it and waits for it.

Versions that exist when the app starts are not prepared: a restart would otherwise rebuild every dataset at
once. At 10,000 nodes the preparation takes a few seconds; a coordinator who imports and then opens the
explorer gets it at once (BENCHMARKS.md, "Latest figures").
"""

from __future__ import annotations

import gc
import logging
import os
import pickle
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from typing import Any

from graph.db import Database
from graph.errors import RuslinkError
from graph.memory import release_free_memory
from graph.settings import Settings
from graph.version_cache import VersionCaches, app_caches, store_of, using

log = logging.getLogger("ruslink")

EXPLORER_LANG = "sv"
"""The language prepared: the UI's default (English is built on first use)."""


APART_TIMEOUT_S = 900.0
"""A preparation in its own process that takes longer than this is stopped (the request then builds it)."""

NODE_ROWS = ("strategies", "goals", "actions", "indicators", "actors")
"""The row counts that make a version's diagram large (observations and links are not drawn as nodes)."""


def build_here(db: Database, dataset: str) -> str:
    """Build and keep, in the current caches, what the explorer's first load of `dataset` asks for (its filters,
    columns and marks); returns the version key. Raises RuslinkError when the dataset cannot be read."""
    from app.cached import keep_answer
    from app.routes.graph_api import explorer_asks, marks_answer
    from graph.views import load_graph
    from viz.views import compact_view, explorer_facts

    lang = EXPLORER_LANG
    graph = load_graph(db, dataset)
    layout = explorer_facts(graph, view="network", layout="layered", lang=lang)["layout"]
    asks = explorer_asks(dataset, view="network", layout=layout, lang=lang)
    builds: dict[str, Callable[[], Any]] = {
        "columns": lambda: compact_view(graph, view="network", layout=layout, lang=lang),
        "marks": lambda: marks_answer(db, graph, lang),
    }
    for what, (path, params) in asks.items():
        keep_answer(db, dataset, graph.key, path, params, builds[what])
    return graph.key


def _handed_over() -> dict[str, tuple[Any, bool]]:
    """The cache sections whose entries a separate preparation hands back, by name: the page's filters and the
    answers, each with whether its keys begin with the store (the receiver puts its own there)."""
    from app.cached import RESPONSES
    from viz.views import FACTS

    return {FACTS.name: (FACTS, False), RESPONSES.name: (RESPONSES, True)}


def build_apart(settings: Settings, dataset: str) -> dict[str, Any]:
    """`build_here` in fresh caches of this process (run by `python -m app.prepare`): the version key and the
    (section name, key, value, weight) entries to keep."""
    db = Database.connect(settings)
    try:
        with app_caches() as owner:
            key = build_here(db, dataset)
            entries = [
                (name, k, value, weight)
                for name, (spec, _) in _handed_over().items()
                for k, value, weight in owner.section(spec).entries(dataset, key)
            ]
            return {"key": key, "entries": entries}
    finally:
        db.close()


def main(argv: list[str]) -> int:
    """`python -m app.prepare OUT`: reads (settings, dataset) pickled from standard input, writes to the file OUT
    ("ok", `build_apart`'s answer), ("gone", message) or ("failed", message), pickled."""
    settings, dataset = pickle.load(sys.stdin.buffer)
    try:
        answer: tuple[str, Any] = ("ok", build_apart(settings, dataset))
    except RuslinkError as error:
        answer = ("gone", str(error))
    except Exception as error:  # noqa: BLE001 - said to the parent, which logs it
        answer = ("failed", f"{type(error).__name__}: {error}")
    with open(argv[0], "wb") as out:
        pickle.dump(answer, out, protocol=pickle.HIGHEST_PROTOCOL)
    return 0


def before_explorer(app_state: Any, dataset: str, key: str, *, view: str, layout: str, lang: str) -> None:
    """Called by the explorer page and its first requests before they build anything: for what the preparation
    makes (network view, layered layout, Swedish), wait for it, or have it start now for a large version."""
    preparer: Preparer | None = getattr(app_state, "preparer", None)
    if preparer is not None and (view, layout, lang) == ("network", "layered", EXPLORER_LANG):
        preparer.ensure(dataset, key)


class Preparer:
    """The background thread of one app: finds new dataset versions and prepares their explorer."""

    def __init__(
        self,
        db: Database,
        owner: VersionCaches,
        *,
        every_s: float,
        settings: Settings | None = None,
        apart_over: int | None = None,
    ) -> None:
        self.db = db
        self.owner = owner
        self.every_s = every_s
        self.settings = settings
        self.apart_over = apart_over
        """Versions with more node rows than this are prepared in a process of their own (None: never)."""
        self.prepared: dict[str, str] = {}
        """dataset -> the version key last prepared (for the `prepared` endpoint and tests)."""
        self.apart: dict[str, str] = {}
        """dataset -> the version key last prepared in a process of its own (for tests and diagnostics)."""
        self._flights: dict[tuple[str, str], threading.Event] = {}
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="ruslink-prepare", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)

    def _current(self) -> dict[str, str]:
        return {row["dataset"]: row["key"] for row in self.db.read("datasets/list") if row["key"]}

    def _run(self) -> None:
        with using(self.owner):
            seen: dict[str, str] | None = None
            while seen is None and not self._stop.is_set():
                try:
                    seen = self._current()  # what exists at start is left as it is
                except Exception:  # noqa: BLE001 - the database may not be up yet: look again later
                    self._stop.wait(self.every_s)
            while seen is not None and not self._stop.wait(self.every_s):
                try:
                    now = self._current()
                except Exception:  # noqa: BLE001 - an outage: the next look tries again
                    continue
                for dataset, key in now.items():
                    if self._stop.is_set():
                        return
                    if seen.get(dataset) != key:
                        self.prepare(dataset, key)
                seen = now

    def is_large(self, dataset: str, key: str) -> bool:
        """Whether version `key` of `dataset` is prepared in a process of its own."""
        from graph.store import version_counts

        if self.apart_over is None or self.settings is None:
            return False
        with using(self.owner):
            counts = version_counts(self.db, {dataset: key}).get(key, {})
        return sum(counts.get(name, 0) for name in NODE_ROWS) > self.apart_over

    def ensure(self, dataset: str, key: str) -> None:
        """Before a request builds the explorer of a large version itself: wait for its preparation, starting
        it when none is under way (the request then finds the answers kept). Small versions are left to the
        request, which builds them as fast as a preparation would."""
        if self.prepared.get(dataset) == key:
            return
        with self._lock:
            flight = self._flights.get((dataset, key))
        if flight is not None:
            flight.wait(APART_TIMEOUT_S)
        elif self.is_large(dataset, key):
            self.prepare(dataset, key)

    def prepare(self, dataset: str, key: str) -> str | None:
        """Build and keep the explorer's first-load answers for the current version of `dataset` (expected to be
        `key`); returns that version's key (None when the dataset went away or could not be read: a request
        will say why). One build per version: a second caller waits for the first."""
        with self._lock:
            flight = self._flights.get((dataset, key))
            mine = flight is None
            if mine:
                flight = self._flights[(dataset, key)] = threading.Event()
        assert flight is not None
        if not mine:
            flight.wait(APART_TIMEOUT_S)
            return key if self.prepared.get(dataset) == key else None
        try:
            with using(self.owner):
                # A separate process that fails (it cannot start, or reach the database) leaves the work here,
                # once: the version is then prepared, and no request starts another process for it.
                built = self._apart(dataset) if self.is_large(dataset, key) else None
                if built is None:
                    built = self._here(dataset)
            if built is not None:
                self.prepared[dataset] = built
            return built
        finally:
            with self._lock:
                del self._flights[(dataset, key)]
            flight.set()

    def _here(self, dataset: str) -> str | None:
        try:
            return build_here(self.db, dataset)
        except RuslinkError:
            return None
        except Exception:  # noqa: BLE001 - preparing is a head start only; the request builds it again
            log.exception("preparing the explorer of %s failed", dataset)
            return None
        finally:
            # The build ran with the cyclic collector paused (graph.memory): the full collection that would
            # follow soon is made here, before the version counts as prepared, not in its first request; then
            # what the build freed goes back to the system.
            gc.collect()
            release_free_memory()

    def _apart(self, dataset: str) -> str | None:
        """`build_here` in a process of its own; its answers are kept here as it built them."""
        with tempfile.TemporaryDirectory(prefix="ruslink-prepare-") as folder:
            out = os.path.join(folder, "answer.pickle")
            child = subprocess.Popen(
                [sys.executable, "-m", "app.prepare", out],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
            )
            try:
                _, err = child.communicate(pickle.dumps((self.settings, dataset)), timeout=APART_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                child.kill()
                child.communicate()
                log.warning("preparing the explorer of %s took over %.0f s; stopped", dataset, APART_TIMEOUT_S)
                return None
            if child.returncode != 0 or not os.path.exists(out):
                log.warning("preparing the explorer of %s failed: %s", dataset, err.decode(errors="replace")[-2000:])
                return None
            with open(out, "rb") as handle:
                status, answer = pickle.load(handle)  # written by our own child, in a folder only we can read
        if status != "ok":
            if status == "failed":
                log.warning("preparing the explorer of %s failed: %s", dataset, answer)
            return None
        where = store_of(self.db)
        for name, k, value, weight in answer["entries"]:
            spec, by_store = _handed_over()[name]
            self.owner.section(spec).put((where, *k[1:]) if by_store else k, value, weight)
        self.apart[dataset] = answer["key"]
        return str(answer["key"])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
