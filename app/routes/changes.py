"""Edits over HTTP (interfaces.md "Edits"): apply, list and undo changes; what the UI's editor reads."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Query, Request
from fastapi.concurrency import run_in_threadpool

from app.deps import AppSettings, Db, Reader, Writer, require_writer
from graph.changes import apply_changes, list_changes, revert_change
from graph.errors import RuslinkError
from graph.store import check_dataset_name

router = APIRouter(tags=["changes"])

LANG = Query("sv", pattern="^(sv|en)$")
EXAMPLE = {
    "by": "Anna Berg, Region Värmland",
    "why": "Beslut i RUS-gruppen 12 maj",
    "changes": [
        {"op": "add", "table": "links", "row": {"from": "A-17", "type": "contributes_to", "to": "S3-M2", "score": 2}},
        {"op": "update", "table": "actions", "id": "A-03", "set": {"status": "completed"}},
        {"op": "remove", "table": "actions", "id": "A-21"},
    ],
}
REFUSED: dict[int | str, dict[str, Any]] = {
    422: {"description": "Refused: every problem in error.details, naming the change's index and field"},
    409: {"description": "Another writer holds the dataset; or the change cannot be undone"},
    404: {"description": "No such dataset (or change)"},
}


@router.post(
    "/api/datasets/{dataset}/changes", summary="Apply edits, all or nothing", dependencies=[Writer], responses=REFUSED
)
async def post_changes(
    dataset: str, db: Db, payload: Annotated[Any, Body(examples=[EXAMPLE])], lang: str = LANG
) -> dict:
    """Add, update or remove rows of any table of the import format as one change (who, why, what).

    Checked exactly like an import; refused whole with every problem, or applied and visible at once.
    Removing a row removes its links. Answers `{"change": ID, "at": …}` (and `warnings`)."""
    check_dataset_name(dataset)
    body = payload if isinstance(payload, dict) else {}
    result = await run_in_threadpool(
        apply_changes, db, dataset, body.get("by"), body.get("why"), body.get("changes"), lang
    )
    return result.as_json()


@router.get(
    "/api/datasets/{dataset}/changes", summary="The dataset's change history, newest first", dependencies=[Reader]
)
def get_changes(dataset: str, db: Db) -> list[dict]:
    """`[{"change", "by", "why", "at", "changes", "reverts", "reverted_by"}]`, newest first."""
    return list_changes(db, dataset)


@router.post(
    "/api/datasets/{dataset}/changes/{change}/revert",
    summary="Undo one change as a new change",
    dependencies=[Writer],
    responses=REFUSED,
)
async def post_revert(
    dataset: str,
    change: int,
    db: Db,
    payload: Annotated[Any, Body(examples=[{"by": "Anna Berg", "why": "Fel mål"}])] = None,
    lang: str = LANG,
) -> dict:
    """Undo `change` as a new change by `by` (and `why`, optional); refused (409) when later changes touched
    the same rows or it was undone already."""
    check_dataset_name(dataset)
    body = payload if isinstance(payload, dict) else {}
    result = await run_in_threadpool(revert_change, db, dataset, change, body.get("by"), body.get("why"), lang)
    return result.as_json()


@router.get(
    "/api/datasets/{dataset}/rows", summary="The dataset's rows and columns, for the editor", dependencies=[Reader]
)
def get_rows(dataset: str, db: Db, lang: str = LANG) -> dict:
    """Every table's rows as the import format holds them, and each table's columns (kind, required,
    allowed values with their names), so the editor can offer the right field for each column."""
    from app.edit_support import editable

    return editable(db, dataset, lang)


@router.get("/api/token", summary="Whether the bearer token given may change data", dependencies=[Reader])
def check_token(request: Request, settings: AppSettings) -> dict:
    """`{"write": bool, "token_required": bool}`: the UI shows its edit controls only when `write`, and offers
    to sign in only when a token could make it so."""
    try:
        require_writer(request)
        write = True
    except RuslinkError:
        write = False
    return {"write": write, "token_required": settings.ruslink_token is not None}
