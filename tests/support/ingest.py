"""The plan document written as PDF and DOCX, for the ingest tests."""

from __future__ import annotations

from pathlib import Path

DEMO = Path(__file__).parents[2] / "importers" / "demo" / "data"


SID = "HKP"
