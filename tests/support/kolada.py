"""Small datasets with Kolada indicators, and Kolada v3 answers as the API gives them."""

from __future__ import annotations

import json
from pathlib import Path

from importers.model import DatasetContent


def kolada_dataset(observations: list[dict] | None = None, area: str = "05") -> DatasetContent:
    return DatasetContent.model_validate(
        {
            "strategies": [{"id": "RUS", "name": "RUS", "kind": "rus", "area": area}],
            "goals": [{"id": "G", "strategy": "RUS", "name": "Mål"}],
            "indicators": [
                {"id": "POP", "name": "Invånare", "source": "kolada", "source_ref": "N01951"},
                {"id": "OWN", "name": "Egen", "source": "own"},
            ],
            "observations": observations or [],
            "links": [{"from": "G", "type": "measured_by", "to": "POP"}],
        }
    )


def kolada_answer(path: Path, areas: dict[str, float]) -> Path:
    """A v3 answer for N01951 in 2024, one total per Kolada area id, as the API returns it."""
    path.write_text(
        json.dumps(
            {
                "values": [
                    {
                        "kpi": "N01951",
                        "municipality": area,
                        "period": 2024,
                        "values": [{"gender": "T", "count": 1, "status": "", "value": value, "isdeleted": False}],
                    }
                    for area, value in areas.items()
                ]
            }
        ),
        encoding="utf-8",
    )
    return path


def fetch_dataset() -> DatasetContent:
    return DatasetContent.model_validate(
        {
            "strategies": [{"id": "RUS", "name": "RUS", "kind": "rus", "area": "22"}],
            "goals": [{"id": "G", "strategy": "RUS", "name": "Mål"}],
            "indicators": [
                {"id": "POP", "name": "Invånare", "source": "kolada", "source_ref": "N01951", "baseline_year": 2023},
                {"id": "BRP", "name": "BRP per invånare", "source": "kolada", "source_ref": "N00003", "unit": "tkr"},
                {"id": "NONE", "name": "Finns inte i Kolada", "source": "kolada", "source_ref": "U99999"},
                {"id": "OWN", "name": "Egen", "source": "own"},
            ],
            "observations": [
                {"indicator": "POP", "period": "2010", "value": 1.0, "source": "kolada"},  # replaced (removed)
                {"indicator": "POP", "period": "2023", "value": 2.0, "area": "2281", "gender": "K"},  # typed in: kept
                {"indicator": "OWN", "period": "2024", "value": 3.0},
            ],
            "links": [{"from": "G", "type": "measured_by", "to": "POP"}],
        }
    )
