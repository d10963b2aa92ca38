"""Reading a plan document in the web UI ("Läs in dokument"): upload, review the rows, accept as one change.

The upload answers a preview only; nothing changes until the reviewer sends the accepted rows as one change
through `POST /api/datasets/{dataset}/changes`.
"""

from __future__ import annotations

import tempfile
from pathlib import Path, PurePath
from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse

from app.deps import AppSettings, Db, Reader, Writer
from app.errors import PayloadTooLarge
from graph.content import LINK_TYPES, TABLES, DatasetContent
from graph.content_read import read_content
from graph.i18n import t
from graph.store import check_dataset_name, current_key
from importers.ingest.build import build, read_document

router = APIRouter(tags=["documents"])

_SUFFIXES = (".pdf", ".docx", ".doc")


def _rows(content: DatasetContent, base: DatasetContent) -> list[dict[str, Any]]:
    """The rows `content` adds to `base`, as add-changes in the import format."""
    changes = []
    for table in TABLES:
        before = len(getattr(base, table))
        for item in getattr(content, table)[before:]:
            row = item.model_dump(by_alias=True, exclude_none=True, exclude={"extra"})
            row = {k: v for k, v in row.items() if v != []}
            row.update(item.extra)
            changes.append({"op": "add", "table": table, "row": row})
    return changes


def preview(db, dataset: str, filename: str, data: bytes, strategy_id: str | None, lang: str) -> dict:
    base = read_content(db, dataset)
    safe = PurePath(filename).name or "dokument"
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / safe
        path.write_bytes(data)
        document = read_document(path, lang)
        content = build(document, strategy_id=strategy_id or None, kind="plan", parent=None, into=base, lang=lang)
    return {"document": safe, "pages": document.pages, "changes": _rows(content, base)}


@router.post(
    "/api/datasets/{dataset}/ingest",
    summary="Read a plan document into rows for review",
    dependencies=[Writer],
    responses={422: {"description": "A document that cannot be read"}},
)
async def ingest_document(
    dataset: str,
    db: Db,
    settings: AppSettings,
    file: Annotated[UploadFile, File(description=".pdf or .docx")],
    strategy_id: Annotated[str | None, Form()] = None,
    lang: Annotated[str, Query(pattern="^(sv|en)$")] = "sv",
) -> dict:
    """The rows the document adds to the dataset, as `add` changes for `POST …/changes`; changes nothing."""
    check_dataset_name(dataset)
    limit = settings.ruslink_max_upload_mb * 1024 * 1024
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise PayloadTooLarge(f"Filen är större än {settings.ruslink_max_upload_mb} MB.")
    name = file.filename or "dokument"
    if not name.lower().endswith(_SUFFIXES):
        name += ".pdf" if data[:5] == b"%PDF-" else ""
    return await run_in_threadpool(preview, db, dataset, name, data, strategy_id, lang)


@router.get("/datasets/{dataset}/documents", response_class=HTMLResponse, dependencies=[Reader])
def documents_page(request: Request, dataset: str, db: Db) -> HTMLResponse:
    """The upload form and the review table."""
    from app.rendering import page_lang, render

    current_key(db, dataset)  # the rows are read into this dataset: a missing one is the error page, not a form
    lang = page_lang(request)
    keys = ("reading", "found", "accept", "saved", "failed", "why", "by", "columns")
    texts = {key: t(f"ui.documents.{key}", lang) for key in keys}
    texts.update({f"table.{table}": t(f"table.{table}", lang) for table in TABLES})
    texts.update({f"link.{kind}": t(f"link.{kind.upper()}", lang) for kind in LINK_TYPES})
    texts.update({f"level.{level}": t(f"level.{level}", lang) for level in ("vision", "goal_area", "goal", "target")})
    return render(request, "documents.html", dataset=dataset, texts=texts)
