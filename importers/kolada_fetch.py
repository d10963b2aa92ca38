"""`ruslink kolada fetch`: the observations of a dataset's Kolada indicators, straight from Kolada v3.

For every indicator with `source` `kolada` and a KPI id in `source_ref`, ruslink asks Kolada for the RUS's
county (`00` + county code, stored as the whole region) and each of its municipalities, every year from
`--from` to `--to`, every gender Kolada has. The answer replaces those indicators' Kolada observations
(rows with `source` `kolada`; observations typed in by hand stay) as one new version of the dataset,
written under the dataset's writer lock. KPI metadata fills indicator columns left empty: the unit (from
the KPI title's suffix, e.g. ", andel (%)"), and the extra columns `kolada_title` and
`kolada_divided_by_gender`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

import httpx

from graph import store
from graph.content import DatasetContent, Gender, Indicator, Observation
from graph.content_read import read_content
from graph.db import Database
from graph.errors import ImportRefused, RuslinkError
from graph.i18n import register, t
from graph.reference import municipalities_of_county, reference_names
from graph.writer import dataset_writer
from importers.kolada import KoladaValue, _area, parse_answer
from importers.kolada_api import KoladaClient, KoladaUnavailable, batches

register(
    {
        "kolada.unavailable": {
            "sv": "Kolada kunde inte nås ({reason}) och det finns inget sparat svar att använda. "
            "Försök igen när nätet fungerar.",
            "en": "Kolada could not be reached ({reason}) and there is no saved answer to use. "
            "Try again when the network works.",
        },
        "kolada.no_area": {
            "sv": "RUS-strategin i {dataset!r} har ingen länskod i kolumnen area; ruslink vet inte "
            "vilket län och vilka kommuner som ska hämtas.",
            "en": "The RUS strategy of {dataset!r} has no county code in its area column; ruslink does "
            "not know which county and municipalities to fetch.",
        },
        "kolada.bad_answer": {
            "sv": "Kolada gav ett svar som inte går att använda ({reason}). Ingenting har ändrats.",
            "en": "Kolada gave an answer that cannot be used ({reason}). Nothing was changed.",
        },
        "kolada.bad_years": {
            "sv": "--from ({start}) ligger efter --to ({end}).",
            "en": "--from ({start}) is after --to ({end}).",
        },
        "kolada.from_cache": {"sv": "från cache, hämtat {date}", "en": "from cache, fetched {date}"},
        "kolada.fetched": {"sv": "hämtat från Kolada", "en": "fetched from Kolada"},
        "kolada.line": {"sv": "{indicator} ({kpi}): {n} värden", "en": "{indicator} ({kpi}): {n} values"},
        "kolada.missing": {
            "sv": "{indicator} ({kpi}): Kolada har inga värden för {what}",
            "en": "{indicator} ({kpi}): Kolada has no values for {what}",
        },
        "kolada.missing_all": {"sv": "något område eller år", "en": "any area or year"},
        "kolada.summary": {
            "sv": "{n} Kolada-värden för {k} indikatorer i {dataset!r} ({source}); {removed} tidigare "
            "Kolada-värden ersattes.",
            "en": "{n} Kolada values for {k} indicators in {dataset!r} ({source}); {removed} earlier "
            "Kolada values were replaced.",
        },
    }
)

FIRST_YEAR_DEFAULT = 10
"""Without --from and without baselines, fetch this many years back."""


@dataclass
class IndicatorCount:
    indicator: str
    kpi: str
    values: int
    missing_areas: list[str] = field(default_factory=list)
    missing_years: list[int] = field(default_factory=list)


@dataclass
class FetchResult:
    dataset: str
    stored: int
    removed: int
    per_indicator: list[IndicatorCount]
    from_cache: bool
    fetched_at: str
    requests: int
    lines: list[str] = field(default_factory=list)


@dataclass
class Plan:
    kpis: dict[str, list[str]]  # kpi id -> indicator ids
    areas: list[str]  # Kolada ids: "0022", "2281", ...
    years: list[int]
    own_county: str | None


def plan(content: DatasetContent, dataset: str, start: int | None, end: int | None, lang: str = "sv") -> Plan:
    """What to ask Kolada for; raises ImportRefused when there is nothing sensible to ask."""
    kpis: dict[str, list[str]] = {}
    for ind in content.indicators:
        if ind.source == "kolada" and ind.source_ref:
            kpis.setdefault(ind.source_ref.strip(), []).append(ind.id)
    if not kpis:
        raise ImportRefused(t("kolada.no_indicators", lang, dataset=dataset))
    rus = next((s for s in content.strategies if s.kind == "rus"), None)
    area = (rus.area or "").strip() if rus else ""
    if len(area) in (1, 2) and area.isdigit():
        county = area.zfill(2)
        areas = ["00" + county] + municipalities_of_county(county)
    elif len(area) == 4 and area.isdigit():
        county, areas = None, [area]
    else:
        raise ImportRefused(t("kolada.no_area", lang, dataset=dataset))
    this_year = dt.date.today().year
    baselines = [
        i.baseline_year for i in content.indicators if i.id in {x for v in kpis.values() for x in v} and i.baseline_year
    ]
    first = start if start is not None else (min(baselines) if baselines else this_year - FIRST_YEAR_DEFAULT)
    last = end if end is not None else this_year
    if first > last:
        raise ImportRefused(t("kolada.bad_years", lang, start=first, end=last))
    return Plan(kpis, areas, list(range(first, last + 1)), county)


def _unit_from_title(title: str) -> str | None:
    """Kolada titles end with the unit after the last comma: 'Invånare totalt, antal' -> 'antal'."""
    if "," not in title:
        return None
    tail = title.rsplit(",", 1)[1].strip()
    if "(%)" in tail or tail.endswith("%"):
        return "%"
    return tail if 0 < len(tail) <= 24 else None


def fill_metadata(indicators: list[Indicator], meta: dict[str, dict[str, Any]]) -> list[Indicator]:
    """Indicators with empty columns filled from KPI metadata (never overwriting what the analyst wrote)."""
    out = []
    for ind in indicators:
        info = meta.get((ind.source_ref or "").strip()) if ind.source == "kolada" else None
        if not info:
            out.append(ind)
            continue
        extra = dict(ind.extra)
        title = str(info.get("title") or "").strip()
        if title and "kolada_title" not in extra:
            extra["kolada_title"] = title
        divided = info.get("is_divided_by_gender")
        if divided is not None and "kolada_divided_by_gender" not in extra:
            extra["kolada_divided_by_gender"] = "ja" if divided in (True, 1, "1", "true") else "nej"
        unit = ind.unit or (_unit_from_title(title) if title else None)
        out.append(ind.model_copy(update={"extra": extra, "unit": unit}))
    return out


def replace_observations(
    content: DatasetContent, p: Plan, values: list[KoladaValue], meta: dict[str, dict[str, Any]]
) -> tuple[DatasetContent, int, list[IndicatorCount]]:
    """`content` with the fetched indicators' Kolada observations replaced by `values`."""
    fetched = {ind for ids in p.kpis.values() for ind in ids}
    new: dict[tuple, Observation] = {}
    seen: dict[str, set[tuple[str, int]]] = {}
    for v in values:
        if v.kpi not in p.kpis or v.gender not in ("T", "K", "M"):
            continue
        area = _area(v.area_id, p.own_county)
        seen.setdefault(v.kpi, set()).add((v.area_id, int(float(v.period))))
        for indicator in p.kpis[v.kpi]:
            new[(indicator, v.period, area, v.gender)] = Observation(
                indicator=indicator,
                period=v.period,
                value=v.value,
                area=area,
                gender=cast(Gender, v.gender),
                source="kolada",
            )
    kept = [o for o in content.observations if not (o.indicator in fetched and o.source == "kolada")]
    removed = len(content.observations) - len(kept)
    counts = []
    for kpi, ids in p.kpis.items():
        got = seen.get(kpi, set())
        missing_areas = [a for a in p.areas if not any(area == a for area, _ in got)]
        missing_years = [y for y in p.years if not any(year == y for _, year in got)]
        for indicator in ids:
            n = sum(1 for key in new if key[0] == indicator)
            counts.append(IndicatorCount(indicator, kpi, n, missing_areas, missing_years))
    merged = content.model_copy(
        update={"observations": kept + list(new.values()), "indicators": fill_metadata(content.indicators, meta)}
    )
    return merged, removed, counts


