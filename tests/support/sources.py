"""Where ruslink's own source files are."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


SOURCE_FOLDERS = ("app", "graph", "importers", "viz", "scripts")
