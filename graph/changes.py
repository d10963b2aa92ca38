"""Whether a store may have changed since a moment, known without a round trip to Neo4j.

Every request first asks which version of its dataset readers follow (`graph.store.dataset_info`): one small
query, about a millisecond of the app's and Neo4j's time, which on a cached answer was most of what the request
cost. That answer now stays with the app until a write is seen (`Database.read_kept`):

- every write through `graph.db.Database` in this process counts as a change, at once;
- every such write on this machine, by any process that reaches the same Neo4j (the CLI, the other workers of
  `serve --workers N`, a preparation in a process of its own), writes a new mark into a small file named after
  the store; readers compare that mark before trusting what they kept;
- a write from elsewhere (another machine, another user, a script beside ruslink) is seen within `FRESH_S`:
  nothing is kept longer than that.

A reader takes the mark *before* it asks Neo4j, so a write that lands while it asks makes its answer stale at once.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import threading
import uuid
from pathlib import Path

log = logging.getLogger(__name__)

FRESH_S = 1.0
"""The longest a kept answer is trusted without asking Neo4j again: the delay before a write made from outside this
machine (or by a process with another temporary folder) is seen."""

_lock = threading.Lock()
_generation = 0
"""Writes made by this process, through any driver."""


def _this_process_wrote() -> None:
    global _generation
    with _lock:
        _generation += 1


def mark_file(uri: str, database: str | None) -> Path:
    """The file whose contents change with every write to the Neo4j at `uri` (database `database`) from this
    machine: in a folder of this user's in the system's temporary folder."""
    name = hashlib.sha256(f"{uri.rstrip('/')}|{database or 'neo4j'}".encode()).hexdigest()[:24]
    return Path(tempfile.gettempdir()) / f"ruslink-{os.getuid() if hasattr(os, 'getuid') else 'user'}" / name


class Changes:
    """The marks of one store: `mark()` before reading, `wrote()` after every write (committed or not)."""

    def __init__(self, path: Path | None = None, *, fresh_s: float = FRESH_S) -> None:
        self.path = path
        self.fresh_s = fresh_s
        """How long a kept answer is trusted when no write has been seen."""
        self._warned = False

    def mark(self) -> tuple[int, str | None]:
        """What has been written so far, as far as this machine knows: compare two marks for equality."""
        return (_generation, self._read())

    def wrote(self) -> None:
        """A write has been made (or tried): what was kept before it is stale, here and in other processes."""
        _this_process_wrote()
        if self.path is None:
            return
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            fresh = self.path.with_name(f"{self.path.name}.{uuid.uuid4().hex}")
            fresh.write_text(uuid.uuid4().hex, encoding="ascii")
            os.replace(fresh, self.path)
        except OSError as e:  # readers elsewhere then see this write within FRESH_S
            if not self._warned:
                self._warned = True
                log.warning("could not mark a write in %s: %s", self.path, e)

    def _read(self) -> str | None:
        if self.path is None:
            return None
        try:
            return self.path.read_text(encoding="ascii")
        except FileNotFoundError:
            return ""
        except (OSError, UnicodeDecodeError):
            return None
