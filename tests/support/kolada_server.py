"""A local HTTP server on 127.0.0.1 that speaks the Kolada v3 protocol, built from recorded answers.

The served values are the recorded answers in graph/reference_data/kolada/ (copied from
../shared/reference/kolada/) moved to the areas a test asks for: every recorded entry (its gender rows,
its `count`, `status` and `isdeleted` keys as Kolada sent them) is served for each configured area, with
the value scaled per area so areas differ. A KPI that was not recorded answers as the recorded empty
result. Answers come in pages of `page_size` entries linked by absolute `next_url`s, and `fail_once`
makes the first request of a given page answer 503 with `Retry-After`.
"""

from __future__ import annotations

import copy
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlparse

from graph.reference import DATA

RECORDED = DATA / "kolada"
KPI_TITLES = {"N01951": ("Invånare totalt, antal", True), "N00003": ("Bruttoregionprodukt per invånare, kr", False)}
"""The recorded KPIs' metadata as Kolada's /kpi answers it (title, is_divided_by_gender)."""


def recorded_entries() -> list[dict[str, Any]]:
    """Every data entry of the recorded v3 answers, once per (kpi, period)."""
    entries: dict[tuple, dict[str, Any]] = {}
    for name in ("v3_data_N00003-N01951_0580_2023-2024.json", "v3_data_N01951_0580_2024.json"):
        for entry in json.loads((RECORDED / name).read_text(encoding="utf-8"))["values"]:
            entries[(entry["kpi"], int(entry["period"]))] = entry
    return list(entries.values())


def empty_answer() -> dict[str, Any]:
    return json.loads((RECORDED / "v3_data_empty_result.json").read_text(encoding="utf-8"))


class KoladaV3:
    """The served data and what the server saw; `served` lists every (kpi, area, year, gender, value)."""

    def __init__(
        self,
        areas: list[str],
        *,
        page_size: int = 5,
        fail_once: int | None = 2,
        missing_areas: frozenset[str] = frozenset(),
    ) -> None:
        self.entries: list[dict[str, Any]] = []
        for n, area in enumerate(areas):
            if area in missing_areas:
                continue
            for entry in recorded_entries():
                moved = copy.deepcopy(entry)
                moved["municipality"] = area
                for inner in moved["values"]:
                    inner["value"] = round(inner["value"] * (1 + n / 10), 3)
                self.entries.append(moved)
        self.page_size, self.fail_once = page_size, fail_once
        self.failed: set[str] = set()
        self.requests: list[str] = []
        self.statuses: list[int] = []
        self.served: set[tuple] = set()
        self.lock = threading.Lock()

    def answer(self, path: str, query: dict[str, list[str]], origin: str) -> tuple[int, dict[str, Any], dict]:
        ids = {k: [x for v in vals for x in v.split(",") if x] for k, vals in query.items()}
        if path == "/v3/kpi":
            values = [
                {
                    "id": k,
                    "title": KPI_TITLES[k][0],
                    "is_divided_by_gender": KPI_TITLES[k][1],
                    "municipality_type": "A",
                    "operating_area": "Befolkning",
                }
                for k in ids.get("id", [])
                if k in KPI_TITLES
            ]
            return 200, {"values": values, "count": len(values), "next_url": None, "previous_url": None}, {}
        if path != "/v3/data":
            return 404, {"error": "not found"}, {}
        if len(ids.get("kpi_id", [])) > 25 or len(ids.get("municipality_id", [])) > 25 or len(ids.get("year", [])) > 25:
            return 400, {"error": "too many ids"}, {}
        years = {int(y) for y in ids.get("year", [])}
        chosen = [
            e
            for e in self.entries
            if e["kpi"] in ids.get("kpi_id", [])
            and e["municipality"] in ids.get("municipality_id", [])
            and int(e["period"]) in years
        ]
        if not chosen:
            return 200, empty_answer(), {}
        page = int(query.get("page", ["1"])[0])
        key = f"page{page}"
        with self.lock:
            if self.fail_once == page and key not in self.failed:
                self.failed.add(key)
                return 503, {"error": "temporarily unavailable"}, {"Retry-After": "1"}
        part = chosen[(page - 1) * self.page_size : page * self.page_size]
        more = page * self.page_size < len(chosen)
        base_query = {k: ",".join(v) for k, v in query.items() if k != "page"}

        def link(n: int) -> str:
            return f"{origin}{path}?{urlencode(dict(base_query, page=str(n)), safe=',')}"

        with self.lock:
            for e in part:
                for inner in e["values"]:
                    self.served.add((e["kpi"], e["municipality"], str(e["period"]), inner["gender"], inner["value"]))
        return (
            200,
            {
                "values": part,
                "next_url": link(page + 1) if more else None,
                "previous_url": link(page - 1) if page > 1 else None,
                "count": len(part),
            },
            {},
        )


class KoladaServer:
    """`with KoladaServer(KoladaV3(...)) as server:` serves on 127.0.0.1; `server.base` is the v3 address."""

    def __init__(self, data: KoladaV3) -> None:
        self.data = data
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                parsed = urlparse(self.path)
                origin = f"http://127.0.0.1:{outer.port}"
                status, body, headers = outer.data.answer(parsed.path, parse_qs(parsed.query), origin)
                with outer.data.lock:
                    outer.data.requests.append(self.path)
                    outer.data.statuses.append(status)
                payload = json.dumps(body, ensure_ascii=False).encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(payload)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: Any) -> None:
                return

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}/v3"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def __enter__(self) -> KoladaServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(timeout=10)
