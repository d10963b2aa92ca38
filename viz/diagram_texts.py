"""The words of the diagrams (legend, captions, titles), Swedish first.

They are kept in the viz catalogue (viz/texts_ui.py)."""

from __future__ import annotations
