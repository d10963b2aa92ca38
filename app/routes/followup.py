"""The follow-up page (`/datasets/{d}/followup`) and the "Hämta från Kolada" job behind its button.

The Kolada fetch runs in a background thread (it may wait on Kolada's retries for a while); the page
polls `GET /api/datasets/{d}/kolada/jobs/{job}` for its progress. Jobs live in this process only.
"""

from __future__ import annotations

import threading
import uuid
from typing import Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse

from app.deps import Db, Reader, Writer
from app.rendering import page_lang, render
from graph.analyses import run_analysis
from graph.errors import NotFound, RuslinkError
from graph.i18n import t
from graph.store import check_dataset_name
from graph.views import load_graph
from viz.followup import build
from viz.sparkline import bars, spark

router = APIRouter(tags=["follow-up"])

_JOBS: dict[str, dict[str, Any]] = {}
_JOBS_LOCK = threading.Lock()
_JOBS_KEPT = 50


@router.get("/datasets/{dataset}/followup", response_class=HTMLResponse, dependencies=[Reader], include_in_schema=False)
def followup_page(
    request: Request, dataset: str, db: Db, plan: str | None = None, actor: str | None = None, period: str | None = None
) -> HTMLResponse:
    """One row per RUS goal: actions as traffic lights, latest comments, indicator trends, what changed."""
    lang = page_lang(request)
    graph = load_graph(db, dataset)
    cards = run_analysis(db, dataset, "contribution", lang=lang, key=graph.key).findings
    fu = build(graph, cards, plan=plan or None, actor=actor or None, period=period or None, lang=lang)
    sparks, bar_charts = {}, {}
    for goal in fu.goals:
        for ind in goal.indicators:
            node = ind.node
            base = (node.get("baseline_year"), node.get("baseline_value"))
            target = (node.get("target_year"), node.get("target_value"))
            sparks[node.id] = spark(
                ind.series, base if None not in base else None, target if None not in target else None, lang
            )
            bar_charts[node.id] = bars([(a.name, a.values) for a in ind.areas], lang)
    settings = request.app.state.settings
    writable = settings.ruslink_token is not None or request.app.state.allow_anonymous_writes
    can_fetch = writable and any(n.get("source") == "kolada" for n in graph.of_label("Indicator"))
    texts = {k: t(f"fu.kolada_{k}", lang) for k in ("running", "failed", "done")}
    return render(
        request,
        "followup.html",
        dataset=dataset,
        graph=graph,
        fu=fu,
        sparks=sparks,
        bar_charts=bar_charts,
        can_fetch=can_fetch,
        kolada_texts=texts,
    )


def _run_job(app: Any, job: str, dataset: str, lang: str) -> None:
    from app.cli.kolada_cmd import cache_dir
    from importers.kolada_fetch import fetch_kolada

    def progress(done: int, total: int) -> None:
        with _JOBS_LOCK:
            _JOBS[job].update(done=done, total=total)

    try:
        result = fetch_kolada(
            app.state.db, dataset, lang=lang, cache_dir=cache_dir(app.state.settings), progress=progress
        )
        update = {"state": "done", "lines": result.lines, "stored": result.stored, "from_cache": result.from_cache}
    except RuslinkError as e:
        update = {"state": "failed", "message": e.message, "details": [d for d in e.details if isinstance(d, str)]}
    except Exception as e:  # a job must always end with a state the page can show
        update = {"state": "failed", "message": str(e) or e.__class__.__name__, "details": []}
    with _JOBS_LOCK:
        _JOBS[job].update(update)


@router.post(
    "/api/datasets/{dataset}/kolada/fetch",
    dependencies=[Writer],
    status_code=202,
    summary="Fetch the dataset's Kolada indicators from Kolada (background job)",
)
def start_fetch(request: Request, dataset: str, lang: str = Query("sv", pattern="^(sv|en)$")) -> dict:
    """Start `ruslink kolada fetch` for the dataset; answers the job to poll for progress."""
    check_dataset_name(dataset)
    job = uuid.uuid4().hex[:12]
    with _JOBS_LOCK:
        while len(_JOBS) >= _JOBS_KEPT:
            _JOBS.pop(next(iter(_JOBS)))
        _JOBS[job] = {"job": job, "dataset": dataset, "state": "running", "done": 0, "total": 0}
    threading.Thread(target=_run_job, args=(request.app, job, dataset, lang), daemon=True).start()
    return {"job": job, "poll": f"/api/datasets/{dataset}/kolada/jobs/{job}"}


@router.get(
    "/api/datasets/{dataset}/kolada/jobs/{job}", dependencies=[Reader], summary="Progress of a Kolada fetch job"
)
def job_state(dataset: str, job: str) -> dict:
    """`state` running | done | failed, `done` of `total` requests, and the fetch's report lines when done."""
    with _JOBS_LOCK:
        state = dict(_JOBS.get(job) or {})
    if not state or state.get("dataset") != dataset:
        raise NotFound("Det finns inget sådant hämtningsjobb.")
    return state
