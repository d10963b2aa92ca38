"""Generated datasets whose versions a reader can tell apart."""

from __future__ import annotations

from importers.model import DatasetContent


def sized(n_actions: int, tag: str) -> DatasetContent:
    """A dataset whose every action name carries `tag`, so a reader can tell versions apart."""
    return DatasetContent.model_validate(
        {
            "strategies": [{"id": "RUS", "name": "RUS", "kind": "rus"}, {"id": "P", "name": "Plan", "kind": "plan"}],
            "goals": [{"id": "G", "strategy": "RUS", "name": "Mål"}],
            "actions": [{"id": f"A{i}", "strategy": "P", "name": f"{tag} {i}"} for i in range(n_actions)],
            "links": [{"from": f"A{i}", "type": "contributes_to", "to": "G"} for i in range(n_actions)],
        }
    )
