"""A small illustrative dataset with hostile names, shared by the report and interop tests.

RUS goal area RUS-1 has two goals: RUS-1.1 (named with a script tag) is reached by A1 through the plan
goal PG1 and is measured by I1; RUS-1.2 is reached by the completed action A2. A3 reaches nothing.
RUS-1.1 affects RUS-1.2 negatively (−2), and reaches Agenda 2030 target 8.2 and the national strategy.
"""

from __future__ import annotations

from typing import Any

from graph import store
from importers.model import DatasetContent

SCRIPT_GOAL = '<script>alert("x")</script> Fler företag'
FORMULA_ACTION = '=HYPERLINK("http://evil.example","klicka")'
AT_ACTOR = "@SUMMA(1;2) Region"


def hostile_content(*, previous: bool = False) -> DatasetContent:
    """The dataset; `previous=True` gives an earlier import: A9 instead of A3, and one observation less."""
    actions = [
        {"id": "A1", "strategy": "P1", "name": FORMULA_ACTION, "status": "ongoing", "areas": ["2281"]},
        {"id": "A2", "strategy": "P1", "name": "Insats två", "status": "completed"},
        {"id": "A9", "strategy": "P1", "name": "Gammal insats"}
        if previous
        else {"id": "A3", "strategy": "P1", "name": "Insats utan koppling"},
    ]
    observations: list[dict[str, Any]] = [{"indicator": "I1", "period": "2023", "value": 72.0, "source": "Kolada"}]
    if not previous:
        observations.append({"indicator": "I1", "period": "2024", "value": 75.5, "source": "Kolada"})
    return DatasetContent.model_validate(
        {
            "description": "Exempeldata för tester – illustrativt",
            "illustrative": True,
            "strategies": [
                {"id": "RUS", "name": "Regional utvecklingsstrategi", "kind": "rus", "area": "22"},
                {"id": "P1", "name": "Länsplan <b>fet</b>", "kind": "plan", "parent": "RUS", "owner": "X1"},
            ],
            "goals": [
                {"id": "RUS-1", "strategy": "RUS", "name": "Stark plats", "level": "goal_area"},
                {"id": "RUS-1.1", "strategy": "RUS", "name": SCRIPT_GOAL, "parent": "RUS-1"},
                {"id": "RUS-1.2", "strategy": "RUS", "name": "Minskade utsläpp", "parent": "RUS-1"},
                {"id": "PG1", "strategy": "P1", "name": "Planmål ett"},
            ],
            "actions": actions,
            "indicators": [
                {
                    "id": "I1",
                    "name": "Sysselsättningsgrad",
                    "unit": "%",
                    "source": "kolada",
                    "source_ref": "N00914",
                    "direction": "increase",
                    "baseline_year": 2020,
                    "baseline_value": 70,
                    "target_year": 2030,
                    "target_value": 80,
                }
            ],
            "observations": observations,
            "actors": [{"id": "X1", "name": AT_ACTOR, "kind": "region"}],
            "links": [
                {"from": "A1", "type": "contributes_to", "to": "PG1", "score": 2, "rationale": "+Stödjer planmålet"},
                {"from": "PG1", "type": "contributes_to", "to": "RUS-1.1", "score": 3},
                {"from": "A2", "type": "contributes_to", "to": "RUS-1.2", "score": 1},
                {"from": "RUS-1.1", "type": "interacts_with", "to": "RUS-1.2", "score": -2},
                {"from": "RUS-1.1", "type": "contributes_to", "to": "sdg:8.2", "score": 2},
                {"from": "RUS-1.1", "type": "measured_by", "to": "I1"},
                {"from": "X1", "type": "responsible_for", "to": "A1"},
            ],
        }
    )


def load_hostile(db, name: str, *, previous: bool = False) -> str:
    store.replace_dataset(db, name, hostile_content(previous=previous))
    return name


def report_of(db, dataset: str, fmt: str, *, lang: str = "sv", compare: str | None = None) -> bytes:
    """The report as the CLI and the route make it: `collect` reads, `report_bytes` renders."""
    from graph.report_input import collect
    from viz.report import report_bytes

    return report_bytes(collect(db, dataset, lang=lang, compare=compare), fmt, lang=lang)


def ruslink_env(neo4j_server: dict) -> dict:
    """The environment a `ruslink` subprocess needs to reach the tests' Neo4j."""
    import os

    env = dict(os.environ, NEO4J_URI=neo4j_server["uri"])
    password = neo4j_server["settings"].neo4j_password
    if password is not None:
        env["NEO4J_PASSWORD"] = password.get_secret_value()
        env["NEO4J_USER"] = neo4j_server["settings"].neo4j_user
    return env
