"""Datasets: list and delete (import lives in app/routes/imports.py)."""

from __future__ import annotations

from fastapi import APIRouter, Response

from app.deps import Db, Reader, Writer
from graph import store

router = APIRouter(tags=["datasets"])


@router.get("/api/datasets", summary="Datasets with counts", dependencies=[Reader])
def list_datasets(db: Db) -> list[dict]:
    """Every loaded dataset with the counts of its current version."""
    return store.list_datasets(db)


@router.delete("/api/datasets/{dataset}", status_code=204, summary="Remove a dataset", dependencies=[Writer])
def delete_dataset(dataset: str, db: Db) -> Response:
    """Remove a dataset (token required)."""
    store.delete_dataset(db, dataset)
    return Response(status_code=204)
