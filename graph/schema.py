"""Idempotent schema and reference data, applied before any import or analysis."""

from __future__ import annotations

import threading
import time
import uuid

from neo4j.exceptions import ClientError, TransientError

from graph.db import Database
from graph.model import REF
from graph.reference import reference_rows

_lock = threading.Lock()
ATTEMPTS = 6


def _apply(session, db: Database, name: str) -> None:
    """One schema statement; several processes starting at once may deadlock on it, so it is retried.

    Schema statements cannot run in managed transactions (Neo4j refuses them there), so the retry of
    transient errors that the driver gives managed transactions is done here, with a growing pause.
    """
    for attempt in range(ATTEMPTS):
        try:
            session.run(db.q(name)).consume()
            return
        except TransientError:
            if attempt == ATTEMPTS - 1:
                raise
            time.sleep(0.2 * (attempt + 1))
        except ClientError as e:
            # Another process created the same rule between our IF NOT EXISTS check and the write.
            if "AlreadyExists" in (e.code or ""):
                return
            raise


def ensure_schema(db: Database) -> None:
    """Create constraints and indexes (IF NOT EXISTS) and load the bundled reference rows.

    Keyed by the store's identity, read each time (one small query): a driver that reconnected to a fresh
    store (wiped, or another server on the same address) gets its schema and reference data again.
    """
    if db.schema_store is not None and db.read("system/store_identity")[0]["id"] == db.schema_store:
        return
    with _lock:
        _ensure(db)


def _ensure(db: Database) -> None:
    with db.session() as session:
        for name in db.queries.names("schema/"):
            _apply(session, db, name)
        _apply(session, db, "system/await_indexes")
    nodes, parts = reference_rows()
    have = db.read("reference/count", ref=REF)[0]["n"]
    if have != len(nodes):
        db.write("reference/upsert", rows=nodes, ref=REF)
        db.write("reference/part_of", rows=parts, ref=REF)
    db.schema_store = db.write("system/store_identity_claim", id=uuid.uuid4().hex)[0]["id"]
