"""Responses kept as bytes per dataset version, with ETags: a repeated request is a dictionary lookup, and a
client that already has the answer gets 304 Not Modified.

A dataset version never changes once written (an import writes a new one with a new key), so the version
key plus the request's query string identify an answer for good; the ETag is a hash of that identity.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from fastapi import Request, Response

_BYTES: OrderedDict[str, tuple[str, bytes, bool]] = OrderedDict()
"""identity -> (ETag, body, whether the body is kept gzip-compressed)."""
_MAX_ENTRIES = 64
_MAX_BYTES = 256 * 1024 * 1024
"""Bound on what the cache holds (the largest national views are tens of MB of JSON each)."""
_COMPRESS_OVER = 64 * 1024
"""Answers larger than this are kept compressed (a 10,000-node diagram: 13 MB of JSON, under 1 MB gzipped) and
sent as they are kept to clients that accept gzip; the rest are kept plain (the middleware compresses them)."""


def _evict() -> None:
    while len(_BYTES) > _MAX_ENTRIES or sum(len(b) for _, b, _z in _BYTES.values()) > _MAX_BYTES:
        _BYTES.popitem(last=False)


def json_for_version(request: Request, version: str, build: Callable[[], Any]) -> Response:
    """The JSON answer for `version` and this request's path and query, built once; 304 on a matching
    If-None-Match. `build` runs only when the answer is not cached."""
    query = "&".join(sorted(f"{k}={v}" for k, v in request.query_params.multi_items()))
    identity = f"{version}|{request.url.path}|{query}"
    etag = '"' + hashlib.sha256(identity.encode("utf-8")).hexdigest()[:32] + '"'
    headers = {"ETag": etag, "Cache-Control": "private, no-cache"}
    if etag in {t.strip() for t in request.headers.get("if-none-match", "").split(",")}:
        return Response(status_code=304, headers=headers)
    hit = _BYTES.get(identity)
    if hit is None:
        body = json.dumps(build(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        zipped = len(body) > _COMPRESS_OVER
        _BYTES[identity] = hit = (etag, gzip.compress(body, compresslevel=6, mtime=0) if zipped else body, zipped)
        _evict()
    else:
        _BYTES.move_to_end(identity)
    _, content, zipped = hit
    if zipped:
        headers["Vary"] = "Accept-Encoding"
        if "gzip" in request.headers.get("accept-encoding", "").lower():
            headers["Content-Encoding"] = "gzip"
        else:
            content = gzip.decompress(content)
    return Response(content=content, media_type="application/json", headers=headers)
