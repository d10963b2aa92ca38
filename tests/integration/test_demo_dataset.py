"""The demo dataset: the real RUS structure, illustrative plans and actions, and the cases analyses look for."""

from __future__ import annotations

from collections import Counter

import pytest

from graph import store
from importers.demo import DATA, load_demo
from importers.export import read_content
from importers.load import read_dataset

ILLUSTRATIVE = "Exempeldata – illustrativt, inte regionens officiella uppföljning"


@pytest.fixture(scope="module")
def demo(db):
    name = "t-demo-dataset"
    load_demo(db, name)
    return read_content(db, name)


def test_demo_loads_without_warnings_and_says_it_is_illustrative(demo) -> None:
    assert read_dataset(DATA).warnings == []
    assert demo.illustrative and ILLUSTRATIVE in demo.description
    for row in [*demo.strategies, *demo.actions]:
        assert ILLUSTRATIVE in (row.description or ""), row.id


def test_demo_follows_the_real_rus_structure(demo) -> None:
    rus = [g for g in demo.goals if g.strategy == "RUS"]
    levels = Counter(g.level for g in rus if not g.id.startswith("RUS-P"))
    assert levels == {"vision": 1, "goal_area": 3, "goal": 16}
    assert any("Flernivåstyre" in g.name for g in rus)
    assert next(s for s in demo.strategies if s.kind == "rus").area == "22"


def test_demo_has_the_promised_size(demo) -> None:
    plans = [s for s in demo.strategies if s.kind == "plan"]
    assert len(plans) >= 8 and len(demo.actions) >= 60 and len(demo.actors) >= 25 and len(demo.indicators) >= 20
    # some actions leave the status column empty: their latest progress report gives their status
    assert set(Counter(a.status for a in demo.actions)) - {None} == {
        "planned",
        "ongoing",
        "completed",
        "paused",
        "cancelled",
    }
    codes = {c for a in demo.actions for c in a.areas}
    assert codes == {"2260", "2262", "2280", "2281", "2282", "2283", "2284"}
    kpis = {i.source_ref for i in demo.indicators if i.source == "kolada"}
    assert {"N00914", "N01982", "N00999", "N00401", "N07918", "N60404", "N01951"} <= kpis
    for plan in plans:
        goals = [g for g in demo.goals if g.strategy == plan.id]
        assert 2 <= len(goals) <= 5, plan.id


def test_demo_holds_the_cases_the_analyses_find(demo) -> None:
    contributes = [link for link in demo.links if link.type == "contributes_to"]
    linked_actions = {link.from_ for link in contributes}
    action_ids = {a.id for a in demo.actions}
    assert action_ids - linked_actions, "unlinked actions"
    assert any(link.type == "interacts_with" and link.score < 0 for link in demo.links), "declared conflicts"
    assert any(link.type == "interacts_with" and link.score > 0 for link in demo.links), "synergies"
    assert any(link.from_ in action_ids and link.score < 0 for link in contributes), "actions against goals"
    only_negative = {a for a in action_ids if (s := [c.score for c in contributes if c.from_ == a]) and max(s) <= 0}
    assert only_negative
    measured = {link.from_ for link in demo.links if link.type == "measured_by"}
    assert any(g.id not in measured for g in demo.goals if g.strategy == "RUS" and g.level == "goal")
    observed = {o.indicator for o in demo.observations}
    assert any(i.id not in observed for i in demo.indicators) and any(i.target_value is None for i in demo.indicators)
    refs = {link.to for link in contributes if link.from_.startswith("RUS-")}
    assert {"nat:1", "nat:2", "nat:3", "nat:4"} <= refs and any(r.startswith("sdg:") and "." in r for r in refs)


def test_demo_loading_twice_changes_nothing(db, demo) -> None:
    load_demo(db, "t-demo-dataset")
    assert read_content(db, "t-demo-dataset") == demo
    counts = next(d["counts"] for d in store.list_datasets(db) if d["dataset"] == "t-demo-dataset")
    assert counts["actions"] == len(demo.actions) and counts["links"] == len(demo.links)
