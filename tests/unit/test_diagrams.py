"""Diagrams laid out fresh for a subgraph: geometry of every goal view, exports, legend, palette, refusals."""

from __future__ import annotations

import itertools

from viz import palette


def test_diagram_palette_tells_twelve_plans_apart_with_a_second_channel_beyond_eight() -> None:
    styles = [palette.plan_style(i) for i in range(16)]
    assert len(set(styles)) == 16
    assert all(p is None for _, p in styles[:8]) and all(p is not None for _, p in styles[8:])
    assert len({c for c, _ in styles[:8]}) == 8 and palette.RUS_COLOUR not in {c for c, _ in styles}
    for a, b in itertools.combinations({c for c, _ in styles}, 2):
        assert a.lower() != b.lower()
    for colour, _ in styles:  # the label colour chosen for each fill is readable (WCAG AA, large text)
        assert palette.contrast_ratio(colour, palette.text_on(colour)) >= 3.0
