"""Deleting and replacing a dataset with a dense node (one strategy holding every action) leaves nothing
behind, keeps the server up, and memory errors from Neo4j are reported, never a bug page."""

from __future__ import annotations

import pytest
from neo4j.exceptions import Neo4jError

from graph.db import _raise_if_out_of_memory
from graph.errors import DatabaseOutOfMemory


@pytest.mark.parametrize(
    "code",
    ["Neo.TransientError.General.MemoryPoolOutOfMemoryError", "Neo.TransientError.General.TransactionMemoryLimit"],
)
def test_reliability_neo4j_memory_errors_become_a_reported_error(code: str) -> None:
    error = Neo4jError._hydrate_neo4j(
        message="The allocation of an extra 2.0 MiB would use more than the limit", code=code
    )
    with pytest.raises(DatabaseOutOfMemory, match="mer minne"):
        _raise_if_out_of_memory(error)
