"""The demo dataset `demo`: Västernorrland's RUS 2020–2030 structure with illustrative plans and actions.

The vision, the three goal areas, the 16 priorities and the principles follow the region's real RUS; every
plan goal, action, actor link, indicator value and score is made up to show what ruslink finds (orphan
actions, goal conflicts, silos, gaps, ...). The data are CSV files in the import format (semicolon-separated,
UTF-8 with BOM, as Swedish Excel saves them), so loading the demo also exercises the importer.
"""

from __future__ import annotations

from pathlib import Path

from graph.db import Database
from graph.i18n import t
from importers.load import read_dataset, write_dataset

DATA = Path(__file__).resolve().parent / "data"
NAME = "demo"


def demo_description() -> str:
    return t("illustrative", "sv") + ". Byggd på strukturen i Västernorrlands RUS 2020–2030."


def load_demo(db: Database, dataset: str = NAME) -> dict:
    """Import the demo dataset (replacing an earlier one of the same name, edits included: it is the bundled
    illustration, restored on every `serve --demo`); returns the counts."""
    loaded = read_dataset(DATA, description=demo_description(), illustrative=True)
    return write_dataset(db, dataset, loaded, source="ruslink demo", replace_edits=True)
