"""Accepting a workshop: its agreed scores become `interacts_with` links of the dataset, as one change.

`agreed_links` decides what is written (pure); `apply_links` is the one place that writes it, as one
change of the dataset's change log (`importers/changes.py`): under the dataset's one write lock, checked like
an import, visible to readers at once, recorded with who and why.
"""

from __future__ import annotations

from typing import Any

from graph.db import Database
from graph.errors import InvalidInput
from graph.i18n import t
from graph.workshops import load, median_rounded, summary
from importers.changes import apply_changes

RULES = ("median",)


def source_of(workshop: dict[str, Any]) -> str:
    """ "Workshop: <title>, <date>" with the date the workshop was opened (YYYY-MM-DD)."""
    return f"Workshop: {workshop['title']}, {str(workshop['created_at'])[:10]}"


def rationale_of(scores: list[dict[str, Any]]) -> str:
    """The participants' rationales, each with its author: "Anna: … | Bo: …" (empty ones left out)."""
    return " | ".join(f"{s['participant']}: {s['rationale']}" for s in scores if s["rationale"])


def agreed_links(workshop: dict[str, Any], pairs: list[dict[str, Any]], min_n: int) -> list[dict[str, Any]]:
    """One `interacts_with` row (import format) per pair with at least `min_n` scores."""
    return [
        {
            "from": p["from"],
            "type": "interacts_with",
            "to": p["to"],
            "score": median_rounded([s["score"] for s in p["scores"]]),
            "rationale": rationale_of(p["scores"]) or None,
            "source": source_of(workshop),
        }
        for p in pairs
        if p["n"] >= min_n
    ]


def apply_links(db: Database, dataset: str, links: list[dict[str, Any]], *, source: str) -> dict[str, Any]:
    """Write `links` into `dataset` as one change, replacing any `interacts_with` between the same pairs.

    Goes through the dataset's change log (`importers.changes.apply_changes`): the operations are decided from
    the rows read under the dataset's write lock, checked like an import, and recorded with who and why.
    Answers {"change": the change's number, "at": …}.
    """

    def operations(content: Any) -> list[dict[str, Any]]:
        present = {(lk.from_, lk.to) for lk in content.links if lk.type == "interacts_with"}
        ops: list[dict[str, Any]] = []
        for row in links:
            if (row["from"], row["to"]) in present:
                ops.append(
                    {
                        "op": "remove",
                        "table": "links",
                        "row": {"from": row["from"], "type": "interacts_with", "to": row["to"]},
                    }
                )
            ops.append({"op": "add", "table": "links", "row": row})
        return ops

    result = apply_changes(db, dataset, source, source, operations)
    return {"change": result.change, "at": result.at}


def accept(db: Database, workshop_id: str, body: dict[str, Any], *, lang: str = "sv") -> dict[str, Any]:
    """Write the agreed scores of a workshop into its dataset (one change); answers the change and the links."""
    rule = body.get("rule", "median")
    if rule not in RULES:
        raise InvalidInput(t("workshop.bad_rule", lang))
    min_n = body.get("min_n", 2)
    if isinstance(min_n, bool) or not isinstance(min_n, int) or min_n < 1:
        raise InvalidInput(t("workshop.bad_min_n", lang))
    workshop = load(db, workshop_id, lang)
    links = agreed_links(workshop, summary(db, workshop)["pairs"], min_n)
    if not links:
        raise InvalidInput(t("workshop.nothing_agreed", lang, n=min_n))
    change = apply_links(db, workshop["dataset"], links, source=source_of(workshop))
    db.write("workshops/accepted", id=workshop["id"], at=change["at"], links=len(links))
    return {**change, "workshop": workshop["id"], "dataset": workshop["dataset"], "links": links}
