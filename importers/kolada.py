"""Saved Kolada API answers (v2 and v3) as observations of a dataset's Kolada indicators.

An answer holds `values`: one entry per kpi, municipality and period, each with gender rows T/K/M.
`value: null` is a missing value and skipped, as are v3 rows with `isdeleted: true`; paging keys are
ignored. Kolada's county ids ("0022") become the county's whole-region rows: area empty when it is the
RUS's own county, else the county code ("22"). The dataset is re-written as a new version, so readers
never see half of it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from graph import store
from graph.db import Database
from graph.errors import ImportRefused
from graph.i18n import register, t
from graph.locks import dataset_write_lock
from importers.areas import area_name, county_of
from importers.export import read_content
from importers.model import DatasetContent, Observation
from importers.reasons import KOLADA_NO_KPI, KOLADA_NO_VALUES, reason_of

LOCK_WAIT_S = 10.0
"""How long a Kolada update waits for an edit or another writer of the dataset before it is refused."""

register(
    {
        "kolada.bad_file": {
            "sv": "{file}: ingen läsbar Kolada-fil ({reason})",
            "en": "{file}: not a readable Kolada file ({reason})",
        },
        "kolada.no_indicators": {
            "sv": 'Datamängden {dataset!r} har inga indikatorer med source "kolada" och ett KPI-id i source_ref.',
            "en": 'Dataset {dataset!r} has no indicators with source "kolada" and a KPI id in source_ref.',
        },
        "kolada.unknown_kpis": {
            "sv": "KPI:er i filen som ingen indikator i datamängden har (lästes inte in): {kpis}",
            "en": "KPIs in the file that no indicator of the dataset has (not loaded): {kpis}",
        },
        "kolada.outside_county": {
            "sv": "Värdena för {areas} gäller områden utanför datamängdens län, {county}; de lästes in för de "
            "områdena, inte för regionen. Kontrollera att det var rätt Kolada-fil.",
            "en": "The values for {areas} are for areas outside the dataset's county, {county}; they were loaded for "
            "those areas, not for the region. Check that this is the right Kolada file.",
        },
        "kolada.nothing": {
            "sv": "Filen innehåller inga värden för datamängdens Kolada-indikatorer.",
            "en": "The file holds no values for the dataset's Kolada indicators.",
        },
    }
)

# Kolada's gender rows as the import format names them (totals, women, men); others are skipped.
_GENDERS: dict[str, Literal["T", "K", "M"]] = {"T": "T", "K": "K", "M": "M"}


@dataclass
class KoladaValue:
    kpi: str
    area_id: str
    period: str
    gender: str
    value: float


@dataclass
class KoladaResult:
    dataset: str
    added: int
    replaced: int
    unknown_kpis: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    outside: list[str] = field(default_factory=list)
    """Areas outside the RUS's county that values were loaded for (and the analyst warned about)."""


def parse_answer(doc: Any) -> list[KoladaValue]:
    """The values of a v2 or v3 `data` answer (missing and deleted values left out)."""
    entries = doc.get("values") if isinstance(doc, dict) else doc
    if not isinstance(entries, list):
        raise ValueError(KOLADA_NO_VALUES)
    out = []
    for entry in entries:
        if not isinstance(entry, dict) or "kpi" not in entry:
            raise ValueError(KOLADA_NO_KPI)
        area = str(entry.get("municipality") or entry.get("ou") or "")
        for inner in entry.get("values") or []:
            if inner.get("isdeleted") is True or inner.get("value") is None:
                continue
            out.append(
                KoladaValue(
                    str(entry["kpi"]),
                    area,
                    str(entry["period"]),
                    str(inner.get("gender") or "T").upper(),
                    float(inner["value"]),
                )
            )
    return out


def _area(code: str, own_county: str | None) -> str | None:
    """Kolada's area id as the dataset's `area`: counties '00NN' → None for the RUS's own county, else 'NN'."""
    if len(code) == 4 and code.startswith("00"):
        county = code[2:]
        return None if own_county and county == own_county.zfill(2) else county
    return code


