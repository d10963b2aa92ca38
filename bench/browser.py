"""The browser the benchmark and the tests drive: Debian's chromium, headless, with what it does for itself
rather than for the page turned off."""

from __future__ import annotations

from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    # Each new browser context opens a window of its own, and with it chromium's address-bar popup, a web page
    # of chromium's own (chrome://omnibox-popup.top-chrome) loaded in a renderer process of its own: 370-590 ms
    # of that process's main thread, at the moment the context's first page loads, on a two-core machine. A
    # person opening ruslink has that window open already; the benchmark's first load in a new context ("cold")
    # took 1.6-2× a repeated one with it, 1.1-1.2× without (BENCHMARKS.md).
    "--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup,PreloadTopChromeWebUI",
]
"""Command-line switches for every chromium the benchmark and the tests start."""
