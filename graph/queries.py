"""The query catalogue: every Cypher statement ruslink runs lives in `cypher/`, one per file.

Each file opens with a header of `//` comment lines:

    // name: analyses/chains
    // mode: read            (read | write | schema)
    // params: dataset_key, goal
    // returns: subject, path, weakest
    // What the query answers, in a sentence or two.

This module is the only place where Cypher text becomes a `neo4j.Query`.

Plans. Neo4j plans a statement once per text and per size class of each list and string parameter (1, then
up to 10, 100, 1 000, …), and plans it again when the counts it was planned on have changed a lot, at most
every ten seconds. The bookkeeping statements of `datasets/` (lock, version, switch, lookup, delete) start
with `CYPHER replan=skip`: their plan is a seek on a unique key whatever the counts, and the few lock and
version nodes change count by half at every import, so each import after a pause planned three of them
again (40–130 ms each, right after a start). `app/warmup.py` plans every size class of an import.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import neo4j

CYPHER_ROOT = Path(str(resources.files("cypher")))
"""The `cypher` package's folder: the checkout's `cypher/`, or the installed package data of a wheel."""

_HEADER = re.compile(r"^//\s*(name|mode|params|returns)\s*:\s*(.*)$")
_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
_STRINGS_AND_COMMENTS = re.compile(r"'(?:\\.|[^'\\])*'|\"(?:\\.|[^\"\\])*\"|//[^\n]*")


def _split_list(value: str) -> tuple[str, ...]:
    value = value.strip()
    if value in ("", "-", "none"):
        return ()
    return tuple(part.strip() for part in value.split(",") if part.strip())


def parameters_used(text: str) -> set[str]:
    """The `$parameters` a Cypher text refers to, ignoring comments and string literals."""
    return set(_PARAM.findall(_STRINGS_AND_COMMENTS.sub(" ", text)))


@dataclass(frozen=True)
class CypherQuery:
    """One named query from `cypher/`."""

    name: str
    text: str
    mode: str
    params: tuple[str, ...]
    returns: tuple[str, ...]
    path: Path
    doc: str = ""
    header_name: str = field(default="", compare=False)

    def query(self, *, timeout: float | None = None) -> neo4j.Query:
        """The statement as a `neo4j.Query`, named in its metadata so server logs show which query ran."""
        return neo4j.Query(self.text, metadata={"app": "ruslink", "query": self.name}, timeout=timeout)


def _parse(path: Path, root: Path) -> CypherQuery:
    name = path.relative_to(root).with_suffix("").as_posix()
    header: dict[str, str] = {}
    doc: list[str] = []
    body: list[str] = []
    in_header = True
    for line in path.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if in_header and stripped.startswith("//"):
            match = _HEADER.match(stripped)
            if match:
                header[match.group(1)] = match.group(2).strip()
            else:
                doc.append(stripped.lstrip("/").strip())
            continue
        in_header = False
        body.append(line)
    text = "\n".join(body).strip().rstrip(";").strip()
    mode = header.get("mode", "")
    if mode not in ("read", "write", "schema"):
        raise ValueError(f"{path}: header 'mode' must be read, write or schema, not {mode!r}")
    return CypherQuery(
        name=name,
        text=text,
        mode=mode,
        params=_split_list(header.get("params", "")),
        returns=_split_list(header.get("returns", "")),
        path=path,
        doc=" ".join(d for d in doc if d),
        header_name=header.get("name", ""),
    )


class QueryCatalogue:
    """All queries under a folder, by name (`analyses/chains`, `schema/item_key`, ...)."""

    def __init__(self, root: Path = CYPHER_ROOT) -> None:
        self.root = root
        self._queries = {q.name: q for q in (_parse(p, root) for p in sorted(root.rglob("*.cypher")))}

    def __getitem__(self, name: str) -> CypherQuery:
        try:
            return self._queries[name]
        except KeyError:
            raise KeyError(f"no Cypher query named {name!r} under {self.root}") from None

    def __contains__(self, name: str) -> bool:
        return name in self._queries

    def __iter__(self):
        return iter(self._queries.values())

    def names(self, prefix: str = "") -> list[str]:
        return sorted(n for n in self._queries if n.startswith(prefix))


@lru_cache(maxsize=1)
def catalogue() -> QueryCatalogue:
    """The project's catalogue, read once per process."""
    return QueryCatalogue()
