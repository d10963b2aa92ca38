"""Swedish texts of the references a RUS goal may be aligned with, for `goal_reference` suggestions."""

from __future__ import annotations

import csv
from functools import lru_cache

from graph.reference import DATA, reference_rows


@lru_cache(maxsize=1)
def reference_texts() -> dict[str, str]:
    """id -> Swedish text: the national strategy's areas and prerequisites, the 17 goals, and the
    Agenda 2030 targets that have a Swedish text in `sdg/targets.sv.csv` (targets without one are left
    out, since English text cannot match Swedish goals)."""
    texts: dict[str, str] = {}
    for row in reference_rows()[0]:
        if row["kind"] == "national" or row["kind"] == "sdg_goal":
            texts[row["id"]] = row["name_sv"]
    with (DATA / "sdg" / "targets.sv.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            goal = row["target"].split(".", 1)[0]
            texts[f"sdg:{row['target']}"] = f"{row['text_sv']} {texts.get(f'sdg:{goal}', '')}".strip()
    return texts
