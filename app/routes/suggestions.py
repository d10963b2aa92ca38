"""Suggested links over HTTP: what `ruslink suggest --format json` prints."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from typing import Literal

from fastapi import APIRouter, Query

from app.deps import Db, Reader
from graph.db import Database
from graph.i18n import number, t
from graph.suggest.engine import DEFAULT_TOP, Suggestions, suggest
from graph.views import DatasetGraph
from importers.export import read_content
from viz.network import display_name

router = APIRouter(tags=["suggestions"])


@router.get(
    "/api/datasets/{dataset}/suggestions",
    summary="Candidate links for what is unlinked",
    dependencies=[Reader],
    response_model=Suggestions,
)
def suggestions(
    dataset: str,
    db: Db,
    lang: Literal["sv", "en"] = "sv",
    top: int = Query(DEFAULT_TOP, ge=1, le=50, description="candidates per subject"),
    every: bool = Query(False, alias="all", description="every action and plan goal, linked or not"),
) -> Suggestions:
    """Actions and plan goals that reach no RUS goal, and RUS goals without a reference, with candidates."""
    return suggest(read_content(db, dataset), dataset=dataset, top=top, every=every, lang=lang)


# The findings page waits this long for the sentence model; past it, the page shows the lexical candidates
# while the model goes on reading the dataset's texts in the background (kept per process and text), so
# the next view, the API and the CLI show the full method.
PAGE_BUDGET_S = 4.0
_background = ThreadPoolExecutor(max_workers=1, thread_name_prefix="suggest-embed")


def page_candidates(db: Database, dataset: str, graph: DatasetGraph, lang: str) -> dict[str, list[dict]]:
    """Candidates per orphan action, with the candidate goal's name, for the findings page."""
    content = read_content(db, dataset)
    pending = _background.submit(suggest, content, dataset=dataset, lang=lang)
    try:
        result = pending.result(timeout=PAGE_BUDGET_S)
    except FutureTimeout:
        result = suggest(content, dataset=dataset, lang=lang, embeddings=False)
    out: dict[str, list[dict]] = {}
    for entry in result.suggestions:
        if entry.kind != "action_goal":
            continue
        out[entry.subject] = [
            {
                "id": c.id,
                "score": number(c.score, lang, decimals=2),
                "because": c.because,
                "name": display_name(graph.nodes[c.id], lang) if c.id in graph.nodes else c.id,
            }
            for c in entry.candidates
        ]
    return out


def page_texts(lang: str) -> dict[str, str]:
    keys = ("accept", "reject", "token", "saving", "saved", "failed", "why", "source", "by")
    return {key: t(f"ui.suggest.{key}", lang) for key in keys}
