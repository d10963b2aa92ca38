"""Downloads of a dataset for other tools: GraphML, GEXF, Kumu's workbook, the import format (xlsx, json)."""

from __future__ import annotations

import json
import re
from typing import Literal

from fastapi import APIRouter
from fastapi.responses import Response

from app.deps import Db, Reader
from graph.content_read import read_content

router = APIRouter(tags=["exports"])

MEDIA = {
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
    "kumu": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "json": "application/json",
}
SUFFIX = {"graphml": ".graphml", "gexf": ".gexf", "kumu": "-kumu.xlsx", "xlsx": ".xlsx", "json": ".json"}


@router.get(
    "/api/datasets/{dataset}/export",
    summary="Download a dataset",
    dependencies=[Reader],
    response_class=Response,
    responses={
        200: {
            "description": "The file, with Content-Disposition: attachment",
            "content": {media: {} for media in sorted(set(MEDIA.values()))},
        }
    },
)
def export(
    dataset: str,
    db: Db,
    format: Literal["graphml", "gexf", "kumu", "xlsx", "json"] = "xlsx",
    lang: Literal["sv", "en"] = "sv",
) -> Response:
    """The dataset's current version as a file: `graphml`/`gexf` (Gephi, yEd, networkx), `kumu` (Kumu's
    Elements/Connections workbook), or the import format as `xlsx`/`json` (importing it gives the same graph)."""
    content = read_content(db, dataset)
    if format == "xlsx":
        import io

        from importers.write import write_xlsx

        buffer = io.BytesIO()
        write_xlsx(content, buffer)
        data = buffer.getvalue()
    elif format == "json":
        from importers.write import json_document

        data = (json.dumps(json_document(content), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    else:
        from viz.interop import export_bytes

        data = export_bytes(content, format, lang=lang)
    # The dataset name is checked on import, but keep the header plain ASCII whatever it holds.
    filename = re.sub(r"[^A-Za-z0-9._-]+", "_", dataset) + SUFFIX[format]
    return Response(
        data, media_type=MEDIA[format], headers={"Content-Disposition": f'attachment; filename="{filename}"'}
    )