def _area_name(code: str, lang: str) -> str:
    names = reference_names()
    ref = "area:" + (code[2:] if len(code) == 4 and code.startswith("00") else code)
    return f"{names.get(ref, {}).get(lang, code)} ({code})"


def _missing_text(c: IndicatorCount, p: Plan, lang: str) -> str | None:
    if not c.missing_areas and not c.missing_years:
        return None
    if len(c.missing_areas) == len(p.areas) or len(c.missing_years) == len(p.years):
        return t("kolada.missing_all", lang)
    parts = [_area_name(a, lang) for a in c.missing_areas]
    if c.missing_years:
        parts.append(", ".join(str(y) for y in c.missing_years))
    return "; ".join(parts)


def fetch_kolada(
    db: Database,
    dataset: str,
    *,
    start: int | None = None,
    end: int | None = None,
    base: str | None = None,
    cache_dir: Path | None = None,
    lang: str = "sv",
    progress: Callable[[int, int], None] | None = None,
    client: KoladaClient | None = None,
) -> FetchResult:
    """Fetch, replace the Kolada observations and write the dataset as one step under its writer lock."""
    own_client = client is None
    client = client or KoladaClient(base, cache_dir=cache_dir)
    try:
        with dataset_writer(db, dataset) as key:
            content = read_content(db, dataset)
            p = plan(content, dataset, start, end, lang)
            kpi_ids = list(p.kpis)
            queries = [
                (k, a, y)
                for k in batches(kpi_ids)
                for a in batches(p.areas)
                for y in batches([str(y) for y in p.years])
            ]
            total = len(queries) + 1
            values: list[KoladaValue] = []
            dates: list[str] = []
            cached = False
            try:
                for done, (k, a, y) in enumerate(queries):
                    answer = client.get_all("data", {"kpi_id": k, "municipality_id": a, "year": y})
                    values.extend(parse_answer({"values": answer.values}))
                    cached = cached or answer.from_cache
                    dates.append(answer.fetched_at)
                    if progress:
                        progress(done + 1, total)
                meta: dict[str, dict[str, Any]] = {}
                for k in batches(kpi_ids):
                    try:
                        answer = client.get_all("kpi", {"id": k})
                    except KoladaUnavailable:
                        continue  # metadata only fills empty columns; the values matter
                    meta.update({str(m.get("id")): m for m in answer.values if isinstance(m, dict)})
            except KoladaUnavailable as e:
                raise RuslinkError(t("kolada.unavailable", lang, reason=str(e).split(": ", 1)[-1])) from e
            except (httpx.HTTPStatusError, ValueError) as e:
                raise RuslinkError(t("kolada.bad_answer", lang, reason=str(e)[:300])) from e
            merged, removed, counts = replace_observations(content, p, values, meta)
            info = store.dataset_info(db, dataset)
            store.replace_dataset(db, dataset, merged, source=(info.get("meta") or {}).get("source", ""), key=key)
            if progress:
                progress(total, total)
    finally:
        if own_client:
            client.close()
    stored = sum(c.values for c in counts)
    oldest = min(dates) if dates else ""
    result = FetchResult(dataset, stored, removed, counts, cached, oldest, client.requests)
    source = t("kolada.from_cache", lang, date=oldest[:16].replace("T", " ")) if cached else t("kolada.fetched", lang)
    result.lines = [t("kolada.summary", lang, n=stored, k=len(counts), dataset=dataset, source=source, removed=removed)]
    for c in counts:
        result.lines.append(t("kolada.line", lang, indicator=c.indicator, kpi=c.kpi, n=c.values))
        what = _missing_text(c, p, lang)
        if what:
            result.lines.append(t("kolada.missing", lang, indicator=c.indicator, kpi=c.kpi, what=what))
    return result
