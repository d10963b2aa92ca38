"""Generated datasets whose versions a reader can tell apart."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from graph import store
from graph.content import DatasetContent


def sized(n_actions: int, tag: str) -> DatasetContent:
    """A dataset whose every action name carries `tag`, so a reader can tell versions apart."""
    return DatasetContent.model_validate(
        {
            "strategies": [{"id": "RUS", "name": "RUS", "kind": "rus"}, {"id": "P", "name": "Plan", "kind": "plan"}],
            "goals": [{"id": "G", "strategy": "RUS", "name": "Mål"}],
            "actions": [{"id": f"A{i}", "strategy": "P", "name": f"{tag} {i}"} for i in range(n_actions)],
            "links": [{"from": f"A{i}", "type": "contributes_to", "to": "G"} for i in range(n_actions)],
        }
    )


@contextmanager
def import_held_midway(db, dataset: str, content: DatasetContent, *, wait_s: float = 60) -> Iterator[None]:
    """An import of `content` into `dataset`, held after its first batch until the block ends; then it
    finishes and is joined. What runs inside the block meets an import under way."""
    started, release = threading.Event(), threading.Event()

    def hold(done: int, total: int) -> None:
        started.set()
        release.wait(wait_s)

    worker = threading.Thread(
        target=store.replace_dataset,
        args=(db, dataset, content),
        kwargs={"progress": hold, "batch_size": 100},
    )
    worker.start()
    try:
        assert started.wait(wait_s), "the held import never started"
        yield
    finally:
        release.set()
        worker.join(2 * wait_s)
