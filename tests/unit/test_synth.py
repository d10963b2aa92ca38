"""Synthetic datasets: deterministic, valid import content, sized by the scale factor."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from app.cli import cli
from graph.model import LINK_ENDPOINTS
from graph.reference import municipalities_of_county, reference_ids
from importers import synth
from importers.load import read_dataset
from importers.model import ENTITY_TABLES, TABLES, DatasetContent, is_reference_id


def table_of(content: DatasetContent) -> dict[str, str]:
    return {row.id: table for table in ENTITY_TABLES for row in getattr(content, table)}


def test_synth_same_seed_gives_the_same_dataset_and_another_seed_another() -> None:
    assert synth.synthesize(scale=2, seed=7) == synth.synthesize(scale=2, seed=7)
    assert synth.synthesize(scale=2, seed=7) != synth.synthesize(scale=2, seed=8)


def test_synth_scale_one_is_about_one_region() -> None:
    content = synth.synthesize(scale=1)
    sizes = {
        t: len(getattr(content, t))
        for t in ("strategies", "goals", "actions", "actors", "indicators", "observations", "links")
    }
    assert 12 <= sizes["strategies"] <= 18 and 65 <= sizes["goals"] <= 95 and 55 <= sizes["actions"] <= 85
    assert 25 <= sizes["actors"] <= 40 and 15 <= sizes["indicators"] <= 25
    assert 80 <= sizes["observations"] <= 120 and 330 <= sizes["links"] <= 480


def test_synth_scale_multiplies_the_dataset_about_linearly() -> None:
    one, sixteen = synth.synthesize(scale=1), synth.synthesize(scale=16)
    for table in ("actions", "indicators", "links", "observations"):
        ratio = len(getattr(sixteen, table)) / len(getattr(one, table))
        assert 13 <= ratio <= 19, (table, ratio)
    assert len([s for s in sixteen.strategies if s.kind == "rus"]) == 1


def test_synth_dataset_is_valid_import_content() -> None:
    content = synth.synthesize(scale=3, county="25", seed=3)
    ids = [row.id for table in ENTITY_TABLES for row in getattr(content, table)]
    assert len(ids) == len(set(ids)), "ids must be unique across tables"
    kinds = table_of(content)
    refs = reference_ids()
    assert [s.kind for s in content.strategies].count("rus") == 1
    rus = next(s for s in content.strategies if s.kind == "rus")
    assert rus.area == "25"
    goal_strategy = {g.id: g.strategy for g in content.goals}
    for goal in content.goals:
        assert kinds[goal.strategy] == "strategies"
        assert goal.parent is None or goal_strategy[goal.parent] == goal.strategy
    for action in content.actions:
        assert kinds[action.strategy] == "strategies"
        assert set(action.areas) <= set(municipalities_of_county("25"))
    for link in content.links:
        sources, targets = LINK_ENDPOINTS[link.type]
        assert kinds[link.from_] in sources, link
        if is_reference_id(link.to):
            assert "reference" in targets and link.to in refs, link
        else:
            assert kinds[link.to] in targets, link
        assert link.type != "interacts_with" or link.score != 0
    assert {o.indicator for o in content.observations} <= {i.id for i in content.indicators}


def test_synth_holds_what_the_analyses_look_for() -> None:
    content = synth.synthesize(scale=4)
    linked = {link.from_ for link in content.links if link.type == "contributes_to"}
    assert any(a.id not in linked for a in content.actions), "some actions are orphans"
    assert any(link.type == "interacts_with" and link.score < 0 for link in content.links), "a goal conflict"
    assert any(link.type == "interacts_with" and link.score > 0 for link in content.links), "a synergy"
    with_data = {o.indicator for o in content.observations}
    assert any(i.id not in with_data for i in content.indicators), "an indicator without data"
    assert any(i.target_value is None for i in content.indicators), "an indicator without target"
    assert content.illustrative and "illustrativt" in (content.description or "")


def test_synth_national_gives_one_dataset_per_county() -> None:
    items = list(synth.national("nat", regions=21, scale=0.25))
    assert [name for name, _ in items] == [f"nat-{n:02d}" for n in range(1, 22)]
    areas = [next(s.area for s in content.strategies if s.kind == "rus") for _, content in items]
    assert areas == [code for code, _ in synth.counties()] and len(set(areas)) == 21


def test_synth_cli_writes_one_json_file_per_region(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["synth", "--dataset", "land", "--regions", "2", "--to", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["land-01.json", "land-02.json"]
    tables = json.loads((tmp_path / "land-02.json").read_text(encoding="utf-8"))
    assert {"strategies", "goals", "links"} <= set(tables)
    assert Counter(s["kind"] for s in tables["strategies"])["rus"] == 1
    multi = [a["areas"] for a in tables["actions"] if "areas" in a]
    assert multi and all(isinstance(areas, str) for areas in multi), "areas are '|'-separated as in CSV"


@pytest.mark.parametrize("form", ["land.json", "land.xlsx", "land-csv"])
def test_synth_files_read_back_as_the_same_dataset(tmp_path: Path, form: str) -> None:
    result = CliRunner().invoke(
        cli, ["synth", "--dataset", "land", "--scale", "2", "--seed", "3", "--to", str(tmp_path / form)]
    )
    assert result.exit_code == 0, result.output
    loaded = read_dataset(tmp_path / form)
    expected = synth.synthesize(scale=2, seed=3)
    assert not loaded.warnings
    for table in TABLES:
        assert [r.model_dump() for r in getattr(loaded.content, table)] == [
            r.model_dump() for r in getattr(expected, table)
        ], table


def test_synth_cli_refuses_too_many_regions() -> None:
    result = CliRunner().invoke(cli, ["synth", "--dataset", "land", "--regions", "22", "--to", "/tmp/x"])
    assert result.exit_code != 0
