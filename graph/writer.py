"""Read–change–write of a whole dataset as one step, under the dataset's writer lock.

Writers other than a plain import (the Kolada fetch) read the current version, change it and write it
back as a new version. Holding the lock from before the read until after the switch means no other
import or writer can slip a version in between, which would otherwise be silently overwritten.
The lock is the import lock (`:ImportLock`, graph.store); this module is the one place that takes it for
such writers.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from graph import store
from graph.db import Database


@contextmanager
def dataset_writer(db: Database, dataset: str) -> Iterator[str]:
    """Hold `dataset`'s writer lock; yields the version key to pass to `store.replace_dataset(key=...)`.

    Raises DatasetBusy when an import or another writer holds it."""
    store.check_dataset_name(dataset)
    key = store.new_version_key(dataset)
    with store._ImportLock(db, dataset, key):
        yield key
