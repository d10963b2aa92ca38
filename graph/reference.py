"""Bundled reference data (see graph/reference_data/SOURCES.md) as rows for the graph."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parent / "reference_data"


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@lru_cache(maxsize=1)
def reference_rows() -> tuple[list[dict], list[dict]]:
    """(nodes, part_of pairs) for Agenda 2030, the national strategy, counties and municipalities."""
    nodes: list[dict] = []
    parts: list[dict] = []
    goals_en = yaml.safe_load((DATA / "sdg" / "global_goals.en.yml").read_text(encoding="utf-8"))
    goals_sv = {row["goal"]: row["title_sv"] for row in _csv(DATA / "sdg" / "goals.sv.csv")}
    for number in range(1, 18):
        n = str(number)
        nodes.append(
            {
                "id": f"sdg:{n}",
                "kind": "sdg_goal",
                "code": n,
                "name_sv": goals_sv.get(n, goals_en[f"{n}-short"]),
                "name_en": goals_en[f"{n}-short"],
                "description": goals_en[f"{n}-title"],
            }
        )
    targets = yaml.safe_load((DATA / "sdg" / "global_targets.en.yml").read_text(encoding="utf-8"))
    for key, text in sorted(targets.items()):
        goal, target, _ = key.split("-", 2)
        code = f"{goal}.{target}"
        nodes.append(
            {
                "id": f"sdg:{code}",
                "kind": "sdg_target",
                "code": code,
                "name_sv": f"Delmål {code}",
                "name_en": f"Target {code}",
                "description": str(text),
            }
        )
        parts.append({"from": f"sdg:{code}", "to": f"sdg:{goal}"})
    for row in _csv(DATA / "national-strategy.csv"):
        nodes.append(
            {
                "id": row["id"],
                "kind": "national",
                "code": row["id"].split(":", 1)[1],
                "name_sv": row["name_sv"],
                "name_en": row["name_en"],
                "nat_kind": row["kind"],
            }
        )
    for row in _csv(DATA / "areas" / "counties.csv"):
        nodes.append(
            {
                "id": f"area:{row['code']}",
                "kind": "county",
                "code": row["code"],
                "name_sv": row["name"],
                "name_en": row["name"],
            }
        )
    for row in _csv(DATA / "areas" / "municipalities.csv"):
        nodes.append(
            {
                "id": f"area:{row['code']}",
                "kind": "municipality",
                "code": row["code"],
                "name_sv": row["name"],
                "name_en": row["name"],
                "county": row["county_code"],
            }
        )
        parts.append({"from": f"area:{row['code']}", "to": f"area:{row['county_code']}"})
    return nodes, parts


@lru_cache(maxsize=1)
def reference_ids() -> frozenset[str]:
    return frozenset(row["id"] for row in reference_rows()[0])


@lru_cache(maxsize=1)
def reference_names() -> dict[str, dict[str, str]]:
    """id -> {"sv": name, "en": name} for messages and views."""
    return {row["id"]: {"sv": row["name_sv"], "en": row["name_en"]} for row in reference_rows()[0]}


def municipalities_of_county(county: str) -> list[str]:
    """Municipality codes of a county ('22' or '0022' or 'area:22'), sorted."""
    code = county.removeprefix("area:")
    code = code[-2:] if len(code) == 4 and code.startswith("00") else code
    return sorted(
        row["code"] for row in reference_rows()[0] if row["kind"] == "municipality" and row.get("county") == code
    )
