"""The graph model: the only labels and relationship types ruslink writes (the allow-list).

    (:Dataset {name, current, imported_at, description, illustrative, source})
    (:Version {key, dataset, state})                           one import of a dataset
    (:Item:Strategy|Goal|Action|Indicator|Actor {dsv, dataset, id, ...columns})
    (:Observation {dsv, indicator, period, value, area, gender, source})-[:OF]->(:Indicator)
    (:Item:Reference {dsv: REF, id: 'sdg:8' | 'sdg:8.2' | 'nat:1' | 'area:2281', kind, name_sv, name_en})

`dsv` is the version key ("name@version") of the dataset version a row belongs to; readers resolve the
dataset's current key once and pass it as `$dsv`, so an import never shows half a dataset.
"""

from __future__ import annotations

REF = "__reference__"
"""Version key of the bundled reference rows."""

MAX_DATASET_ROWS = 250_000
"""Most rows one dataset may hold, every table together (links and observations included). The ceiling is
what was measured to import, analyse, draw, report, delete and re-import within the local Neo4j's default
1 GB heap in the worst shape: every row on one dense node (all actions under one strategy, or all linked to
one goal). A million actions under one strategy imported, but every analysis then ran out of memory
(README, "Reliability"). Every writer checks it (`graph.store.replace_dataset`); imports stop reading there.
"""

LABEL_OF_TABLE: dict[str, str] = {
    "strategies": "Strategy",
    "goals": "Goal",
    "actions": "Action",
    "indicators": "Indicator",
    "actors": "Actor",
}

LINK_RELATIONSHIP: dict[str, str] = {
    "contributes_to": "CONTRIBUTES_TO",
    "interacts_with": "INTERACTS_WITH",
    "measured_by": "MEASURED_BY",
    "responsible_for": "RESPONSIBLE_FOR",
    "participates_in": "PARTICIPATES_IN",
}
"""Link types of the import format and the relationship type each becomes."""

STRUCTURE_RELATIONSHIPS = frozenset({"IN_STRATEGY", "PART_OF", "IMPLEMENTS", "OWNS", "MEMBER_OF", "TARGETS", "COVERS"})
"""Relationships derived from columns: goal/action -IN_STRATEGY-> strategy, goal -PART_OF-> parent goal,
strategy -IMPLEMENTS-> parent strategy, actor -OWNS-> strategy, actor -MEMBER_OF-> forum,
action -TARGETS-> area reference, strategy -COVERS-> area reference."""

ALLOWED_LABELS = frozenset(LABEL_OF_TABLE.values())
ALLOWED_RELATIONSHIPS = frozenset(LINK_RELATIONSHIP.values()) | STRUCTURE_RELATIONSHIPS

# Which kinds of row each link type may join (import-format.md, "Link types").
LINK_ENDPOINTS: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "contributes_to": (frozenset({"actions", "goals"}), frozenset({"goals", "reference"})),
    "interacts_with": (frozenset({"goals"}), frozenset({"goals", "reference"})),
    "measured_by": (frozenset({"goals", "actions"}), frozenset({"indicators"})),
    "responsible_for": (frozenset({"actors"}), frozenset({"actions"})),
    "participates_in": (frozenset({"actors"}), frozenset({"actions"})),
}


def check_label(label: str) -> str:
    if label not in ALLOWED_LABELS:
        raise ValueError(f"label {label!r} is not in ruslink's graph model")
    return label


def check_relationship(rel_type: str) -> str:
    if rel_type not in ALLOWED_RELATIONSHIPS:
        raise ValueError(f"relationship type {rel_type!r} is not in ruslink's graph model")
    return rel_type


def area_ref(code: str) -> str:
    """The reference id of a municipality or county code: '2281' -> 'area:2281'."""
    return code if code.startswith("area:") else f"area:{code}"
