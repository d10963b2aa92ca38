"""GET /docs: the OpenAPI documentation, with Swagger UI served from the app's own static files."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

router = APIRouter(include_in_schema=False)

PAGE = """<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>ruslink – API-dokumentation</title>
<link rel="stylesheet" href="/static/vendor/swagger-ui/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/static/vendor/swagger-ui/swagger-ui-bundle.js"></script>
<script src="/static/js/docs.js"></script>
</body>
</html>
"""


@router.get("/docs")
def docs() -> HTMLResponse:
    """The OpenAPI documentation (Swagger UI), working offline."""
    return HTMLResponse(PAGE)