def merge(content: DatasetContent, values: list[KoladaValue]) -> tuple[DatasetContent, KoladaResult]:
    """`content` with the values added as kolada observations (replacing earlier ones for the same key)."""
    by_kpi: dict[str, list[str]] = {}
    for ind in content.indicators:
        if ind.source == "kolada" and ind.source_ref:
            by_kpi.setdefault(ind.source_ref.strip(), []).append(ind.id)
    rus = next((s for s in content.strategies if s.kind == "rus"), None)
    own = rus.area if rus else None
    new: dict[tuple, Observation] = {}
    unknown: set[str] = set()
    outside: set[str] = set()
    for v in values:
        if v.kpi not in by_kpi:
            unknown.add(v.kpi)
            continue
        gender = _GENDERS.get(v.gender)
        if gender is None:
            continue
        area = _area(v.area_id, own)
        if area is not None and _outside(area, own):
            # Kept for that area, but told: a file for the wrong region is easy to save by mistake.
            outside.add(area)
        for indicator in by_kpi[v.kpi]:
            obs = Observation(
                indicator=indicator, period=v.period, value=v.value, area=area, gender=gender, source="kolada"
            )
            new[(indicator, v.period, area, gender)] = obs
    kept, replaced = [], 0
    for o in content.observations:
        if o.source == "kolada" and (o.indicator, o.period, o.area, o.gender) in new:
            replaced += 1
            continue
        kept.append(o)
    merged = content.model_copy(update={"observations": kept + list(new.values())})
    return merged, KoladaResult("", len(new), replaced, sorted(unknown), outside=sorted(outside))


def _outside(area: str, own_county: str | None) -> bool:
    """Whether a municipality or county code lies outside the RUS's county (unknown when the RUS has none)."""
    if not own_county:
        return False
    own = own_county.removeprefix("area:").zfill(2)
    if county_of(own) != own:
        return False  # the RUS's area is no county code: nothing to compare with
    return county_of(area) != own


def _area_names(codes: list[str]) -> str:
    return ", ".join(f"{area_name(c) or c} ({c})" for c in codes)


def import_kolada(db: Database, dataset: str, path: Path, lang: str = "sv") -> KoladaResult:
    """Add the observations of a saved Kolada answer to `dataset` as a new version (all or nothing)."""
    try:
        values = parse_answer(json.loads(Path(path).read_bytes()))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        raise ImportRefused(t("kolada.bad_file", lang, file=Path(path).name, reason=reason_of(e, lang))) from e
    store.current_key(db, dataset)  # a dataset that does not exist is named before any lock is taken
    # Read and write under the dataset's one write lock: an import that switched in between would otherwise
    # be replaced by a version computed from what was read before it.
    with dataset_write_lock(db, dataset, "kolada", wait_s=LOCK_WAIT_S, lang=lang) as lock:
        content = read_content(db, dataset)
        if not any(i.source == "kolada" and i.source_ref for i in content.indicators):
            raise ImportRefused(t("kolada.no_indicators", lang, dataset=dataset))
        merged, result = merge(content, values)
        result.dataset = dataset
        if result.unknown_kpis:
            result.warnings.append(t("kolada.unknown_kpis", lang, kpis=", ".join(result.unknown_kpis)))
        if result.outside:
            rus = next((s for s in content.strategies if s.kind == "rus"), None)
            own = (rus.area or "").zfill(2) if rus else ""
            result.warnings.append(
                t("kolada.outside_county", lang, county=_area_names([own]), areas=_area_names(result.outside))
            )
        if not result.added:
            raise ImportRefused(t("kolada.nothing", lang), details=result.warnings)
        info = store.dataset_info(db, dataset)
        store.replace_dataset(db, dataset, merged, source=(info.get("meta") or {}).get("source", ""), lock=lock)
    store.delete_unused_versions(db, dataset)
    return result
