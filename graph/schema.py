"""Idempotent schema and reference data, applied before any import or analysis."""

from __future__ import annotations

from neo4j.exceptions import ClientError

from graph.db import Database
from graph.model import REF
from graph.reference import reference_rows

_applied: set[int] = set()


def ensure_schema(db: Database) -> None:
    """Create constraints and indexes (IF NOT EXISTS) and load the bundled reference rows once."""
    if id(db) in _applied:
        return
    with db.session() as session:
        for name in db.queries.names("schema/"):
            try:
                session.run(db.q(name)).consume()
            except ClientError as e:
                # Another process created the same rule between our IF NOT EXISTS check and the write.
                if "AlreadyExists" not in (e.code or ""):
                    raise
        session.run(db.q("system/await_indexes")).consume()
    nodes, parts = reference_rows()
    have = db.read("reference/count", ref=REF)[0]["n"]
    if have != len(nodes):
        db.write("reference/upsert", rows=nodes, ref=REF)
        db.write("reference/part_of", rows=parts, ref=REF)
    _applied.add(id(db))
