"""`ruslink suggest` and `ruslink bench-suggest`: candidate links for what is unlinked, and how good they are."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from app.cli import cli
from app.cli.common import open_db
from graph.errors import InvalidInput
from graph.i18n import t
from graph.suggest.engine import DEFAULT_TOP, Suggestions, suggest


def render_table(result: Suggestions, lang: str) -> str:
    """Suggestions as a plain table: one line per candidate, the subject on its first line only."""
    rows = []
    for s in result.suggestions:
        kind = t(f"suggest.kind.{s.kind}", lang)
        if not s.candidates:
            rows.append([s.subject, kind, t("suggest.no_candidate", lang), "", ""])
        for i, c in enumerate(s.candidates):
            rows.append(
                [
                    s.subject if i == 0 else "",
                    kind if i == 0 else "",
                    c.id,
                    f"{c.score:.2f}".replace(".", "," if lang != "en" else "."),
                    c.because,
                ]
            )
    lines = [t("suggest.heading", lang, dataset=result.dataset, n=len(result.suggestions))]
    if not rows:
        return lines[0] + "\n" + t("suggest.none", lang)
    headers = t("suggest.columns", lang).split("|")
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers[:-1])]
    lines.append("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False)) + "  " + headers[-1])
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)) + "  " + r[-1] for r in rows]
    return "\n".join(lines)


@cli.command("suggest")
def suggest_cmd(
    dataset: str = typer.Option(..., "--dataset", help="datamängdens namn"),
    top: int = typer.Option(DEFAULT_TOP, "--top", min=1, max=50, help="högst så många förslag per rad"),
    every: bool = typer.Option(False, "--all", help="förslag för varje insats och planmål, även kopplade"),
    fmt: str = typer.Option("table", "--format", help="json eller table"),
    lang: str = typer.Option("sv", "--lang", help="sv eller en"),
) -> None:
    """Föreslå kopplingar för insatser och mål som inte når RUS (eller RUS-mål utan referens)."""
    if fmt not in ("json", "table"):
        raise InvalidInput(t("suggest.bad_format", lang, fmt=fmt))
    from graph.content_read import read_content

    with open_db() as db:
        content = read_content(db, dataset)
    result = suggest(content, dataset=dataset, top=top, every=every, lang=lang)
    if fmt == "json":
        typer.echo(json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2))
    else:
        typer.echo(render_table(result, lang))


@cli.command("bench-suggest")
def bench_suggest_cmd(
    data: Annotated[
        list[Path] | None,
        typer.Option("--data", help="datamängder att mäta på (standard: demo, Norrsjö, Sjöbotten, Fjällmark)"),
    ] = None,
    as_json: bool = typer.Option(False, "--json", help="skriv ut ett JSON-objekt"),
    ingest_pages: int = typer.Option(
        100, "--ingest-pages", min=0, max=200, help="tidsmät ingest av en PDF med så många sidor (0 = hoppa över)"
    ),
) -> None:
    """Mät förslagen (dölj kända kopplingar, räkna hit@1 och hit@3 mot två jämförelser) och tiden för ingest."""
    from app.cli.bench_cmd import load_bench

    suggest_bench = load_bench("suggest")
    paths = list(data) if data else [p for p in suggest_bench.BENCH_DATA if p.exists()]
    figures = suggest_bench.bench_figures(paths)
    timing = suggest_bench.ingest_timing(ingest_pages) if ingest_pages else None
    if as_json:
        typer.echo(
            json.dumps(
                {"suggest": [f.model_dump(mode="json") for f in figures], "ingest": timing},
                ensure_ascii=False,
                indent=2,
            )
        )
        return
    typer.echo(suggest_bench.bench_table(figures))
    if timing:
        typer.echo(
            f"\ningest: {timing['pages']} pages, {timing['goals']} goals, {timing['actions']} actions "
            f"in {timing['seconds']:.1f} s ({timing['cpu_seconds']:.1f} s of processor time)"
        )
