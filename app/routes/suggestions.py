"""Suggested links over HTTP: what `ruslink suggest --format json` prints."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Query

from app.deps import Db, Reader
from graph.suggest.engine import DEFAULT_TOP, Suggestions, suggest
from importers.export import read_content

router = APIRouter(tags=["suggestions"])


@router.get("/api/datasets/{dataset}/suggestions", summary="Candidate links for what is unlinked",
            dependencies=[Reader], response_model=Suggestions)
def suggestions(dataset: str, db: Db, lang: Literal["sv", "en"] = "sv",
                top: int = Query(DEFAULT_TOP, ge=1, le=50, description="candidates per subject"),
                every: bool = Query(False, alias="all", description="every action and plan goal, linked or not"),
                ) -> Suggestions:
    """Actions and plan goals that reach no RUS goal, and RUS goals without a reference, with candidates."""
    return suggest(read_content(db, dataset), dataset=dataset, top=top, every=every, lang=lang)
