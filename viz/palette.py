"""Colours and line styles that survive colour blindness and a projector.

Okabe–Ito's eight colours; every colour difference that carries meaning also has a second channel
(shape for node types, dashes and arrow heads for link kinds, a sign and a word for scores).
"""

from __future__ import annotations

OKABE_ITO = {
    "blue": "#0072B2",
    "orange": "#E69F00",
    "bluish_green": "#009E73",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
    "sky_blue": "#56B4E9",
    "yellow": "#F0E442",
    "black": "#000000",
}

RUS_COLOUR = OKABE_ITO["blue"]
PLAN_COLOURS = [OKABE_ITO[k] for k in ("orange", "bluish_green", "reddish_purple", "sky_blue", "yellow", "vermillion")]
REFERENCE_COLOUR = "#6B6B6B"
ACTOR_COLOUR = "#FFFFFF"
INDICATOR_COLOUR = "#F2F2F2"
INK = "#1A1A1A"
CONFLICT = OKABE_ITO["vermillion"]
CONFLICT_TEXT = "#A33A00"
"""Vermillion darkened for text on white (6.6:1): the plain Okabe–Ito vermillion is 3.9:1, below WCAG AA."""
SYNERGY = OKABE_ITO["blue"]
NEUTRAL_EDGE = "#4D4D4D"
STRUCTURE_EDGE = "#9A9A9A"

SHAPES = {
    "Reference": "hexagon",
    "Goal": "box",
    "Action": "dot",
    "Actor": "diamond",
    "Indicator": "square",
    "Strategy": "database",
}
"""Node type -> vis-network shape: the second channel beside colour."""


def relative_luminance(hex_colour: str) -> float:
    """WCAG relative luminance of '#RRGGBB'."""
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(a: str, b: str) -> float:
    """WCAG contrast ratio between two colours (1 to 21)."""
    la, lb = sorted((relative_luminance(a), relative_luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_on(background: str) -> str:
    """Black or white text, whichever contrasts more with `background`."""
    return INK if contrast_ratio(background, INK) >= contrast_ratio(background, "#FFFFFF") else "#FFFFFF"


def strategy_colours(rus_id: str | None, plan_ids: list[str]) -> dict[str, str]:
    """One colour per strategy: the RUS blue, plans through the rest of the palette in order."""
    colours = {rus_id: RUS_COLOUR} if rus_id else {}
    for i, plan in enumerate(plan_ids):
        colours[plan] = PLAN_COLOURS[i % len(PLAN_COLOURS)]
    return colours


PLAN_PALETTE = ["#DDCC77", "#44AA99", "#CC6677", "#88CCEE", "#117733", "#AA4499", "#999933", "#882255"]
"""Paul Tol's 'muted' scheme less its indigo (too close to the RUS blue): eight plan colours that stay apart
under the common colour-vision deficiencies and on a projector."""

PLAN_PATTERNS: list[str | None] = [None, "stripes", "dots", "cross"]
"""The second channel: plans 1–8 are plain, 9–16 striped, 17–24 dotted, then cross-hatched."""


def plan_style(index: int) -> tuple[str, str | None]:
    """(fill colour, pattern) of the plan at `index` (0-based) in the dataset's plan order."""
    colour = PLAN_PALETTE[index % len(PLAN_PALETTE)]
    pattern = PLAN_PATTERNS[(index // len(PLAN_PALETTE)) % len(PLAN_PATTERNS)]
    return colour, pattern
