"""The import graph of ruslink's packages, derived from the source with `ast` (nothing is imported)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("app", "graph", "importers", "viz", "cypher")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> list[tuple[str, set[str], int]]:
    """(module imported, names taken from it, line) for every import in `path`, at any depth."""
    here = module_name(path).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    found: list[tuple[str, set[str], int]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(a.name, set(), node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            target = ".".join([*base, *([node.module] if node.module else [])])
            found.append((target, {a.name for a in node.names}, node.lineno))
    return found


def source_files(package: str) -> list[Path]:
    return sorted(p for p in (ROOT / package).rglob("*.py") if ".venv" not in p.parts)


def package_edges() -> dict[tuple[str, str], list[str]]:
    """(importing package, imported package) -> the places ("module:line") that make the arrow."""
    edges: dict[tuple[str, str], list[str]] = {}
    for package in PACKAGES:
        for path in source_files(package):
            for target, _names, line in imports_of(path):
                top = target.split(".")[0]
                if top in PACKAGES and top != package:
                    edges.setdefault((package, top), []).append(f"{module_name(path)}:{line}")
    return edges
