"""Helpers of the Swedish workbook tests."""

from __future__ import annotations

import pytest

from graph.errors import ImportRefused
from importers.load import read_dataset
from tests.data import analyst_files as af


def refused(path, lang: str = "sv") -> list[str]:
    with pytest.raises(ImportRefused) as refused:
        read_dataset(path, lang)
    return refused.value.details


def with_areas(value: str) -> dict:
    header, rows = af.SHEETS["Insatser"]
    return af.sheets(Insatser=(header, [rows[0][:5] + [value], *rows[1:]]))
