"""Analyses over HTTP: the same results as `ruslink analyse --format json`."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response

from app.cached import json_for_version
from app.deps import Db, Reader
from graph import store
from graph.analyses import ANALYSIS_NAMES, AnalysisResult, run_all, run_analysis
from graph.analyses.compare import Comparison, compare_datasets
from graph.analyses.options import OPTIONS

router = APIRouter(tags=["analyses"])
PAGE_MAX = 1000
"""No findings list is served whole above this many items over HTTP."""

_OPTIONS_DOC = "Thresholds as query parameters: " + ", ".join(OPTIONS) + " (see graph/analyses/options.py)."


def _options(request: Request) -> dict[str, str]:
    """The analysis options given as query parameters (others, such as lang, are not options)."""
    return {name: value for name, value in request.query_params.items() if name in OPTIONS}


@router.get(
    "/api/datasets/{dataset}/analyses",
    summary="Every analysis of a dataset",
    description=_OPTIONS_DOC,
    dependencies=[Reader],
    response_model=list[AnalysisResult] | list[Comparison],
)
def all_analyses(
    dataset: str,
    request: Request,
    db: Db,
    lang: Literal["sv", "en"] = "sv",
    compare: str | None = Query(None, description="another dataset: report new and resolved findings"),
) -> JSONResponse:
    """Every analysis, in the order of spec/analyses.md (a list of results); a findings list longer than
    PAGE_MAX comes as its first page, with `total`, `offset` and `limit` (the rest from `/analyses/{name}`)."""
    options = _options(request)
    if compare:
        results: list = [
            compare_datasets(db, dataset, compare, name, lang=lang, options=options) for name in ANALYSIS_NAMES
        ]
        return JSONResponse([r.model_dump(mode="json") for r in results])
    # Serialised as `ruslink analyse all --format json` prints it (extra finding fields kept), but a findings
    # list longer than PAGE_MAX is sent as its first page with `total`, `offset` and `limit`, as the one
    # analysis's answer pages it: a region many times the usual size has 200 000 silo pairs (78 MB).
    return JSONResponse(
        [
            page_of(r, 0, PAGE_MAX) if len(r.findings) > PAGE_MAX else r.model_dump(mode="json")
            for r in run_all(db, dataset, lang=lang, options=options)
        ]
    )


@router.get(
    "/api/datasets/{dataset}/analyses/{name}",
    summary="One analysis of a dataset",
    description=_OPTIONS_DOC,
    dependencies=[Reader],
    response_model=AnalysisResult | Comparison,
)
def one_analysis(
    dataset: str,
    name: str,
    request: Request,
    db: Db,
    lang: Literal["sv", "en"] = "sv",
    compare: str | None = Query(None, description="another dataset: report new and resolved findings"),
    limit: int | None = Query(
        None,
        ge=1,
        le=PAGE_MAX,
        description=f"findings per page (at most {PAGE_MAX}); lists longer than {PAGE_MAX} are always paged",
    ),
    offset: int = Query(0, ge=0, description="the first finding of the page"),
) -> Response:
    """One analysis as spec/analyses.md shapes it (`all`: the list of every analysis, as the CLI);
    unknown dataset or analysis: 404 listing what exists.

    A page (`limit`, `offset`, or a list longer than PAGE_MAX) adds `total`, `offset` and `limit`; the CLI
    and the report keep every finding."""
    if name == "all":
        return all_analyses(dataset, request, db, lang=lang, compare=compare)
    options = _options(request)
    if compare:
        comparison = compare_datasets(db, dataset, compare, name, lang=lang, options=options)
        return JSONResponse(comparison.model_dump(mode="json"))
    key = store.current_key(db, dataset)  # once: the list and its bytes describe the same version
    result = run_analysis(db, dataset, name, lang=lang, options=options, key=key)
    total = len(result.findings)
    if limit is None and offset == 0 and total <= PAGE_MAX:
        # Kept per dataset version as bytes (compressed when large) with an ETag: a repeat request only
        # resolves the current version and sends them.
        return json_for_version(request, db, dataset, key, lambda: result.model_dump(mode="json"))
    return JSONResponse(page_of(result, offset, limit or PAGE_MAX))


def page_of(result: AnalysisResult, offset: int, size: int) -> dict:
    """One page of a result's findings with `total`, `offset` and `limit`: only that page is serialised."""
    page = result.model_dump(mode="json", exclude={"findings"})
    page["findings"] = [f.model_dump(mode="json") for f in result.findings[offset : offset + size]]
    return page | {"total": len(result.findings), "offset": offset, "limit": size}
