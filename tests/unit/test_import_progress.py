"""The progress bar shows only for big imports on a terminal, never with --quiet."""

from __future__ import annotations

import io
import sys

from app.cli.import_cmd import PROGRESS_MIN_ROWS, _progress


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_import_progress_only_for_big_imports_on_a_terminal(monkeypatch) -> None:
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    with _progress(PROGRESS_MIN_ROWS * 10, "d", "sv", quiet=False) as update:
        assert update is None  # stderr is not a terminal
    monkeypatch.setattr(sys, "stderr", _Terminal())
    with _progress(PROGRESS_MIN_ROWS * 10, "d", "sv", quiet=True) as update:
        assert update is None
    with _progress(PROGRESS_MIN_ROWS - 1, "d", "sv", quiet=False) as update:
        assert update is None
    with _progress(PROGRESS_MIN_ROWS * 10, "d", "sv", quiet=False) as update:
        assert callable(update)
        update(5000, 20000)
