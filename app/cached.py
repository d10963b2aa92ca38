"""Responses kept as bytes per dataset version, with ETags: a repeated request is a dictionary lookup, and a
client that already has the answer gets 304 Not Modified.

A dataset version never changes once written (an import writes a new one with a new key), so the version
key plus the request's query string identify an answer for good; the ETag is a hash of that identity. The bytes
are kept in the `responses` section of the app's caches (graph/version_cache.py): bounded by bytes with a
running total, locked, and rid of a dataset's older versions once a newer one's answer is kept.
"""

from __future__ import annotations

import gzip
import hashlib
import json
from collections.abc import Callable, Iterable
from typing import Any

from fastapi import Request, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from graph.db import Database
from graph.memory import release_free_memory
from graph.version_cache import Section, store_of, using

RESPONSES = Section("responses", max_entries=64, max_weight=64 * 1024 * 1024)
"""Answers per (store, dataset, version, path, query) -> (ETag, body, whether the body is kept gzip-compressed),
weighed by the bytes kept (a 10,000-node diagram's columns: 0.7 MB compressed)."""
_COMPRESS_OVER = 64 * 1024
"""Answers larger than this are kept compressed (a 10,000-node diagram: 13 MB of JSON, under 1 MB gzipped) and
sent as they are kept to clients that accept gzip; the rest are kept plain (the middleware compresses them)."""


_TRIM_AFTER = 1024 * 1024
"""After building an answer of more than this many bytes of JSON, the memory freed meanwhile goes back to the
system (`release_free_memory`): building a 10,000-node diagram allocates and frees some hundred MB."""


class CurrentCaches:
    """Makes the app's caches (`app.state.caches`, made in its lifespan) current for each request: set in
    the request's task, so the thread pool that runs sync routes sees them too (graph/version_cache.py)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        owner = getattr(scope["app"].state, "caches", None) if "app" in scope else None
        if owner is None or scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        with using(owner):
            await self.app(scope, receive, send)


def _query_of(params: Iterable[tuple[str, str]]) -> str:
    return "&".join(sorted(f"{k}={v}" for k, v in params))


def _etag(version: str, path: str, query: str) -> str:
    return '"' + hashlib.sha256(f"{version}|{path}|{query}".encode()).hexdigest()[:32] + '"'


def _kept_answer(
    db: Database, dataset: str, version: str, path: str, query: str, build: Callable[[], Any]
) -> tuple[str, bytes, bool]:
    """(ETag, body, whether the body is gzip-compressed) of the answer at `path?query` for `version`, built once:
    a request and the background preparation asking at the same moment share one build."""

    def made() -> tuple[str, bytes, bool]:
        body = json.dumps(build(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        zipped = len(body) > _COMPRESS_OVER
        hit = (_etag(version, path, query), gzip.compress(body, compresslevel=6, mtime=0) if zipped else body, zipped)
        if len(body) > _TRIM_AFTER:
            release_free_memory()
        return hit

    answer: tuple[str, bytes, bool] = RESPONSES.here().get_or_build(
        (store_of(db), dataset, version, path, query), made, weight=lambda hit: len(hit[1])
    )
    return answer


def keep_answer(
    db: Database, dataset: str, version: str, path: str, params: dict[str, str], build: Callable[[], Any]
) -> None:
    """Build and keep the answer a request for `path` with query `params` would get (`json_for_version`), before
    anyone asks (app/prepare.py)."""
    _kept_answer(db, dataset, version, path, _query_of(params.items()), build)


def json_for_version(
    request: Request,
    db: Database,
    dataset: str,
    version: str,
    build: Callable[[], Any],
    params: dict[str, str] | None = None,
) -> Response:
    """The JSON answer for `version` of `dataset` and this request's path and query, built once; 304 on a
    matching If-None-Match. `build` runs only when the answer is not cached; keeping an answer of a newer
    version of the dataset drops the older version's answers. `params`: the request's parameters as the route
    resolved them (defaults filled in), so that a query that leaves out a default finds the same answer."""
    query = _query_of(params.items() if params is not None else request.query_params.multi_items())
    etag = _etag(version, request.url.path, query)
    headers = {"ETag": etag, "Cache-Control": "private, no-cache"}
    if etag in {t.strip() for t in request.headers.get("if-none-match", "").split(",")}:
        return Response(status_code=304, headers=headers)
    _, content, zipped = _kept_answer(db, dataset, version, request.url.path, query, build)
    if zipped:
        headers["Vary"] = "Accept-Encoding"
        if "gzip" in request.headers.get("accept-encoding", "").lower():
            headers["Content-Encoding"] = "gzip"
        else:
            content = gzip.decompress(content)
    return Response(content=content, media_type="application/json", headers=headers)
