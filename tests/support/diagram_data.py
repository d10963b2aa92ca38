"""Datasets the diagram tests draw: the illustrative demo and a generated `ruslink synth` region."""

from __future__ import annotations

import uuid

from graph import store
from importers.demo import load_demo
from importers.synth import synthesize

GOAL_READABLE_NODES = 60
"""Views up to this many boxes must show text of at least 14 px at 1920×1080."""


def load_diagram_datasets(db) -> dict[str, str]:
    """{"demo": name, "synth": name}: fresh names, so other tests' datasets never interfere."""
    names = {"demo": f"t-dgdemo-{uuid.uuid4().hex[:8]}", "synth": f"t-dgsynth-{uuid.uuid4().hex[:8]}"}
    load_demo(db, names["demo"])
    store.replace_dataset(db, names["synth"], synthesize(scale=1.0, seed=0))
    return names
