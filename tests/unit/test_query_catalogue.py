"""The Cypher catalogue: headers tell the truth, and every query is used somewhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graph.queries import CYPHER_ROOT, QueryCatalogue, parameters_used

ROOT = Path(__file__).resolve().parents[2]
CATALOGUE = QueryCatalogue()
SOURCES = "\n".join(
    p.read_text(encoding="utf-8")
    for folder in ("app", "graph", "importers", "viz", "bench")
    for p in (ROOT / folder).rglob("*.py")
)


@pytest.mark.parametrize("query", list(CATALOGUE), ids=lambda q: q.name)
def test_query_header_matches_its_parameters(query) -> None:
    assert query.header_name == query.name, f"{query.path}: header 'name' must be {query.name!r}"
    assert set(query.params) == parameters_used(query.text), f"{query.path}: header params differ from $params"
    assert query.text, f"{query.path} has no statement"


@pytest.mark.parametrize("query", list(CATALOGUE), ids=lambda q: q.name)
def test_query_is_used_by_the_code(query) -> None:
    folder = query.name.rsplit("/", 1)[0] + "/"
    used_by_name = re.search(rf"[\"']{re.escape(query.name)}[\"']", SOURCES)
    used_by_folder = query.name.startswith("schema/") and 'names("schema/")' in SOURCES
    used_by_prefix = re.search(rf"[\"']{re.escape(folder)}[\"']\s*\+|f[\"']{re.escape(folder)}\{{", SOURCES)
    assert used_by_name or used_by_folder or used_by_prefix, f"{query.name} is never run"


def test_query_files_hold_one_statement_each() -> None:
    for query in CATALOGUE:
        body = re.sub(r"'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"", "''", query.text)
        assert ";" not in body, f"{query.path} holds more than one statement"


def test_parameters_used_ignores_comments_and_strings() -> None:
    assert parameters_used("MATCH (n {id: $id}) // $not\nRETURN '$nope' AS x, $limit") == {"id", "limit"}


def test_catalogue_refuses_a_file_without_mode(tmp_path: Path) -> None:
    (tmp_path / "bad.cypher").write_text("// name: bad\nRETURN 1\n", encoding="utf-8")
    with pytest.raises(ValueError, match="mode"):
        QueryCatalogue(tmp_path)


def test_catalogue_root_is_the_project_folder() -> None:
    assert CYPHER_ROOT == ROOT / "cypher"
