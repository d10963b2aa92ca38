"""Synthetic datasets: deterministic, valid import content, sized by the scale factor."""

from __future__ import annotations

from graph import store
from importers import synth


def test_synth_imports_with_the_counts_it_generated(db, dataset_name: str) -> None:
    content = synth.synthesize(scale=2)
    store.replace_dataset(db, dataset_name, content)
    counts = next(d["counts"] for d in store.list_datasets(db) if d["dataset"] == dataset_name)
    assert counts == {
        t: len(getattr(content, t))
        for t in ("strategies", "goals", "actions", "indicators", "actors", "observations", "links")
    }
