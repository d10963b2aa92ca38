"""Each new dataset version's explorer, prepared in the background so that its first viewer does not wait.

A dataset version never changes once written, so what the explorer's first load asks for can be built as soon
as the version appears. The app looks for new versions every `RUSLINK_PREPARE_EVERY_S` seconds (default 2; 0
turns it off) — one small query, the one the dataset list uses — whoever wrote them: an upload or an edit in
this app, `ruslink import` in another process. For each, one background thread builds what the explorer's
first load (network view, layered layout, Swedish) asks for, and keeps it in the app's caches exactly as the
requests would: the dataset graph, the page's filters, the diagram's columns and its marks. A request that
arrives while that is under way waits for the same build instead of doing it twice
(`graph.version_cache.VersionCache.get_or_build`).

Versions that exist when the app starts are not prepared: a restart would otherwise rebuild every dataset at
once. At 10,000 nodes the preparation takes a few seconds; a coordinator who imports and then opens the
explorer gets it at once (BENCHMARKS.md, "Latest figures").
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from graph.db import Database
from graph.errors import RuslinkError
from graph.memory import release_free_memory
from graph.version_cache import VersionCaches, using

log = logging.getLogger("ruslink")

EXPLORER_LANG = "sv"
"""The language prepared: the UI's default (English is built on first use)."""


class Preparer:
    """The background thread of one app: finds new dataset versions and prepares their explorer."""

    def __init__(self, db: Database, owner: VersionCaches, *, every_s: float) -> None:
        self.db = db
        self.owner = owner
        self.every_s = every_s
        self.prepared: dict[str, str] = {}
        """dataset -> the version key last prepared (for the `prepared` endpoint and tests)."""
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
                        self.prepare(dataset)
                seen = now

    def prepare(self, dataset: str) -> str | None:
        """Build and keep the explorer's first-load answers for the current version of `dataset`; returns that
        version's key (None when the dataset went away or could not be read: a request will say why)."""
        from app.cached import keep_answer
        from app.routes.graph_api import explorer_asks, marks_answer
        from graph.views import load_graph
        from viz.views import compact_view, explorer_facts

        lang = EXPLORER_LANG
        try:
            graph = load_graph(self.db, dataset)
            layout = explorer_facts(graph, view="network", layout="layered", lang=lang)["layout"]
            asks = explorer_asks(dataset, view="network", layout=layout, lang=lang)
            builds: dict[str, Callable[[], Any]] = {
                "columns": lambda: compact_view(graph, view="network", layout=layout, lang=lang),
                "marks": lambda: marks_answer(self.db, graph, lang),
            }
            for what, (path, params) in asks.items():
                keep_answer(self.db, dataset, graph.key, path, params, builds[what])
        except RuslinkError:
            return None
        except Exception:  # noqa: BLE001 - preparing is a head start only; the request builds it again
            log.exception("preparing the explorer of %s failed", dataset)
            return None
        finally:
            release_free_memory()  # what the builds freed goes back to the system
        self.prepared[dataset] = graph.key
        return graph.key
