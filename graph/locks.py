"""The one write lock of a dataset: every writer takes it, and re-reads what it changes under it.

Imports, edits (`importers.changes`), `import-kolada`, Kolada fetches, workshop accepts and deletes all change a
dataset by writing a new version and switching to it. Two of them interleaving would lose one silently: the
second would write a version computed from what it read before the first switched. So every writer calls

    with dataset_write_lock(db, dataset, "edit", wait_s=10) as lock:
        content = read_content(db, dataset)          # re-read under the lock
        ...                                          # compute the new content
        store.replace_dataset(db, dataset, new, lock=lock)

The lock is a unique `:ImportLock` node per dataset in Neo4j, so it holds across processes and machines.
A writer that cannot get it within `wait_s` is refused with `DatasetBusy` (HTTP 409) naming what holds it.
The lock's owner string is also the key of the version its holder writes (`lock.key`), so the clean-up of
half-written versions never mistakes a version being written under a held lock for an abandoned one.
"""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

from graph.db import Database
from graph.errors import DatasetBusy
from graph.i18n import t

STALE_LOCK_S = 600
"""A lock whose heartbeat is this old belongs to a writer that is gone (a crashed machine)."""
HEARTBEAT_S = 30
"""A long writer refreshes its lock at most this often: far inside STALE_LOCK_S, and not a transaction per batch."""
POLL_S = 0.1

PURPOSES = ("import", "edit", "kolada", "workshop", "delete")

_LIVE_OWNERS: set[str] = set()
"""Lock owners of this process whose work is still running: a lock held in this process's name by an owner
not in here belongs to work that died (an outage mid-import kept it from being released)."""
_LIVE_LOCK = threading.Lock()
_HELD: dict[str, DatasetLock] = {}
"""Locks held in this process by their key, for writers that hand on only the key (graph.writer)."""


class DatasetLock:
    """A held write lock of one dataset; `key` is the version key its holder may write (once)."""

    def __init__(self, db: Database, dataset: str, purpose: str) -> None:
        self.db, self.dataset, self.purpose = db, dataset, purpose
        self.key = f"{dataset}@{uuid.uuid4().hex[:12]}"
        self.beat = time.monotonic()
        self.used = False

    def take_key(self) -> str:
        """The version key to write under this lock; a lock covers one new version."""
        if self.used:
            raise RuntimeError("a dataset lock covers one new version; take a new lock for another")
        self.used = True
        return self.key

    def heartbeat(self) -> None:
        if time.monotonic() - self.beat >= HEARTBEAT_S:
            self.db.write("datasets/lock_heartbeat", dataset=self.dataset, owner=self.key)
            self.beat = time.monotonic()

    def _try(self) -> dict | None:
        """Take the lock (or a stale one); None when taken, else the holder's row."""
        host, pid = socket.gethostname(), os.getpid()
        held = self.db.write(
            "datasets/lock_acquire", dataset=self.dataset, owner=self.key, host=host, pid=pid, purpose=self.purpose
        )[0]
        if held["owner"] == self.key:
            return None
        with _LIVE_LOCK:
            ours_but_dead = held["host"] == host and held["pid"] == pid and held["owner"] not in _LIVE_OWNERS
        gone = ours_but_dead or (held["host"] == host and not _pid_alive(held["pid"]))
        if (gone or (held["age_s"] or 0) > STALE_LOCK_S) and self.db.write(
            "datasets/lock_steal", dataset=self.dataset, owner=self.key, previous=held["owner"]
        ):
            return None
        return held

    def release(self) -> None:
        self.db.write("datasets/lock_release", dataset=self.dataset, owner=self.key)


@contextmanager
def dataset_write_lock(
    db: Database, dataset: str, purpose: str, *, wait_s: float = 0.0, lang: str = "sv"
) -> Iterator[DatasetLock]:
    """Hold the dataset's one write lock for the block; refuse with DatasetBusy (409) after `wait_s`.

    Every writer of a dataset goes through here. Read the current version inside the block, never before:
    what was read outside may already be replaced when the lock is finally held.
    """
    if purpose not in PURPOSES:
        raise ValueError(f"unknown lock purpose {purpose!r}")
    lock = DatasetLock(db, dataset, purpose)
    deadline = time.monotonic() + wait_s
    # Registered as live before trying, so another thread of this process never sees the lock held in this
    # process's name by an owner it does not know, and mistakes it for work that died.
    with _LIVE_LOCK:
        _LIVE_OWNERS.add(lock.key)
    while True:
        try:
            held = lock._try()
        except BaseException:
            with _LIVE_LOCK:
                _LIVE_OWNERS.discard(lock.key)
            raise
        if held is None:
            with _LIVE_LOCK:
                _HELD[lock.key] = lock
            break
        if time.monotonic() >= deadline:
            with _LIVE_LOCK:
                _LIVE_OWNERS.discard(lock.key)
            other = held.get("purpose") or "unknown"
            other = other if other in PURPOSES else "unknown"
            key = "lock.busy.import" if other == "import" else "lock.busy"
            raise DatasetBusy(t(key, lang, dataset=dataset, purpose=t(f"lock.purpose.{other}", lang)))
        time.sleep(POLL_S)
    try:
        yield lock
    finally:
        try:
            lock.release()
        finally:  # known as live until released: no thread of this process takes it for dead work before
            with _LIVE_LOCK:
                _LIVE_OWNERS.discard(lock.key)
                _HELD.pop(lock.key, None)


def held_lock(key: str) -> DatasetLock | None:
    """The lock this process holds under `key` (the version key a writer was given), or None."""
    with _LIVE_LOCK:
        return _HELD.get(key)


def _pid_alive(pid: int | None) -> bool:
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie is gone for our purposes
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            return handle.read().split(") ", 1)[1][:1] != "Z"
    except OSError:
        return True
