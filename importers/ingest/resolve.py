"""What a document names in another model: RUS goals ("Bidrar till RUS 3.3") and Kolada indicators.

A plan's action table often says which RUS goal an action serves, by the RUS's own numbering. With
`--into WORKBOOK` that number is looked up among the workbook's RUS goals; when it cannot be found
(no workbook, no such goal, or more than one goal that could be meant) the row gets a review note
instead of a guessed link. An indicator with a Kolada id that the workbook already has is the same
indicator: it is reused, not added twice.
"""

from __future__ import annotations

import re

from graph.i18n import register, t
from importers.model import DatasetContent

register(
    {
        "ingest.note.rus_no_workbook": {
            "sv": "dokumentet anger att insatsen bidrar till RUS-mål {ref}; läs in med --into och en "
            "arbetsbok med RUS för att få kopplingen, eller lägg till den för hand",
            "en": "the document says the action contributes to RUS goal {ref}; read it with --into and "
            "a workbook holding the RUS to get the link, or add it by hand",
        },
        "ingest.note.rus_unknown": {
            "sv": "dokumentet anger att insatsen bidrar till RUS-mål {ref}, men arbetsboken har inget "
            "sådant RUS-mål; kontrollera numret och lägg till kopplingen för hand",
            "en": "the document says the action contributes to RUS goal {ref}, but the workbook has no "
            "such RUS goal; check the number and add the link by hand",
        },
        "ingest.note.rus_ambiguous": {
            "sv": "dokumentet anger att insatsen bidrar till RUS-mål {ref}, vilket kan vara flera mål i "
            "arbetsboken ({ids}); välj rätt och lägg till kopplingen för hand",
            "en": "the document says the action contributes to RUS goal {ref}, which could be several "
            "goals in the workbook ({ids}); pick the right one and add the link by hand",
        },
    }
)

_RUS_PART = re.compile(r"\bRUS\b|utvecklingsstrateg", re.I)
_NUMBER = re.compile(r"(?<![\d.])(\d+(?:\.\d+)*)(?![\d])")


def rus_refs(text: str) -> list[str]:
    """RUS goal numbers in a "Bidrar till" cell: "Mål 2.1 och RUS 3.3; RUS-mål 1.2" → ["3.3", "1.2"]."""
    out: list[str] = []
    for part in re.split(r"[,;]|\boch\b", text or ""):
        if _RUS_PART.search(part):
            # The year of "RUS 2030" is the strategy's name, not a goal.
            out += [n for n in _NUMBER.findall(part) if not re.fullmatch(r"(19|20)\d\d", n)]
    return list(dict.fromkeys(out))


def rus_goal_candidates(base: DatasetContent, ref: str) -> list[str]:
    """The RUS goals of `base` that the number `ref` can mean: an id ending in it ("RUS-3.3", "M3.3")
    or a name that starts with it ("3.3 Hållbara transporter")."""
    rus = {s.id for s in base.strategies if s.kind == "rus"}
    found = []
    for goal in base.goals:
        if goal.strategy not in rus:
            continue
        tail = re.search(r"(\d+(?:\.\d+)*)$", goal.id)
        named = re.match(r"\s*(?:mål\s+)?(\d+(?:\.\d+)*)[\s.:]", goal.name, re.I)
        if (tail and tail[1] == ref) or (named and named[1] == ref):
            found.append(goal.id)
    return found


def rus_link_or_note(base: DatasetContent | None, ref: str, lang: str) -> tuple[str | None, str | None]:
    """(the RUS goal's id, None) when `ref` names exactly one RUS goal of the workbook, else (None, note)."""
    if base is None or not any(s.kind == "rus" for s in base.strategies):
        return None, t("ingest.note.rus_no_workbook", lang, ref=ref)
    found = rus_goal_candidates(base, ref)
    if len(found) == 1:
        return found[0], None
    if not found:
        return None, t("ingest.note.rus_unknown", lang, ref=ref)
    return None, t("ingest.note.rus_ambiguous", lang, ref=ref, ids=", ".join(found))


def kolada_ids(base: DatasetContent | None) -> dict[str, str]:
    """Indicator id per Kolada id in the workbook (the first, should the workbook hold two)."""
    out: dict[str, str] = {}
    for indicator in base.indicators if base else ():
        ref = (indicator.source_ref or "").strip().upper()
        if ref and (indicator.source or "kolada") == "kolada":
            out.setdefault(ref, indicator.id)
    return out
