"""Import a dataset by upload, and download the workbook template."""

from __future__ import annotations

from fastapi import APIRouter, File, Form, Query, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from app.deps import AppSettings, Db, Reader, Writer
from app.errors import PayloadTooLarge
from graph.store import check_dataset_name
from importers.load import read_uploaded, write_dataset

router = APIRouter(tags=["import"])

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.post(
    "/api/datasets/{dataset}/import",
    summary="Import a dataset file",
    dependencies=[Writer],
    responses={
        422: {"description": "Refused: every problem in error.details"},
        409: {"description": "Another writer holds the dataset, or it has edits (replace_edits)"},
    },
)
async def import_dataset(
    dataset: str,
    db: Db,
    settings: AppSettings,
    file: UploadFile = File(..., description=".xlsx, .json or .zip of CSV files"),
    lang: str = Query("sv", pattern="^(sv|en)$"),
    replace_edits: bool = Query(False, description="replace a dataset edited since its import"),
    replace_edits_field: str | None = Form(None, alias="replace_edits"),
) -> dict:
    """Load an uploaded dataset (all or nothing); replaces a dataset of the same name. A dataset edited since
    its last import is replaced only with `replace_edits=true` (query or form field): 409 says how many edits."""
    check_dataset_name(dataset)
    limit = settings.ruslink_max_upload_mb * 1024 * 1024
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise PayloadTooLarge(f"Filen är större än {settings.ruslink_max_upload_mb} MB.")
    loaded = await run_in_threadpool(read_uploaded, file.filename or "upload", data, lang)
    replace = replace_edits or (replace_edits_field or "").strip().lower() in ("1", "true", "on", "yes")
    return await run_in_threadpool(
        write_dataset, db, dataset, loaded, source=file.filename or "", replace_edits=replace, lang=lang
    )


@router.get(
    "/api/template.xlsx",
    summary="The workbook template",
    dependencies=[Reader],
    response_class=Response,
    responses={200: {"content": {XLSX: {}}}},
)
def template() -> Response:
    """An empty workbook to fill in: every sheet, headers, an example row each and instructions."""
    from importers.template import template_bytes

    return Response(
        template_bytes(), media_type=XLSX, headers={"Content-Disposition": 'attachment; filename="ruslink-mall.xlsx"'}
    )
