"""What the two workshop pages get as JSON: the pairs with their goals' names, the scale and the words.

The pages' scripts read it with JSON.parse and set every name with textContent.
"""

from __future__ import annotations

from typing import Any

from graph.i18n import score_meaning, score_name, signed, t
from graph.views import DatasetGraph
from viz.network import display_name

SCALE = (3, 2, 1, 0, -1, -2, -3)


def _pairs(graph: DatasetGraph, workshop: dict[str, Any], lang: str) -> list[dict[str, Any]]:
    def name(goal: str) -> str:
        node = graph.nodes.get(goal)
        return display_name(node, lang) if node is not None else goal

    rus = graph.rus

    def plan(goal: str) -> str:
        """The plan a goal belongs to; for the RUS's own goals just 'RUS-mål' (its long name says little)."""
        node = graph.nodes.get(goal)
        strategy = graph.nodes.get(str(node.get("strategy"))) if node is not None else None
        if strategy is None:
            return ""
        return t("ws.rus_goal", lang, id=goal) if rus is not None and strategy.id == rus.id else strategy.name

    return [
        {"from": a, "to": b, "fromName": name(a), "toName": name(b), "fromPlan": plan(a), "toPlan": plan(b)}
        for a, b in zip(workshop["sources"], workshop["targets"], strict=True)
    ]


def _scale(lang: str) -> list[dict[str, Any]]:
    return [
        {"score": s, "label": signed(s), "name": score_name(s, lang), "meaning": score_meaning(s, lang)} for s in SCALE
    ]


def _raw(key: str, lang: str) -> str:
    """A text with its {placeholders} left for the page's script to fill."""
    fields = {"done", "n", "i"}
    return t(key, lang, **{f: "{" + f + "}" for f in fields})


def _texts(lang: str) -> dict[str, str]:
    return {k.removeprefix("ws.").replace(".", "_"): _raw(k, lang) for k in _KEYS}


_KEYS = [
    k
    for k in (
        "ws.progress",
        "ws.pair",
        "ws.question",
        "ws.question_to",
        "ws.rationale",
        "ws.confidence",
        "ws.confidence.low",
        "ws.confidence.medium",
        "ws.confidence.high",
        "ws.saved",
        "ws.saving",
        "ws.not_saved",
        "ws.all_done",
        "ws.next",
        "ws.no_disagreement",
        "ws.accepted",
        "ws.accept_failed",
        "ws.offline",
        "ws.n",
        "ws.median",
        "ws.spread",
        "ws.participants",
        "ws.scores",
        "ws.name_hint",
    )
]


def participant_state(graph: DatasetGraph, workshop: dict[str, Any], lang: str) -> dict[str, Any]:
    return {
        "workshop": workshop["id"],
        "lang": lang,
        "pairs": _pairs(graph, workshop, lang),
        "scale": _scale(lang),
        "texts": _texts(lang),
    }


def coordinator_state(
    graph: DatasetGraph, workshop: dict[str, Any], lang: str, *, token_needed: bool
) -> dict[str, Any]:
    pairs = _pairs(graph, workshop, lang)
    goals: list[str] = []
    for p in pairs:
        for g in (p["from"], p["to"]):
            if g not in goals:
                goals.append(g)
    names = {p["from"]: p["fromName"] for p in pairs} | {p["to"]: p["toName"] for p in pairs}
    return {
        "workshop": workshop["id"],
        "dataset": workshop["dataset"],
        "lang": lang,
        "pairs": pairs,
        "goals": [{"id": g, "name": names[g]} for g in goals],
        "scale": _scale(lang),
        "texts": _texts(lang),
        "tokenNeeded": token_needed,
        "accepted": workshop.get("accepted_links"),
    }
