"""The benchmark's figures for people: the text `ruslink bench` prints, and the diagram section."""

from __future__ import annotations

import os
from collections.abc import Callable

from bench import api, first_frame
from bench.diagrams import goal_view_figures, markdown
from graph import local_neo4j, store
from graph.db import Database
from graph.settings import Settings
from graph.views import load_graph
from importers.demo import load_demo
from importers.synth import synthesize


def diagram_bench(db: Database, echo: Callable[[str], None], settings: Settings | None = None) -> None:
    """Load the demo and a generated region under bench names and print each goal view's crossings, then
    (with `settings`, to serve the app) the demo's first-frame times in chromium, each view cold."""
    load_demo(db, "bench-diagram-demo")
    store.replace_dataset(db, "bench-diagram-synth", synthesize(scale=1.0, seed=0))
    try:
        if settings is not None:
            goals = [g.id for g in load_graph(db, "bench-diagram-demo").rus_goals()]
            with api.serve(server_env(settings)) as base:
                figures = first_frame.measure(base, "bench-diagram-demo", goals, warm="bench-diagram-synth")
            echo(first_frame.markdown(figures, load=round(os.getloadavg()[0], 2)))
        for name, label in (
            ("bench-diagram-demo", "demo"),
            ("bench-diagram-synth", "ruslink synth (scale 1, seed 0)"),
        ):
            echo(markdown(label, goal_view_figures(db, name)))
    finally:
        for name in ("bench-diagram-demo", "bench-diagram-synth"):
            store.delete_dataset(db, name)


def server_env(settings: Settings) -> dict[str, str]:
    """What a uvicorn child needs to reach the same database as this process; it prepares new versions'
    explorers every second (app/prepare.py), whatever this process's environment says."""
    env = {"NEO4J_URI": local_neo4j.resolve_uri(settings), "RUSLINK_PREPARE_EVERY_S": "1"}
    if settings.neo4j_database:
        env["NEO4J_DATABASE"] = settings.neo4j_database
    return env


def render(result: dict) -> str:
    """The benchmark's figures and targets for people."""
    from graph.i18n import number

    imp = result["import"]
    lines = [
        f"Import: {number(imp['rows_per_s'])} rader/s (naiv {number(imp['naive_rows_per_s'])}, "
        f"skript i omgångar {number(imp['batched_rows_per_s'])}, tak {number(imp['ceiling_rows_per_s'])}, "
        f"första efter start {number(imp.get('cold_rows_per_s'))}), {number(imp['rows'])} rader",
        "Analyser (ms, median): skala 1 / 4 / 16",
    ]
    for name, t in result["analyses"].items():
        lines.append(f"  {name}: {number(t['scale_1'])} / {number(t['scale_4'])} / {number(t['scale_16'])}")
    a = result["api"]
    lines.append(
        f"API p95: 1 klient {number(a['single']['p95_ms'])} ms, "
        f"{a['concurrent']['clients']} klienter {number(a['concurrent']['p95_ms'])} ms"
    )
    sat = {s["clients"]: s for s in a.get("saturated", [])}
    one = {s["clients"]: s for s in a.get("saturated_one_worker", [])}
    if 20 in sat and 20 in one:
        lines.append(
            f"API utan paus, 20 klienter: 2 arbetsprocesser {number(sat[20]['rps'])} anrop/s "
            f"(p95 {number(sat[20]['p95_ms'])} ms), 1 arbetsprocess {number(one[20]['rps'])} anrop/s"
            + (
                f", koden när ärende 19 skrevs {number(a['saturated_issue_time']['rps'])} anrop/s"
                if a.get("saturated_issue_time")
                else ""
            )
        )
    if result.get("analyse_all", {}).get("cold_ms"):
        cold = result["analyse_all"]
        lines.append(f"Alla analyser efter start: {number(cold['cold_ms'])} ms, varmt {number(cold['warm_ms'])} ms")
    nat = result.get("national")
    if nat:
        lines.append(
            f"{nat['regions']} regioner i en process: {number(nat['import_s'])} s "
            f"({number(nat['dataset_rows'])} rader); "
            f"nationell översikt {number(nat['page_first_ms'])} ms första gången, sedan {number(nat['page_ms'])} ms"
        )
    ff = result.get("diagrams", {}).get("first_frame_ms", {})
    for kind, label in (("goal", "målvyer"), ("flow", "översikt")):
        if ff.get(kind):
            views = ff[kind]["views"]
            lines.append(
                f"Diagram, första bild ({label}): median {number(ff[kind]['median_ms'])} ms, "
                f"max {number(ff[kind]['max_ms'])} ms ({number(views)} {'vy' if views == 1 else 'vyer'})"
            )
    lines.append("Mål:")
    for name, t in result["targets"].items():
        state = {True: "uppfyllt", False: "EJ uppfyllt", None: "ej mätt"}[t["met"]]
        lines.append(
            f"  {name}: {number(t['ratio'], decimals=2)} ({t['target']}) {state}"
            + (f" – {t['reason']}" if t.get("reason") else "")
        )
    return "\n".join(lines)
