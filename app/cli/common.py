"""Helpers shared by the CLI commands."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from graph.db import Database
from graph.schema import ensure_schema
from graph.settings import get_settings


@contextmanager
def open_db() -> Iterator[Database]:
    """The database for a command: NEO4J_URI, or the local Neo4j (started if needed), with schema applied."""
    db = Database.connect(get_settings())
    try:
        db.ping()
        ensure_schema(db)
        yield db
    finally:
        db.close()
