"""Small hand-built datasets for the analysis tests.

Every dataset here is illustrative test data with a known answer: a RUS with two goal areas
(RUS-1 with goals RUS-1.1 and RUS-1.2, RUS-2 with goal RUS-2.1) and two thematic plans P1 and P2.
"""

from __future__ import annotations

from typing import Any

from graph import store
from graph.analyses import run_analysis
from importers.model import DatasetContent

RUS_GOALS = [
    {"id": "RUS-1", "strategy": "RUS", "name": "Stark plats", "level": "goal_area"},
    {"id": "RUS-1.1", "strategy": "RUS", "name": "Fler företag", "parent": "RUS-1"},
    {"id": "RUS-1.2", "strategy": "RUS", "name": "Minskade utsläpp", "parent": "RUS-1"},
    {"id": "RUS-2", "strategy": "RUS", "name": "Attraktiv livsmiljö", "level": "goal_area"},
    {"id": "RUS-2.1", "strategy": "RUS", "name": "Hållbart resande", "parent": "RUS-2"},
]


STRATEGIES = [
    {"id": "RUS", "name": "Regional utvecklingsstrategi", "kind": "rus", "area": "22"},
    {"id": "P1", "name": "Länsplan för transportinfrastruktur", "kind": "plan", "parent": "RUS"},
    {"id": "P2", "name": "Energi- och klimatstrategi", "kind": "plan", "parent": "RUS"},
]


def link(source: str, target: str, score: int = 1, type: str = "contributes_to") -> dict[str, Any]:
    return {"from": source, "type": type, "to": target, "score": score}


def action(action_id: str, strategy: str = "P1", **columns: Any) -> dict[str, Any]:
    return {"id": action_id, "strategy": strategy, "name": f"Insats {action_id}", **columns}


def goal(goal_id: str, strategy: str = "P1", **columns: Any) -> dict[str, Any]:
    return {"id": goal_id, "strategy": strategy, "name": f"Planmål {goal_id}", **columns}


def load(
    db,
    name: str,
    *,
    goals=(),
    actions=(),
    links=(),
    actors=(),
    indicators=(),
    observations=(),
    strategies=(),
    rus_goals=None,
) -> str:
    """Load a dataset: the base RUS and plans, plus the given rows."""
    content = DatasetContent.model_validate(
        {
            "strategies": [*STRATEGIES, *strategies],
            "goals": [*(RUS_GOALS if rus_goals is None else rus_goals), *goals],
            "actions": list(actions),
            "links": list(links),
            "actors": list(actors),
            "indicators": list(indicators),
            "observations": list(observations),
            "description": "Exempeldata för tester – illustrativt",
            "illustrative": True,
        }
    )
    store.replace_dataset(db, name, content)
    return name


def findings(
    db, name: str, analysis: str, kind: str | None = None, lang: str = "sv", **options: Any
) -> list[dict[str, Any]]:
    """The findings of one analysis as JSON dicts, optionally only one kind."""
    result = run_analysis(db, name, analysis, lang=lang, options=options).model_dump(mode="json")
    return [f for f in result["findings"] if kind is None or f["kind"] == kind]


def pairs(found: list[dict[str, Any]]) -> set[tuple[str, tuple[str, ...]]]:
    return {(f["subject"], tuple(f["related"])) for f in found}


