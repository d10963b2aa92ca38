"""The dataset model: every table of a dataset as pydantic rows, what `graph.store` writes and reads back.

Importers produce it from files, `graph.content_read` from the graph, edits change it; it lives here, beside
the store, so that nothing in `graph/` has to import a file-format module.

Field names follow spec/import-format.md. Readers produce these models; validation
(`importers.validate`) guarantees ids are unique, references resolve and scores are in range,
so `graph.store` can write them without further checks.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

StrategyKind = Literal["rus", "plan", "national", "international", "municipal"]
GoalLevel = Literal["vision", "goal_area", "goal", "target"]
ActionStatus = Literal["planned", "ongoing", "completed", "paused", "cancelled"]
IndicatorSource = Literal["kolada", "scb", "brp_plus", "own", "other"]
Direction = Literal["increase", "decrease"]
Gender = Literal["T", "K", "M"]
ActorKind = Literal[
    "region",
    "municipality",
    "county_board",
    "state_agency",
    "university",
    "business_support",
    "civil_society",
    "private",
    "forum",
    "other",
]
LinkType = Literal["contributes_to", "interacts_with", "measured_by", "responsible_for", "participates_in"]

TABLES = ("strategies", "goals", "actions", "indicators", "observations", "actors", "links", "progress")
ENTITY_TABLES = ("strategies", "goals", "actions", "indicators", "actors")
LINK_TYPES: tuple[str, ...] = ("contributes_to", "interacts_with", "measured_by", "responsible_for", "participates_in")
REFERENCE_PREFIXES = ("sdg:", "nat:", "area:")


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)
    extra: dict[str, str] = Field(default_factory=dict, description="unknown columns, kept as text")


class Strategy(_Row):
    id: str
    name: str
    kind: StrategyKind
    parent: str | None = None
    owner: str | None = None
    area: str | None = None
    valid_from: int | None = None
    valid_to: int | None = None
    url: str | None = None
    description: str | None = None


class Goal(_Row):
    id: str
    strategy: str
    name: str
    level: GoalLevel = "goal"
    parent: str | None = None
    description: str | None = None


class Action(_Row):
    id: str
    strategy: str
    name: str
    status: ActionStatus | None = None
    start: str | None = None
    end: str | None = None
    budget_sek: float | None = None
    areas: list[str] = Field(default_factory=list)
    description: str | None = None


class Indicator(_Row):
    id: str
    name: str
    unit: str | None = None
    source: IndicatorSource | None = None
    source_ref: str | None = None
    direction: Direction | None = None
    baseline_year: int | None = None
    baseline_value: float | None = None
    target_year: int | None = None
    target_value: float | None = None


class Observation(_Row):
    indicator: str
    period: str
    value: float
    area: str | None = None
    gender: Gender = "T"
    source: str | None = None


class Actor(_Row):
    id: str
    name: str
    kind: ActorKind | None = None
    org_number: str | None = None
    member_of: list[str] = Field(default_factory=list)


class Link(_Row):
    model_config = ConfigDict(populate_by_name=True)
    from_: str = Field(alias="from")
    type: LinkType
    to: str
    score: int = Field(default=1, ge=-3, le=3)
    rationale: str | None = None
    source: str | None = None


class ProgressReport(_Row):
    """One follow-up report on an action for one period (import-format.md, `progress`)."""

    action: str
    period: str
    status: ActionStatus | None = None
    progress: float | None = Field(default=None, ge=0, le=100)
    spent_sek: float | None = None
    comment: str | None = None
    reported_by: str | None = None


class DatasetContent(BaseModel):
    """A whole dataset, every table (absent tables are empty lists)."""

    strategies: list[Strategy] = Field(default_factory=list)
    goals: list[Goal] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    observations: list[Observation] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    links: list[Link] = Field(default_factory=list)
    progress: list[ProgressReport] = Field(default_factory=list)
    description: str | None = Field(default=None, description="shown with the dataset, e.g. 'illustrative'")
    illustrative: bool = False

    def row_count(self) -> int:
        return sum(len(getattr(self, t)) for t in TABLES)


def is_reference_id(value: str) -> bool:
    return value.startswith(REFERENCE_PREFIXES)
