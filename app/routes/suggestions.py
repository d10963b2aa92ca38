"""Suggested links over HTTP: what `ruslink suggest --format json` prints."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Query

from app.deps import Db, Reader
from graph.db import Database
from graph.i18n import number, register, t
from graph.suggest.engine import DEFAULT_TOP, Suggestions, suggest
from graph.views import DatasetGraph
from importers.export import read_content
from viz.network import display_name

router = APIRouter(tags=["suggestions"])


@router.get("/api/datasets/{dataset}/suggestions", summary="Candidate links for what is unlinked",
            dependencies=[Reader], response_model=Suggestions)
def suggestions(dataset: str, db: Db, lang: Literal["sv", "en"] = "sv",
                top: int = Query(DEFAULT_TOP, ge=1, le=50, description="candidates per subject"),
                every: bool = Query(False, alias="all", description="every action and plan goal, linked or not"),
                ) -> Suggestions:
    """Actions and plan goals that reach no RUS goal, and RUS goals without a reference, with candidates."""
    return suggest(read_content(db, dataset), dataset=dataset, top=top, every=every, lang=lang)


register({
    "ui.suggest.heading": {"sv": "Förslag på koppling", "en": "Suggested links"},
    "ui.suggest.accept": {"sv": "Godta", "en": "Accept"},
    "ui.suggest.reject": {"sv": "Avvisa", "en": "Reject"},
    "ui.suggest.score": {"sv": "poäng {score}", "en": "score {score}"},
    "ui.suggest.token": {"sv": "Skrivnyckel (RUSLINK_TOKEN) för att godta förslag:",
                         "en": "Write token (RUSLINK_TOKEN) to accept suggestions:"},
    "ui.suggest.saving": {"sv": "Sparar kopplingen …", "en": "Saving the link …"},
    # Doubled braces: the page fills these in, so format() must leave "{change}" and "{because}" standing.
    "ui.suggest.saved": {"sv": "Kopplingen är sparad som ändring {{change}}.",
                         "en": "The link is saved as change {{change}}."},
    "ui.suggest.failed": {"sv": "Kopplingen kunde inte sparas:", "en": "The link could not be saved:"},
    "ui.suggest.why": {"sv": "Godtaget förslag från ruslink: {{because}}",
                       "en": "Accepted ruslink suggestion: {{because}}"},
    "ui.suggest.source": {"sv": "Förslag från ruslink, godtaget i webbgränssnittet",
                          "en": "ruslink suggestion, accepted in the web UI"},
    "ui.suggest.by": {"sv": "webbgränssnittet", "en": "the web UI"},
})


def page_candidates(db: Database, dataset: str, graph: DatasetGraph, lang: str) -> dict[str, list[dict]]:
    """Candidates per orphan action, with the candidate goal's name, for the findings page."""
    result = suggest(read_content(db, dataset), dataset=dataset, lang=lang)
    out: dict[str, list[dict]] = {}
    for entry in result.suggestions:
        if entry.kind != "action_goal":
            continue
        out[entry.subject] = [{"id": c.id, "score": number(c.score, lang, decimals=2), "because": c.because,
                               "name": display_name(graph.nodes[c.id], lang) if c.id in graph.nodes else c.id}
                              for c in entry.candidates]
    return out


def page_texts(lang: str) -> dict[str, str]:
    keys = ("accept", "reject", "token", "saving", "saved", "failed", "why", "source", "by")
    return {key: t(f"ui.suggest.{key}", lang) for key in keys}
