"""Read–change–write of a whole dataset as one step, under the dataset's one write lock.

Writers other than a plain import (the Kolada fetch) read the current version, change it and write it
back as a new version. Holding the lock from before the read until after the switch means no other
import or writer can slip a version in between, which would otherwise be silently overwritten.
The lock is `graph.locks.dataset_write_lock`, the one every writer takes; this module hands on only the
version key for callers that pass it to `store.replace_dataset(key=...)`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from graph import store
from graph.db import Database
from graph.locks import dataset_write_lock


@contextmanager
def dataset_writer(db: Database, dataset: str, purpose: str = "kolada") -> Iterator[str]:
    """Hold `dataset`'s write lock; yields the version key to pass to `store.replace_dataset(key=...)`.

    Raises DatasetBusy when an import or another writer holds it."""
    store.check_dataset_name(dataset)
    with dataset_write_lock(db, dataset, purpose) as lock:
        yield lock.key
    store.delete_unused_versions(db, dataset)
