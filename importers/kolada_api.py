"""A client for the Kolada API v3 with retries, paging and an on-disk cache.

Kolada answers `{"values": [...], "count": n, "next_url": URL | null, "previous_url": URL | null}`; a
long answer comes in pages, each naming the next in `next_url`. Data is asked for as
`GET {base}/data?kpi_id=A,B&municipality_id=0022,2281&year=2023,2024`, KPI metadata as
`GET {base}/kpi?id=A,B`. Kolada accepts at most 25 ids per parameter, so longer lists are split
(`batches`).

Retries (429 and 5xx, and connections that fail) are tenacity's, waiting what `Retry-After` says or else
an exponential back-off. Every whole answer (all its pages) is kept in the cache under RUSLINK_HOME, keyed
by the query; when Kolada cannot be reached the cached answer is used and the caller is told when it was
fetched, so a fetch works offline once it has worked online.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import httpx
from tenacity import RetryCallState, Retrying, retry_if_exception, stop_after_attempt, wait_exponential

DEFAULT_BASE_URL = "https://api.kolada.se/v3"
MAX_IDS = 25
"""Ids per parameter that Kolada accepts in one request."""
MAX_PAGES = 1000
"""A bound on `next_url` hops: a server that pages forever is a broken server."""
TIMEOUT = httpx.Timeout(30.0, connect=10.0)


class KoladaUnavailable(Exception):
    """Kolada could not be reached (after retries) and the cache holds no answer to the query."""


@dataclass
class Answer:
    """A whole answer to one query: the values of every page, and where they came from."""

    values: list[dict[str, Any]]
    fetched_at: str
    from_cache: bool
    pages: int


class _Retryable(Exception):
    def __init__(self, status: int, retry_after: float | None) -> None:
        super().__init__(f"HTTP {status}")
        self.status, self.retry_after = status, retry_after


def base_url(given: str | None = None) -> str:
    """`--base-url`, else KOLADA_BASE_URL, else Kolada's own address."""
    return (given or os.environ.get("KOLADA_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")


def batches(items: Sequence[str], size: int = MAX_IDS) -> list[list[str]]:
    """`items` in lists of at most `size` (Kolada's limit per parameter)."""
    return [list(items[i : i + size]) for i in range(0, len(items), size)]


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            when = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        return max(0.0, (when - dt.datetime.now(dt.UTC)).total_seconds())


def _should_retry(exc: BaseException) -> bool:
    return isinstance(exc, (_Retryable, httpx.TransportError))


class KoladaClient:
    """Kolada v3 over httpx; `get_all` follows paging, retries and falls back on the cache."""

    def __init__(
        self,
        base: str | None = None,
        *,
        cache_dir: Path | None = None,
        attempts: int = 4,
        backoff_s: float = 0.5,
        max_wait_s: float = 30.0,
        transport: httpx.BaseTransport | None = None,
    ):
        self.base = base_url(base)
        self.cache_dir = cache_dir
        self.attempts, self.backoff_s, self.max_wait_s = attempts, backoff_s, max_wait_s
        self.http = httpx.Client(
            timeout=TIMEOUT,
            transport=transport,
            follow_redirects=True,
            headers={"Accept": "application/json", "User-Agent": "ruslink"},
        )
        self.requests = 0

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> KoladaClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _wait(self, state: RetryCallState) -> float:
        """Retry-After when the server sent it (capped), else an exponential back-off."""
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, _Retryable) and exc.retry_after is not None:
            return min(exc.retry_after, self.max_wait_s)
        return wait_exponential(multiplier=self.backoff_s, max=self.max_wait_s)(state)

    def _get_page(self, url: str) -> dict[str, Any]:
        def once() -> dict[str, Any]:
            self.requests += 1
            response = self.http.get(url)
            if response.status_code == 429 or response.status_code >= 500:
                raise _Retryable(response.status_code, _retry_after(response))
            response.raise_for_status()
            doc = response.json()
            if not isinstance(doc, dict) or not isinstance(doc.get("values"), list):
                raise ValueError(f"{url}: no list 'values' in the answer")
            return doc

        retrying = Retrying(
            stop=stop_after_attempt(self.attempts),
            wait=self._wait,
            retry=retry_if_exception(_should_retry),
            reraise=True,
        )
        return retrying(once)

    def _pages(self, url: str) -> Iterator[dict[str, Any]]:
        seen: set[str] = set()
        next_url: str | None = url
        while next_url and len(seen) < MAX_PAGES and next_url not in seen:
            seen.add(next_url)
            doc = self._get_page(next_url)
            yield doc
            next_url = doc.get("next_url") or None

    def url(self, path: str, params: dict[str, Sequence[str]]) -> str:
        """The request address: ids joined with commas, in the order given."""
        query = urlencode({k: ",".join(v) for k, v in params.items()}, safe=",")
        return f"{self.base}/{path.lstrip('/')}?{query}"

    def get_all(self, path: str, params: dict[str, Sequence[str]]) -> Answer:
        """Every value of the query, following `next_url`; from the cache when Kolada is out of reach."""
        url = self.url(path, params)
        cache = self._cache_path(url)
        try:
            values: list[dict[str, Any]] = []
            pages = 0
            for doc in self._pages(url):
                values.extend(doc["values"])
                pages += 1
        except (httpx.TransportError, _Retryable) as e:
            cached = self._read_cache(cache)
            if cached is None:
                raise KoladaUnavailable(f"{url}: {e}") from e
            return cached
        fetched_at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        self._write_cache(cache, url, values, fetched_at, pages)
        return Answer(values, fetched_at, False, pages)

    def _cache_path(self, url: str) -> Path | None:
        if self.cache_dir is None:
            return None
        # The query without the host is the key: the same question to a mirror finds the same answer.
        query = url.split("/", 3)[-1] if url.count("/") >= 3 else url
        return self.cache_dir / (hashlib.sha256(query.encode("utf-8")).hexdigest()[:32] + ".json")

    def _read_cache(self, path: Path | None) -> Answer | None:
        if path is None or not path.is_file():
            return None
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
            return Answer(list(doc["values"]), str(doc["fetched_at"]), True, int(doc.get("pages", 0)))
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _write_cache(self, path: Path | None, url: str, values: list, fetched_at: str, pages: int) -> None:
        if path is None:
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_text(
            json.dumps({"url": url, "fetched_at": fetched_at, "pages": pages, "values": values}, ensure_ascii=False),
            encoding="utf-8",
        )
        tmp.replace(path)
