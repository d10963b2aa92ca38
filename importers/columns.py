"""The columns of each table of spec/import-format.md, with their kind of value and whether required."""

from __future__ import annotations

from dataclasses import dataclass
from typing import get_args

from graph import content as model

ENUMS: dict[str, tuple[str, ...]] = {
    "strategy_kind": get_args(model.StrategyKind),
    "goal_level": get_args(model.GoalLevel),
    "action_status": get_args(model.ActionStatus),
    "indicator_source": get_args(model.IndicatorSource),
    "direction": get_args(model.Direction),
    "gender": get_args(model.Gender),
    "actor_kind": get_args(model.ActorKind),
    "link_type": get_args(model.LinkType),
}


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # id | text | code | int | year | number | percent | date | period | report_period | list | codes
    # | score | enum:<name>
    required: bool = False

    @property
    def numeric(self) -> bool:
        return self.kind in ("int", "year", "number", "score", "percent")


def _cols(*specs: tuple) -> dict[str, Column]:
    return {s[0]: Column(*s) for s in specs}


TABLE_COLUMNS: dict[str, dict[str, Column]] = {
    "strategies": _cols(
        ("id", "id", True),
        ("name", "text", True),
        ("kind", "enum:strategy_kind", True),
        ("parent", "id"),
        ("owner", "id"),
        ("area", "code"),
        ("valid_from", "year"),
        ("valid_to", "year"),
        ("url", "text"),
        ("description", "text"),
    ),
    "goals": _cols(
        ("id", "id", True),
        ("strategy", "id", True),
        ("name", "text", True),
        ("level", "enum:goal_level"),
        ("parent", "id"),
        ("description", "text"),
    ),
    "actions": _cols(
        ("id", "id", True),
        ("strategy", "id", True),
        ("name", "text", True),
        ("status", "enum:action_status"),
        ("start", "date"),
        ("end", "date"),
        ("budget_sek", "number"),
        ("areas", "codes"),
        ("description", "text"),
    ),
    "indicators": _cols(
        ("id", "id", True),
        ("name", "text", True),
        ("unit", "text"),
        ("source", "enum:indicator_source"),
        ("source_ref", "id"),
        ("direction", "enum:direction"),
        ("baseline_year", "year"),
        ("baseline_value", "number"),
        ("target_year", "year"),
        ("target_value", "number"),
    ),
    "observations": _cols(
        ("indicator", "id", True),
        ("period", "period", True),
        ("value", "number", True),
        ("area", "code"),
        ("gender", "enum:gender"),
        ("source", "text"),
    ),
    "actors": _cols(
        ("id", "id", True),
        ("name", "text", True),
        ("kind", "enum:actor_kind"),
        ("org_number", "id"),
        ("member_of", "list"),
    ),
    "links": _cols(
        ("from", "id", True),
        ("type", "enum:link_type", True),
        ("to", "id", True),
        ("score", "score"),
        ("rationale", "text"),
        ("source", "text"),
    ),
    "progress": _cols(
        ("action", "id", True),
        ("period", "report_period", True),
        ("status", "enum:action_status"),
        ("progress", "percent"),
        ("spent_sek", "number"),
        ("comment", "text"),
        ("reported_by", "text"),
    ),
}
"""Columns in the order ruslink writes them (the template and exports use this order)."""

REQUIRED_TABLES = ("strategies", "goals", "links")
