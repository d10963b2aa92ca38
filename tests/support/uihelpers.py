"""Hand-built datasets for the UI tests: small ones where the answer is known, and a synthetic large one."""

from __future__ import annotations

import random

from importers.model import DatasetContent

XSS_NAME = "<img src=x onerror=alert(1)>"


def small_dataset() -> DatasetContent:
    """An illustrative RUS with two plans, a conflict, an orphan action (named like an HTML attack) and a
    Kolada indicator with observations."""
    return DatasetContent.model_validate(
        {
            "illustrative": True,
            "description": "Exempeldata för test",
            "strategies": [
                {"id": "RUS", "name": "RUS Testlän 2020–2030", "kind": "rus", "area": "22"},
                {"id": "S3", "name": "Smart specialisering", "kind": "plan", "parent": "RUS"},
                {"id": "KOMP", "name": "Kompetensförsörjning", "kind": "plan", "parent": "RUS"},
            ],
            "goals": [
                {"id": "RUS-1", "strategy": "RUS", "name": "Platsen har stärkts", "level": "goal_area"},
                {"id": "RUS-1.1", "strategy": "RUS", "name": "Innovation och utveckling", "parent": "RUS-1"},
                {"id": "RUS-1.2", "strategy": "RUS", "name": "Attrahera kompetens", "parent": "RUS-1"},
                {"id": "RUS-2", "strategy": "RUS", "name": "Företagen växer", "level": "goal_area"},
                {"id": "RUS-2.1", "strategy": "RUS", "name": "Minskad klimatpåverkan", "parent": "RUS-2"},
                {"id": "S3-M1", "strategy": "S3", "name": "Fler innovativa företag"},
                {"id": "KOMP-M1", "strategy": "KOMP", "name": "Matchad utbildning"},
            ],
            "actions": [
                {"id": "A1", "strategy": "S3", "name": "Innovationscheckar", "status": "ongoing"},
                {"id": "A2", "strategy": "KOMP", "name": "Yrkesutbildning för industrin", "status": "planned"},
                {"id": "A3", "strategy": "KOMP", "name": XSS_NAME, "status": "completed"},
                {"id": "A4", "strategy": "S3", "name": "Ny gruvetablering", "status": "ongoing"},
            ],
            "actors": [
                {"id": "ACT-R", "name": "Region Testlän", "kind": "region", "member_of": ["F1"]},
                {"id": "ACT-U", "name": "Testuniversitetet", "kind": "university", "member_of": ["F1"]},
                {"id": "ACT-C", "name": "Gruvbolaget", "kind": "private"},
                {"id": "F1", "name": "Regionala samverkansrådet", "kind": "forum"},
            ],
            "indicators": [
                {
                    "id": "I1",
                    "name": "Förvärvsarbetande 20–64 år",
                    "unit": "%",
                    "source": "kolada",
                    "source_ref": "N00914",
                    "direction": "increase",
                    "baseline_year": 2019,
                    "baseline_value": 78.0,
                    "target_year": 2030,
                    "target_value": 82.0,
                },
                {
                    "id": "I2",
                    "name": "Utsläpp av växthusgaser",
                    "unit": "ton CO2e/inv",
                    "source": "own",
                    "direction": "decrease",
                },
            ],
            "observations": [
                {"indicator": "I1", "period": "2020", "value": 78.4},
                {"indicator": "I1", "period": "2021", "value": 79.1},
                {"indicator": "I1", "period": "2022", "value": 79.9},
                {"indicator": "I1", "period": "2023", "value": 80.3},
            ],
            "links": [
                {"from": "S3-M1", "type": "contributes_to", "to": "RUS-1.1", "score": 2},
                {"from": "KOMP-M1", "type": "contributes_to", "to": "RUS-1.2", "score": 1},
                {
                    "from": "A1",
                    "type": "contributes_to",
                    "to": "S3-M1",
                    "score": 3,
                    "rationale": "Checkar ger nya produkter",
                },
                {"from": "A2", "type": "contributes_to", "to": "KOMP-M1", "score": 2},
                {
                    "from": "A4",
                    "type": "contributes_to",
                    "to": "RUS-2.1",
                    "score": -2,
                    "rationale": "Gruvan ökar utsläppen",
                },
                {"from": "A4", "type": "contributes_to", "to": "RUS-1.1", "score": 1},
                {"from": "RUS-1.1", "type": "interacts_with", "to": "RUS-2.1", "score": -2},
                {"from": "RUS-1.2", "type": "interacts_with", "to": "RUS-1.1", "score": 2},
                {"from": "RUS-1.1", "type": "contributes_to", "to": "nat:1", "score": 2},
                {"from": "RUS-1.1", "type": "contributes_to", "to": "sdg:8.2", "score": 2},
                {"from": "RUS-1.1", "type": "measured_by", "to": "I1"},
                {"from": "RUS-2.1", "type": "measured_by", "to": "I2"},
                {"from": "ACT-R", "type": "responsible_for", "to": "A1"},
                {"from": "ACT-U", "type": "participates_in", "to": "A1"},
                {"from": "ACT-R", "type": "responsible_for", "to": "A2"},
                {"from": "ACT-U", "type": "participates_in", "to": "A2"},
                {"from": "ACT-C", "type": "responsible_for", "to": "A4"},
            ],
        }
    )


