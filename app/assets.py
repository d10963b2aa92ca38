"""The app's own files (app/static): scripts, stylesheets, the vendored libraries.

Each file is read and compressed once (again when it changes on disk) and answered from memory with a strong
ETag. Pages link to them through `asset_url`, which adds the file's version (`?v=`, from its content): a URL
with the current version may be kept by the browser for a year without asking again, any other is checked
with the server each time (an unchanged file then costs a 304 and no body). A coordinator's laptop that opened
ruslink once draws the next diagram without fetching half a megabyte of scripts again, and an upgrade of ruslink is
seen at once, because its files' URLs change with their content.
"""

from __future__ import annotations

import gzip
import hashlib
import mimetypes
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from starlette.exceptions import HTTPException
from starlette.responses import Response
from starlette.staticfiles import StaticFiles
from starlette.types import Scope

STATIC = Path(__file__).resolve().parent / "static"

FOREVER = "public, max-age=31536000, immutable"
"""For a URL that names the file's current version."""
ASK_EACH_TIME = "no-cache"
"""For any other URL: the browser may keep the file but asks whether it changed (304) before using it."""

COMPRESS_FROM = 1024
"""Files of at least this many bytes are also kept gzip-compressed (if that makes them smaller)."""
COMPRESSIBLE = ("text/", "application/javascript", "application/json", "image/svg+xml")


@dataclass(frozen=True)
class Asset:
    """One file as it is answered."""

    changed: tuple[int, int]  # (mtime_ns, size) when read
    body: bytes
    zipped: bytes | None
    version: str
    media_type: str

    @property
    def etag(self) -> str:
        return f'"{self.version}"'


_KEPT: dict[str, Asset] = {}


def _media_type(path: str) -> str:
    guessed = mimetypes.guess_type(path)[0] or "application/octet-stream"
    if guessed in ("application/javascript", "text/javascript"):
        guessed = "text/javascript"
    return f"{guessed}; charset=utf-8" if guessed.startswith("text/") else guessed


def _asset(full_path: str, st: os.stat_result) -> Asset:
    """The file at `full_path` as kept, read again if it changed since."""
    changed = (st.st_mtime_ns, st.st_size)
    kept = _KEPT.get(full_path)
    if kept is not None and kept.changed == changed:
        return kept
    body = Path(full_path).read_bytes()
    media_type = _media_type(full_path)
    zipped = None
    if len(body) >= COMPRESS_FROM and media_type.startswith(COMPRESSIBLE):
        packed = gzip.compress(body, compresslevel=9, mtime=0)
        zipped = packed if len(packed) < len(body) else None
    kept = Asset(changed, body, zipped, hashlib.sha256(body).hexdigest()[:16], media_type)
    _KEPT[full_path] = kept
    return kept


ICON = "img/ruslink.svg"
"""The app's icon (browser tabs, bookmarks): three linked nodes in the diagrams' colours."""


def asset_url(path: str) -> str:
    """The URL of app/static/`path` with its current version, for pages to link to (`path` as under /static/)."""
    full = (STATIC / path).resolve()
    if not full.is_relative_to(STATIC) or not full.is_file():
        raise ValueError(f"no file app/static/{path}")
    return f"/static/{path}?v={_asset(str(full), full.stat()).version}"


class Assets(StaticFiles):
    """StaticFiles' lookup (no path outside the folder, no directory listings), answered from memory."""

    async def get_response(self, path: str, scope: Scope) -> Response:
        if scope["method"] not in ("GET", "HEAD"):
            raise HTTPException(status_code=405)
        full_path, st = self.lookup_path(path)
        if st is None or not stat.S_ISREG(st.st_mode):
            raise HTTPException(status_code=404)
        asset = _asset(full_path, st)
        request_headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        query = scope.get("query_string", b"").decode("latin-1")
        headers = {
            "ETag": asset.etag,
            "Cache-Control": FOREVER if f"v={asset.version}" in query.split("&") else ASK_EACH_TIME,
        }
        if asset.zipped is not None:
            headers["Vary"] = "Accept-Encoding"
        if asset.etag in [tag.strip() for tag in request_headers.get("if-none-match", "").split(",")]:
            return Response(status_code=304, headers=headers)
        body = asset.body
        if asset.zipped is not None and "gzip" in request_headers.get("accept-encoding", "").lower():
            body = asset.zipped
            headers["Content-Encoding"] = "gzip"
        return Response(body, media_type=asset.media_type, headers=headers)


def static_app() -> Assets:
    return Assets(directory=STATIC)
