"""GET /api/datasets/{dataset}/graph: nodes and links as network JSON for the explorer (filters as params)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request, Response

from app.cached import json_for_version
from app.deps import Db, Reader
from app.prepare import before_explorer
from graph import store
from graph.db import Database
from graph.errors import InvalidInput, NotFound
from graph.i18n import t
from graph.views import DatasetGraph, findings_for, load_graph, load_with_findings
from viz.compact import INLINE_UP_TO
from viz.filters import ViewFilter, split
from viz.findings import MARK_OF_ANALYSIS
from viz.views import compact_view, details_view, marks_view, network_view

router = APIRouter(tags=["views"])


@router.get("/api/datasets/{dataset}/graph", summary="Network JSON for the explorer", dependencies=[Reader])
def graph(
    request: Request,
    dataset: str,
    db: Db,
    view: Annotated[Literal["network", "actors"], Query(description="network (all rows) or actors")] = "network",
    layout: Annotated[Literal["layered", "force"], Query(description="layered (precomputed) or force")] = "layered",
    strategy: Annotated[list[str] | None, Query(description="strategy ids (repeat or comma-separate)")] = None,
    goal_area: Annotated[list[str] | None, Query(description="RUS goal-area ids")] = None,
    status: Annotated[list[str] | None, Query(description="action statuses; 'none' = no status")] = None,
    actor_kind: Annotated[list[str] | None, Query(description="actor kinds; 'none' = no kind")] = None,
    link_type: Annotated[list[str] | None, Query(description="relationship types, e.g. CONTRIBUTES_TO")] = None,
    score_min: Annotated[int, Query(ge=-3, le=3)] = -3,
    score_max: Annotated[int, Query(ge=-3, le=3)] = 3,
    focus: Annotated[str | None, Query(description="keep only this row's neighbourhood")] = None,
    depth: Annotated[int, Query(ge=0, le=6)] = 2,
    lang: Annotated[Literal["sv", "en"], Query()] = "sv",
) -> Response:
    """Nodes (with type, strategy, goal areas, status, marks and details), edges, vis-network options,
    legend, filter facets and the findings that involve each node."""
    if score_min > score_max:
        raise InvalidInput("score_min får inte vara större än score_max.")
    f = ViewFilter(
        strategies=split(strategy),
        goal_areas=split(goal_area),
        statuses=split(status),
        actor_kinds=split(actor_kind),
        link_types=split(link_type),
        score_min=score_min,
        score_max=score_max,
        focus=focus,
        depth=depth,
    )
    graph_data, results = load_with_findings(db, dataset, lang=lang)
    return json_for_version(
        request,
        db,
        dataset,
        graph_data.key,
        lambda: network_view(graph_data, results, view=view, layout=layout, lang=lang, view_filter=f),
    )


@router.get(
    "/api/datasets/{dataset}/marks",
    summary="Marks and findings per node of the explorer's diagram",
    dependencies=[Reader],
)
def marks(
    request: Request,
    dataset: str,
    db: Db,
    view: Annotated[Literal["network", "actors"], Query()] = "network",
    lang: Annotated[Literal["sv", "en"], Query()] = "sv",
) -> Response:
    """For each node the analyses name: its marks (orphan, conflict, gap, synergy), their names and style,
    and for a small diagram the most severe findings about each row for the side panel. A large diagram's
    marks need only the analyses that mark rows; its panel findings come with a row's details."""
    info = store.dataset_info(db, dataset)  # the graph is read only when the answer is not kept
    before_explorer(request.app.state, dataset, info["key"], view=view, layout="layered", lang=lang)
    return json_for_version(
        request,
        db,
        dataset,
        info["key"],
        lambda: marks_answer(db, load_graph(db, dataset, info), lang),
        params={"view": view, "lang": lang},
    )


def explorer_asks(dataset: str, *, view: str, layout: str, lang: str) -> dict[str, tuple[str, dict[str, str]]]:
    """What the explorer page asks for as soon as it loads, as (path, query): its columns and its marks. The page
    makes its URLs from these (with the name quoted), and the background preparation keeps these answers
    (app/prepare.py), so the two cannot drift apart."""
    base = f"/api/datasets/{dataset}"
    return {
        "columns": (f"{base}/graph/columns", {"view": view, "layout": layout, "lang": lang}),
        "marks": (f"{base}/marks", {"view": view, "lang": lang}),
    }


def marks_answer(db: Database, graph_data: DatasetGraph, lang: str) -> dict:
    """The marks endpoint's answer for one dataset version (also built ahead by app/prepare.py)."""
    small = len(graph_data.nodes) <= INLINE_UP_TO
    kinds = None if small else MARK_OF_ANALYSIS
    results = findings_for(db, graph_data.dataset, graph_data.key, lang=lang, kinds=kinds)
    return marks_view(graph_data, results, lang=lang, panel=small)


@router.get(
    "/api/datasets/{dataset}/graph/columns",
    summary="The explorer's diagram as compact columns",
    dependencies=[Reader],
)
def graph_columns(
    request: Request,
    dataset: str,
    db: Db,
    view: Annotated[Literal["network", "actors"], Query()] = "network",
    layout: Annotated[Literal["layered", "force"], Query()] = "layered",
    lang: Annotated[Literal["sv", "en"], Query()] = "sv",
) -> Response:
    """Nodes and edges as parallel arrays (id, x, y, group, label …) with style and name tables, computed
    once per dataset version and sent compressed; details per row come from `/details`."""
    info = store.dataset_info(db, dataset)  # the graph is read only when the answer is not kept
    before_explorer(request.app.state, dataset, info["key"], view=view, layout=layout, lang=lang)

    def build() -> dict:
        return compact_view(load_graph(db, dataset, info), view=view, layout=layout, lang=lang)

    return json_for_version(
        request, db, dataset, info["key"], build, params={"view": view, "layout": layout, "lang": lang}
    )


@router.get(
    "/api/datasets/{dataset}/details",
    summary="One row's details and the findings about it, for the explorer's side panel",
    dependencies=[Reader],
)
def details(
    request: Request,
    dataset: str,
    db: Db,
    node: Annotated[str, Query(description="the row's id", max_length=500)],
    lang: Annotated[Literal["sv", "en"], Query()] = "sv",
) -> Response:
    """[label, value] pairs of one row and its most severe findings (chains left out: they are edges)."""
    graph_data, results = load_with_findings(db, dataset, lang=lang)
    found = details_view(graph_data, results, node, lang=lang)
    if found is None:
        raise NotFound(t("ui.node_not_found", lang, node=node))
    return json_for_version(request, db, dataset, graph_data.key, lambda: found)


@router.get(
    "/api/datasets/{dataset}/prepared",
    summary="Whether the explorer of the dataset's current version is prepared",
    dependencies=[Reader],
)
def prepared(request: Request, dataset: str, db: Db) -> dict:
    """The current version, and whether this app has already built its explorer's first load in the background
    (app/prepare.py; always false when preparing is turned off or the version existed when the app started)."""
    key = store.current_key(db, dataset)
    preparer = getattr(request.app.state, "preparer", None)
    done = preparer is not None and preparer.prepared.get(dataset) == key
    return {"dataset": dataset, "version": key, "prepared": done}
