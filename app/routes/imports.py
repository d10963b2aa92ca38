"""Import a dataset by upload, and download the workbook template."""

from __future__ import annotations

from fastapi import APIRouter, File, Query, UploadFile
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from app.deps import AppSettings, Db, Reader, Writer
from graph.errors import PayloadTooLarge
from graph.store import check_dataset_name
from importers.load import read_uploaded, write_dataset

router = APIRouter(tags=["import"])

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@router.post("/api/datasets/{dataset}/import", summary="Import a dataset file", dependencies=[Writer],
             responses={422: {"description": "Refused: every problem in error.details"}})
async def import_dataset(dataset: str, db: Db, settings: AppSettings,
                         file: UploadFile = File(..., description=".xlsx, .json or .zip of CSV files"),
                         lang: str = Query("sv", pattern="^(sv|en)$")) -> dict:
    """Load an uploaded dataset (all or nothing); replaces a dataset of the same name."""
    check_dataset_name(dataset)
    limit = settings.ruslink_max_upload_mb * 1024 * 1024
    data = await file.read(limit + 1)
    if len(data) > limit:
        raise PayloadTooLarge(f"Filen är större än {settings.ruslink_max_upload_mb} MB.")
    loaded = await run_in_threadpool(read_uploaded, file.filename or "upload", data, lang)
    return await run_in_threadpool(write_dataset, db, dataset, loaded, source=file.filename or "")


@router.get("/api/template.xlsx", summary="The workbook template", dependencies=[Reader],
            response_class=Response, responses={200: {"content": {XLSX: {}}}})
def template() -> Response:
    """An empty workbook to fill in: every sheet, headers, an example row each and instructions."""
    from importers.template import template_bytes

    return Response(template_bytes(), media_type=XLSX,
                    headers={"Content-Disposition": 'attachment; filename="ruslink-mall.xlsx"'})