def synthetic_dataset(nodes: int = 2000, *, seed: int = 5) -> DatasetContent:
    """About `nodes` rows shaped like a real region: a RUS, plans, plan goals, actions, actors, indicators."""
    rng = random.Random(seed)
    n_plans = 12
    n_areas, per_area = 4, 8
    n_plan_goals = max(24, nodes // 10)
    n_indicators = max(20, nodes // 16)
    n_actors = max(30, nodes // 8)
    n_actions = nodes - (1 + n_plans + n_areas * (per_area + 1) + n_plan_goals + n_indicators + n_actors)
    strategies = [{"id": "RUS", "name": "RUS Syntetiska länet (illustrativt)", "kind": "rus", "area": "22"}]
    strategies += [{"id": f"P{i}", "name": f"Plan {i}", "kind": "plan", "parent": "RUS"} for i in range(n_plans)]
    goals, links = [], []
    rus_goals = []
    for a in range(n_areas):
        goals.append({"id": f"R{a}", "strategy": "RUS", "name": f"Målområde {a}", "level": "goal_area"})
        for g in range(per_area):
            gid = f"R{a}.{g}"
            rus_goals.append(gid)
            goals.append({"id": gid, "strategy": "RUS", "name": f"RUS-mål {a}.{g}", "parent": f"R{a}"})
            links.append({"from": gid, "type": "contributes_to", "to": f"sdg:{rng.randint(1, 17)}", "score": 2})
    plan_goals = []
    for i in range(n_plan_goals):
        gid = f"PG{i}"
        plan_goals.append(gid)
        goals.append({"id": gid, "strategy": f"P{i % n_plans}", "name": f"Planmål {i}"})
        for target in rng.sample(rus_goals, 2):
            links.append({"from": gid, "type": "contributes_to", "to": target, "score": rng.choice([1, 2, 3, -1])})
    for _ in range(20):
        a, b = rng.sample(rus_goals, 2)
        links.append({"from": a, "type": "interacts_with", "to": b, "score": rng.choice([-3, -2, -1, 1, 2, 3])})
    actors = [
        {
            "id": f"AK{i}",
            "name": f"Aktör {i}",
            "kind": rng.choice(["region", "municipality", "university", "private", "civil_society"]),
        }
        for i in range(n_actors)
    ]
    actions = []
    for i in range(n_actions):
        aid = f"IN{i}"
        plan = rng.randrange(n_plans)
        actions.append(
            {
                "id": aid,
                "strategy": f"P{plan}",
                "name": f"Insats {i}",
                "status": rng.choice(["planned", "ongoing", "ongoing", "completed"]),
            }
        )
        if rng.random() > 0.05:
            for target in rng.sample(plan_goals, rng.choice([1, 1, 2])):
                links.append({"from": aid, "type": "contributes_to", "to": target, "score": rng.choice([1, 2, 3])})
        links.append({"from": f"AK{rng.randrange(n_actors)}", "type": "responsible_for", "to": aid})
        if rng.random() > 0.5:
            links.append({"from": f"AK{rng.randrange(n_actors)}", "type": "participates_in", "to": aid})
    indicators = [
        {"id": f"IND{i}", "name": f"Indikator {i}", "source": "kolada", "direction": "increase"}
        for i in range(n_indicators)
    ]
    for i in range(n_indicators):
        links.append(
            {
                "from": rus_goals[i % len(rus_goals)] if i < len(rus_goals) else f"PG{i}",
                "type": "measured_by",
                "to": f"IND{i}",
            }
        )
    return DatasetContent.model_validate(
        {
            "illustrative": True,
            "description": "Syntetisk datamängd (illustrativ)",
            "strategies": strategies,
            "goals": goals,
            "actions": actions,
            "actors": actors,
            "indicators": indicators,
            "links": links,
        }
    )
