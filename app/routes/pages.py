"""The web UI: server-rendered pages (Jinja) over the same functions as the API.

Every user-provided string reaches the page through Jinja's autoescaping or as JSON in a
`<script type="application/json">` block that the static scripts read with JSON.parse; nothing is marked
safe. The language is Swedish unless `?lang=en` is given, which a cookie then remembers.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from app.deps import Db, Reader
from app.prepare import before_explorer
from app.rendering import page_lang, render
from app.routes.graph_api import explorer_asks
from app.routes.suggestions import page_candidates, page_texts
from graph import store
from graph.analyses import run_analysis
from graph.errors import NotFound
from graph.i18n import code_word, t
from graph.views import load_graph, load_with_findings
from viz.chains import chains_under
from viz.findings import MARK_OF_ANALYSIS
from viz.focus import goal_focus
from viz.matrices import coverage, interactions
from viz.network import display_name
from viz.silos import group_silos
from viz.texts import js_texts
from viz.trends import DEFAULT_TOLERANCE, charts
from viz.views import explorer_facts, explorer_renderer, kept_explorer_facts

router = APIRouter(tags=["pages"], include_in_schema=False)


def _dataset_nav(dataset: str) -> dict[str, Any]:
    return {"dataset": dataset}


@router.get("/", response_class=HTMLResponse, dependencies=[Reader])
def index(request: Request, db: Db) -> HTMLResponse:
    """The datasets, and an upload form for token holders."""
    return render(request, "index.html", datasets=store.list_datasets(db))


@router.get("/datasets/{dataset}", response_class=HTMLResponse, dependencies=[Reader])
def overview(request: Request, dataset: str, db: Db) -> HTMLResponse:
    """Counts, the headline findings of each analysis and the ways into the views."""
    lang = page_lang(request)
    graph, results = load_with_findings(db, dataset, lang=lang)
    counts: dict[str, int] = next((d["counts"] for d in store.list_datasets(db) if d["dataset"] == dataset), {})
    headlines = []
    for result in results:  # every analysis, in the order of ANALYSIS_NAMES
        kinds: dict[str, int] = {}
        for f in result.findings:
            kinds[f.kind] = kinds.get(f.kind, 0) + 1
        headlines.append(
            {
                "name": result.analysis,
                "count": len(result.findings),
                "high": sum(1 for f in result.findings if f.severity == "high"),
                "kinds": sorted(kinds.items()),
                "top": result.findings[:3],
            }
        )
    rus = graph.rus
    return render(
        request,
        "overview.html",
        **_dataset_nav(dataset),
        graph=graph,
        counts=counts,
        headlines=headlines,
        rus=rus,
        rus_goals=graph.rus_goals(),
    )


def _explorer(request: Request, db: Db, dataset: str, *, view: str, title_key: str) -> HTMLResponse:
    lang = page_lang(request)
    # The diagram is drawn without waiting for the analyses; the page fetches their marks afterwards. Once the
    # version's filters are kept (a request or the background preparation made them) the page needs no graph.
    layout = "force" if request.query_params.get("layout") == "force" else "layered"
    info = store.dataset_info(db, dataset)
    data = kept_explorer_facts(dataset, info["key"], view=view, layout=layout, lang=lang)
    if data is None:
        before_explorer(request.app.state, dataset, info["key"], view=view, layout=layout, lang=lang)
        data = kept_explorer_facts(dataset, info["key"], view=view, layout=layout, lang=lang)
    if data is None:
        data = explorer_facts(load_graph(db, dataset, info), view=view, layout=layout, lang=lang)
    asks = explorer_asks(quote(dataset), view=view, layout=data["layout"], lang=lang)
    marks_url = asks["marks"][0] + "?" + urlencode(asks["marks"][1])
    # The diagram itself is fetched as compact, compressed columns (viz/compact.py), not embedded in the page.
    columns_url = asks["columns"][0] + "?" + urlencode(asks["columns"][1])
    details_url = f"/api/datasets/{quote(dataset)}/details?lang={lang}&node="
    renderer = explorer_renderer(data, request.query_params.get("renderer"))
    return render(
        request,
        "explorer.html",
        **_dataset_nav(dataset),
        illustrative=bool((info.get("meta") or {}).get("illustrative")),
        data=data,
        renderer=renderer,
        view=view,
        title=t(title_key, lang),
        js_texts=js_texts(lang),
        controls=True,
        page_state={
            "dataset": dataset,
            "view": view,
            "layout": data["layout"],
            "lang": lang,
            "marksUrl": marks_url,
            "columnsUrl": columns_url,
            "detailsUrl": details_url,
            "renderer": renderer,
        },
    )


@router.get("/datasets/{dataset}/explore", response_class=HTMLResponse, dependencies=[Reader])
def explore(request: Request, dataset: str, db: Db) -> HTMLResponse:
    """The network explorer (filters, search, side panel, meeting mode, saved views, export)."""
    return _explorer(request, db, dataset, view="network", title_key="ui.explorer")


@router.get("/datasets/{dataset}/actors", response_class=HTMLResponse, dependencies=[Reader])
def actors(request: Request, dataset: str, db: Db) -> HTMLResponse:
    """The actor network: actors joined by shared actions, and the forums they sit in."""
    return _explorer(request, db, dataset, view="actors", title_key="ui.actor_network")


@router.get("/datasets/{dataset}/goals/{goal}", response_class=HTMLResponse, dependencies=[Reader])
def goal(
    request: Request, dataset: str, goal: str, db: Db, plan: str | None = None, actors: bool = False
) -> HTMLResponse:
    """One RUS goal's linkage diagram, laid out for this goal: up to the national strategy and Agenda 2030,
    down to plans, actions, actors and indicators; its chains and upward links listed below."""
    from viz.diagram_page import page_context
    from viz.subgraphs import DiagramAsk, diagram_for

    lang = page_lang(request)
    graph, results = load_with_findings(db, dataset, lang=lang)
    node = graph.nodes.get(goal)
    if node is None or node.label != "Goal":
        raise NotFound(t("ui.goal_not_found", lang, goal=goal))
    focus = goal_focus(graph, goal, plan=plan)
    ask = DiagramAsk(goal=goal, plan=plan or None, actors=actors)
    diagram = diagram_for(graph, results, ask, lang=lang)
    # The actions the contribution scorecard counts for this goal (for a goal area or the vision: those
    # reaching any goal under it), each with the path the `chains` analysis found.
    card = next((f for r in results if r.analysis == "contribution" for f in r.findings if f.subject == goal), None)
    reaching = list((card.model_extra or {}).get("reaching", [])) if card is not None else []
    chains = [
        c for c in chains_under(graph, goal, reaching) if not plan or graph.nodes[c.start].get("strategy") == plan
    ]
    upward = [graph.nodes[i] for i in focus.upward if i in graph.nodes]
    from viz.influence_view import goal_influence

    influence = next((goal_influence(r, graph, goal, lang) for r in results if r.analysis == "influence"), None)
    plans = [p for p in graph.plans() if any(graph.nodes[c].get("strategy") == p.id for c in focus.contributors)]
    base = f"/datasets/{quote(dataset)}"
    tools = [(t("dg.show_only_conflicts", lang), f"{base}/diagram?conflicts=1")]
    return render(
        request,
        "goal.html",
        **_dataset_nav(dataset),
        graph=graph,
        goal=node,
        chains=chains,
        upward=upward,
        plan=graph.nodes.get(plan) if plan else None,
        plans=plans,
        tools=tools,
        influence=influence,
        js_texts=js_texts(lang),
        name_of=lambda i: display_name(graph.nodes[i], lang) if i in graph.nodes else i,
        **page_context(dataset, diagram, ask, lang),
    )


@router.get("/datasets/{dataset}/coverage", response_class=HTMLResponse, dependencies=[Reader])
def coverage_page(request: Request, dataset: str, db: Db) -> HTMLResponse:
    """Plans × RUS goals: the contributing actions of each plan and their strength."""
    graph = load_graph(db, dataset)
    return render(
        request,
        "coverage.html",
        **_dataset_nav(dataset),
        graph=graph,
        matrix=coverage(graph),
        js_texts=js_texts(page_lang(request)),
    )


@router.get("/datasets/{dataset}/interactions", response_class=HTMLResponse, dependencies=[Reader])
def interactions_page(request: Request, dataset: str, db: Db) -> HTMLResponse:
    """Goals × goals on the −3…+3 scale, like a cross-impact matrix."""
    from viz.influence_view import graph_names, influence_rows

    lang = page_lang(request)
    graph = load_graph(db, dataset)
    matrix = interactions(graph)
    rows = influence_rows(run_analysis(db, dataset, "influence", lang=lang), graph_names(graph, lang), lang)
    by_influence = request.query_params.get("sort") == "influence"
    if by_influence:  # the analysis's rank orders the matrix too
        order = {row["id"]: n for n, row in enumerate(rows)}
        matrix.goals.sort(key=lambda g: order.get(g.id, len(order)))
    return render(
        request,
        "interactions.html",
        **_dataset_nav(dataset),
        graph=graph,
        matrix=matrix,
        influence=rows,
        by_influence=by_influence,
        js_texts=js_texts(page_lang(request)),
    )


@router.get("/datasets/{dataset}/findings/{analysis}", response_class=HTMLResponse, dependencies=[Reader])
def findings_page(request: Request, dataset: str, analysis: str, db: Db) -> HTMLResponse:
    """One analysis's findings, each with a link that shows it in the diagram."""
    lang = page_lang(request)
    graph = load_graph(db, dataset)
    result = run_analysis(db, dataset, analysis, lang=lang)  # AnalysisNotFound for a name not in the registry
    rows = []
    for f in result.findings:
        ids = [f.subject, *[r for r in f.related if r != f.subject]]
        words = {k: code_word("actor", k, lang) for k in f.related} if f.kind == "absent_kind" else {}
        rows.append(
            {
                "finding": f,
                "names": [display_name(graph.nodes[i], lang) if i in graph.nodes else words.get(i, i) for i in ids],
                "in_graph": f.subject in graph.nodes,
                "highlight": ",".join(i for i in ids if i in graph.nodes),
                "mark": MARK_OF_ANALYSIS.get(analysis, {}).get(f.kind),
            }
        )
    silo_groups: list = []
    if analysis == "complementarity":
        rows, silo_groups = group_silos(
            rows, lambda g: display_name(graph.nodes[g], lang) if g in graph.nodes else g, lang
        )
    suggested = page_candidates(db, dataset, graph, lang) if analysis == "orphan_actions" else {}
    return render(
        request,
        "findings.html",
        **_dataset_nav(dataset),
        graph=graph,
        analysis=analysis,
        rows=rows,
        silo_groups=silo_groups,
        suggested=suggested,
        suggest_texts=page_texts(lang) if suggested else {},
    )


@router.get("/datasets/{dataset}/indicators", response_class=HTMLResponse, dependencies=[Reader])
def indicators_page(request: Request, dataset: str, db: Db) -> HTMLResponse:
    """Every indicator's baseline, target and observations as a small chart."""
    lang = page_lang(request)
    graph = load_graph(db, dataset)
    measures: dict[str, list[str]] = {}
    for link in graph.links_of("MEASURED_BY"):
        if link.source in graph.nodes:
            measures.setdefault(link.target, []).append(graph.nodes[link.source].name)
    return render(
        request,
        "indicators.html",
        **_dataset_nav(dataset),
        graph=graph,
        charts=charts(graph, lang),
        measures=measures,
        tolerance=DEFAULT_TOLERANCE,
    )
