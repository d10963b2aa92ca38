"""Saved Kolada answers become observations of the dataset's Kolada indicators, atomically."""

from __future__ import annotations

from pathlib import Path

from importers.kolada import parse_answer
from tests.support.kolada import kolada_dataset


def test_kolada_v2_shape_null_deleted_and_county_rows(tmp_path: Path) -> None:
    answer = {
        "count": 3,
        "next_page": None,
        "values": [
            {
                "kpi": "N01951",
                "municipality": "0022",
                "period": 2023,
                "values": [{"gender": "T", "status": "", "count": 1, "value": 245000}],
            },
            {
                "kpi": "N01951",
                "municipality": "0024",
                "period": 2023,
                "values": [{"gender": "T", "status": "", "count": 1, "value": 275000}],
            },
            {
                "kpi": "N01951",
                "municipality": "2281",
                "period": 2023,
                "values": [
                    {"gender": "T", "count": 1, "value": None},
                    {"gender": "K", "count": 1, "value": 5.0, "isdeleted": True},
                    {"gender": "M", "count": 1, "value": 50000.0},
                ],
            },
        ],
    }
    from importers.kolada import merge

    values = parse_answer(answer)
    merged, result = merge(kolada_dataset(area="22"), values)
    assert sorted((o.area or "", o.gender, o.value) for o in merged.observations) == [
        ("", "T", 245000.0),
        ("2281", "M", 50000.0),
        ("24", "T", 275000.0),
    ]
