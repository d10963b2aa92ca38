"""The parts and arrows the README draws are the ones the imports make: importers → graph ← viz ← app (and app
→ importers), nothing back into importers or app, and `viz/` renders what it is given without reading the
database. Derived from the source with `ast`, so a new import that breaks the shape fails here."""

from __future__ import annotations

import ast

from tests.support.imports import ROOT, imports_of, module_name, package_edges, source_files

ARROWS = {("app", "graph"), ("app", "viz"), ("app", "importers"), ("importers", "graph"), ("viz", "graph")}
"""Every arrow between packages the README's architecture section names."""

READS_THE_DATABASE = {
    "graph.db": None,
    "graph.store": None,
    "graph.content_read": None,
    "graph.queries": None,
    "graph.history": None,
    "graph.report_input": {"collect"},
    "graph.views": {"load_graph", "load_with_findings", "findings_for"},
    "graph.analyses": {"run_analysis", "run_all"},
}
"""Modules (or the names in them) that query Neo4j; None: the whole module."""


def test_architecture_arrows_between_packages_are_the_documented_ones() -> None:
    edges = package_edges()
    unexpected = {edge: places for edge, places in edges.items() if edge not in ARROWS}
    assert unexpected == {}
    assert set(edges) == ARROWS  # and the README names no arrow the code does not make


def test_architecture_graph_imports_no_importer_view_or_app() -> None:
    bad = [
        f"{module_name(p)}:{line} imports {target}"
        for p in source_files("graph")
        for target, _names, line in imports_of(p)
        if target.split(".")[0] in {"importers", "viz", "app"}
    ]
    assert bad == []


def test_architecture_viz_does_no_database_io() -> None:
    bad = []
    for path in source_files("viz"):
        for target, names, line in imports_of(path):
            for module, only in READS_THE_DATABASE.items():
                if (target == module or target.startswith(module + ".")) and (only is None or names & only):
                    bad.append(f"{module_name(path)}:{line} imports {target} {sorted(names)}")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for fn in ast.walk(tree):
            if isinstance(fn, ast.FunctionDef) and any(a.arg == "db" for a in fn.args.args + fn.args.kwonlyargs):
                bad.append(f"{module_name(path)}.{fn.name} takes a database")
    assert bad == []


def test_architecture_readme_names_the_arrows() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Architecture") :]
    assert "importers → graph ← viz ← app" in section
    assert "app → importers" in section