def generated(scale: int = 1, seed: int = 7) -> DatasetContent:
    """An illustrative dataset of demo size times `scale` (about 15 strategies, 80 goals, 64 actions,
    25 actors and 20 indicators at scale 1), with random links, cycles and conflicts, for scale checks."""
    import random

    rnd = random.Random(seed)
    municipalities = ["2260", "2262", "2280", "2281", "2282", "2283", "2284"]
    strategies = [{"id": "RUS", "name": "RUS (exempeldata)", "kind": "rus", "area": "22"}]
    goals: list[dict[str, Any]] = []
    rus_goals: list[str] = []
    for area in range(1, 4 * scale + 1):
        goals.append({"id": f"RUS-{area}", "strategy": "RUS", "name": f"Målområde {area}", "level": "goal_area"})
        for n in range(1, 5):
            goals.append(
                {
                    "id": f"RUS-{area}.{n}",
                    "strategy": "RUS",
                    "name": f"Prioritering {area}.{n}",
                    "parent": f"RUS-{area}",
                }
            )
            rus_goals.append(f"RUS-{area}.{n}")
    plan_goals: list[str] = []
    for p in range(1, 14 * scale + 1):
        strategies.append({"id": f"P{p}", "name": f"Plan {p} (exempeldata)", "kind": "plan", "parent": "RUS"})
        for n in range(1, 5):
            plan_goals.append(f"P{p}-{n}")
            goals.append({"id": f"P{p}-{n}", "strategy": f"P{p}", "name": f"Planmål {p}.{n}"})
    kinds = ["region", "municipality", "civil_society", "private", "university", "state_agency"]
    actors = [{"id": f"AK{i}", "name": f"Aktör {i}", "kind": rnd.choice(kinds)} for i in range(1, 25 * scale + 1)]
    indicators = [
        {
            "id": f"I{i}",
            "name": f"Indikator {i}",
            "direction": rnd.choice(["increase", "decrease"]),
            "baseline_value": 10.0,
            **({"target_value": 20.0} if i % 3 else {}),
        }
        for i in range(1, 20 * scale + 1)
    ]
    observations = [
        {"indicator": f"I{i}", "period": str(year), "value": rnd.uniform(5, 25)}
        for i in range(1, 20 * scale + 1)
        if i % 4
        for year in (2022, 2023, 2024)
    ]
    actions, links = [], []
    for a in range(1, 64 * scale + 1):
        plan = f"P{rnd.randint(1, 14 * scale)}"
        areas = rnd.sample(municipalities, rnd.choice([0, 0, 1, 2, 3]))
        actions.append(
            {
                "id": f"A{a}",
                "strategy": plan,
                "name": f"Insats {a}",
                "areas": areas,
                "status": rnd.choice(["planned", "ongoing", "ongoing", "completed", "paused"]),
            }
        )
        for target in rnd.sample(plan_goals, rnd.choice([0, 1, 1, 2, 3])):
            links.append(link(f"A{a}", target, rnd.choice([-1, 0, 1, 1, 2, 3])))
        links.append(link(rnd.choice(actors)["id"], f"A{a}", type="responsible_for"))
        for actor in rnd.sample(actors, rnd.randint(0, 3)):
            links.append(link(actor["id"], f"A{a}", type="participates_in"))
    for g in plan_goals:
        for target in rnd.sample(rus_goals, rnd.choice([0, 1, 1, 2])):
            links.append(link(g, target, rnd.choice([-2, 1, 1, 2, 3])))
        if rnd.random() < 0.3:
            links.append(link(g, rnd.choice(plan_goals), rnd.choice([1, 2])))  # chains and cycles between plans
    for g in rus_goals:
        links.append(link(g, rnd.choice(["sdg:8.2", "sdg:9.5", "sdg:13.2", "nat:1", "nat:2"])))
        if rnd.random() < 0.3:
            links.append(link(g, rnd.choice(rus_goals), rnd.choice([-3, -1, 2]), "interacts_with"))
        if rnd.random() < 0.6:
            links.append(link(g, rnd.choice(indicators)["id"], type="measured_by"))
    seen: set[tuple[str, str, str]] = set()
    unique = [x for x in links if (key := (x["from"], x["type"], x["to"])) not in seen and not seen.add(key)]
    return DatasetContent.model_validate(
        {
            "strategies": strategies,
            "goals": goals,
            "actions": actions,
            "actors": actors,
            "indicators": indicators,
            "observations": observations,
            "links": unique,
            "illustrative": True,
            "description": "Genererad exempeldata – illustrativt, inte regionens officiella uppföljning",
        }
    )
