"""`ruslink analyse NAME --dataset D`: run one analysis (or `all`) and print it as JSON, a table or CSV."""

from __future__ import annotations

import csv
import io
import json

import typer

from app.cli import cli
from app.cli.common import open_db
from graph import store
from graph.analyses import ANALYSIS_NAMES, AnalysisResult, Finding, run_all, run_analysis
from graph.analyses.compare import Comparison, compare_datasets
from graph.analyses.options import OPTIONS, parse_pairs
from graph.errors import InvalidInput
from graph.i18n import code_word, plural, t
from graph.safe_cells import neutralise
from viz.texts import kind_name

FORMATS = ("json", "table", "csv")
CSV_COLUMNS = ("analysis", "dataset", "kind", "severity", "subject", "related", "explanation")


def _related(f: Finding, lang: str) -> str:
    """The related ids; the actor kinds an `absent_kind` finding names, in words."""
    if f.kind == "absent_kind":
        return ", ".join(code_word("actor_kind", k, lang) for k in f.related)
    return ", ".join(f.related)


def _table_rows(findings: list[Finding], lang: str, change: str = "") -> list[list[str]]:
    return [
        [
            (t(f"cli.analyse.{change}", lang) + " " if change else "") + t(f"severity.{f.severity}", lang),
            kind_name(f.kind, lang),
            f.subject,
            _related(f, lang),
            f.explanation,
        ]
        for f in findings
    ]


def _table(heading: str, rows: list[list[str]], lang: str) -> str:
    headers = t("cli.analyse.columns", lang).split("|")
    if not rows:
        return heading + "\n" + t("cli.analyse.none", lang)
    # The explanation is last and not padded, so long sentences do not widen every line.
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers[:-1])]
    lines = [heading, "  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=False)) + "  " + headers[-1]]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)) + "  " + r[-1] for r in rows]
    return "\n".join(lines)


def render(results: list[AnalysisResult] | list[Comparison], fmt: str, lang: str, single: bool) -> str:
    """The printed form of analysis results (or comparisons) in one of FORMATS."""
    if fmt == "json":
        data = [r.model_dump(mode="json") for r in results]
        return json.dumps(data[0] if single else data, ensure_ascii=False, indent=2)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        compared = bool(results) and isinstance(results[0], Comparison)
        writer.writerow((*CSV_COLUMNS, "change") if compared else CSV_COLUMNS)
        for r in results:
            groups = [("new", r.new), ("resolved", r.resolved)] if isinstance(r, Comparison) else [("", r.findings)]
            for change, findings in groups:
                for f in findings:
                    row = [r.analysis, r.dataset, f.kind, f.severity, f.subject, "|".join(f.related), f.explanation]
                    # Ids and names come from analysts' workbooks: a cell such as "=HYPERLINK(…)" must stay text.
                    writer.writerow([neutralise(c) for c in ([*row, change] if compared else row)])
        return buffer.getvalue().rstrip("\n")
    blocks = []
    for r in results:
        if isinstance(r, Comparison):
            heading = t(
                "cli.analyse.compare_heading",
                lang,
                analysis=t(f"analysis.{r.analysis}", lang),
                dataset=r.dataset,
                compare=r.compare,
                new=plural(len(r.new), "new_findings", lang),
                resolved=plural(len(r.resolved), "resolved_findings", lang),
            )
            rows = _table_rows(r.new, lang, "new") + _table_rows(r.resolved, lang, "resolved")
        else:
            heading = t(
                "cli.analyse.heading",
                lang,
                analysis=t(f"analysis.{r.analysis}", lang),
                dataset=r.dataset,
                findings=plural(len(r.findings), "findings", lang),
            )
            rows = _table_rows(r.findings, lang)
        blocks.append(_table(heading, rows, lang))
    return "\n\n".join(blocks)


@cli.command()
def analyse(
    name: str = typer.Argument(..., help=f"Analysens namn: {', '.join(ANALYSIS_NAMES)}, eller 'all' för alla."),
    dataset: str = typer.Option(..., "--dataset", help="Datamängden som analyseras."),
    fmt: str = typer.Option("table", "--format", help="Utdata: json, table (tabell för läsning) eller csv."),
    lang: str = typer.Option("sv", "--lang", help="Språk i förklaringarna: sv (svenska) eller en (engelska)."),
    goal: str = typer.Option(None, "--goal", help="Begränsa chains och contribution till ett RUS-mål (id)."),
    compare: str = typer.Option(
        None, "--compare", help="Jämför med en annan datamängd (t.ex. förra importen): visa nya och lösta fynd."
    ),
    option: list[str] = typer.Option(
        None,
        "--option",
        "-o",
        help="Tröskelvärde som NAMN=VÄRDE (kan upprepas): " + ", ".join(n for n in OPTIONS if n != "goal") + ".",
    ),
) -> None:
    """Kör en analys (eller alla) på en datamängd och skriv ut fynden."""
    if fmt not in FORMATS:
        raise InvalidInput(f"Okänt format {fmt!r}. Välj json, table eller csv.")
    if lang not in ("sv", "en"):
        raise InvalidInput(f"Okänt språk {lang!r}. Välj sv eller en.")
    if name != "all" and name not in ANALYSIS_NAMES:
        raise InvalidInput(
            f"Analysen {name!r} finns inte. Analyser: {', '.join(ANALYSIS_NAMES)}, all.",
            details=[*ANALYSIS_NAMES, "all"],
        )
    options = parse_pairs(option or [])
    if goal:
        options["goal"] = goal
    names = list(ANALYSIS_NAMES) if name == "all" else [name]
    with open_db() as db:
        if compare:
            results: list = [compare_datasets(db, dataset, compare, n, lang=lang, options=options) for n in names]
        elif name == "all":
            results = run_all(db, dataset, lang=lang, options=options)
        else:
            results = [run_analysis(db, dataset, name, lang=lang, options=options)]
        illustrative = bool((store.dataset_info(db, dataset).get("meta") or {}).get("illustrative"))
    if fmt == "table" and illustrative:
        typer.echo(t("illustrative", lang) + "\n")  # people reading a table must see it is not official data
    typer.echo(render(results, fmt, lang, single=name != "all"))
