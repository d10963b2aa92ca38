"""Words a person reads: no raw codes or English in Swedish output, correct plurals, one catalogue per layer.

Each case pins the exact message a user sees, in Swedish and in English.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graph import i18n
from graph.i18n import DuplicateText, local_date, merge_catalogues, plural, t
from tests.support.words import leaks

DEMO, VARM = "words-demo", "words-varmland"

"""Codes of the import format and the analyses that once leaked into Swedish text (whole words, as written)."""


def test_leak_finder_finds_what_it_looks_for() -> None:
    assert leaks("Typ: unlinked. Riktning: increase. 1 problems found. 1 strategier. 2 koppling(ar).") == [
        "unlinked",
        "increase",
        "problems found",
        "a plural written as a bracket: (ar)",
        "a plural after 1: 1 strategier",
    ]
    assert leaks("inläst 2026-11-28T16:08:06.763Z") == ["an ISO timestamp: 2026-11-28T16:08"]
    assert leaks("Kolada, RUS-1.1, sdg:8.2, ökning är bättre, 12 kopplingar") == []


def test_plurals_in_swedish_and_english() -> None:
    assert [plural(n, "links", "sv") for n in (1, 2)] == ["1 koppling", "2 kopplingar"]
    assert [plural(n, "links", "en") for n in (1, 2)] == ["1 link", "2 links"]
    assert [plural(n, "count.strategies", "sv") for n in (1, 3)] == ["1 strategi", "3 strategier"]
    assert [plural(n, "problems", "en") for n in (1, 2)] == ["1 problem", "2 problems"]
    assert plural(1234, "count.actions", "sv") == "1\u00a0234 insatser"


def test_local_date_is_the_date_in_sweden() -> None:
    assert local_date("2026-11-28T23:08:06.763Z") == "2026-11-29"
    assert local_date("2026-06-01T12:00:00+00:00") == "2026-06-01"
    assert local_date(None) == "–"


def test_catalogues_refuse_a_key_given_twice(tmp_path) -> None:
    with pytest.raises(DuplicateText, match="'trend.flat' is in both a and b"):
        merge_catalogues({"a": {"trend.flat": {"sv": "x", "en": "y"}}, "b": {"trend.flat": {"sv": "x", "en": "y"}}})
    i18n.load()  # the catalogues are loaded by the first text asked for; the test may run before any
    with pytest.raises(DuplicateText, match="registered twice"):
        i18n.register({"trend.flat": {"sv": "oförändrad", "en": "flat"}})
    assert t("trend.flat") == "oförändrad" and t("trend.flat", "en") == "flat"


def test_each_layer_catalogue_is_loaded_explicitly_and_has_no_repeated_key() -> None:
    import importlib

    texts = i18n.load()
    for name in i18n.CATALOGUES:
        module = importlib.import_module(name)
        keys = i18n._literal_keys(name)
        assert keys and len(keys) == len(set(keys)) == len(module.TEXTS), name
        assert set(module.TEXTS) <= set(texts)
    # no module registers its words as a side effect of being imported, but for the importers' older ones
    sources = [p for layer in ("graph", "viz", "app") for p in Path(layer).rglob("*.py") if p.name != "i18n.py"]
    assert [str(p) for p in sources if re.search(r"^register\(", p.read_text(encoding="utf-8"), re.M)] == []
