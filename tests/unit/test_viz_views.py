"""Network JSON, filters, chains, matrices, focus and trends on a small hand-built dataset in a real Neo4j."""

from __future__ import annotations

from viz import palette


def test_viz_palette_text_meets_wcag_aa() -> None:
    for colour in [palette.RUS_COLOUR, *palette.PLAN_COLOURS]:
        assert palette.contrast_ratio(colour, palette.text_on(colour)) >= 4.5
    assert palette.contrast_ratio(palette.INK, "#FFFFFF") > 15
    for text in (palette.CONFLICT_TEXT, palette.SYNERGY, palette.NEUTRAL_EDGE):  # edge labels on white
        assert palette.contrast_ratio(text, "#FFFFFF") >= 4.5
