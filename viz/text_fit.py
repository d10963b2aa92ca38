"""Text measured with the font the diagrams are drawn in (DejaVu Sans), so labels wrap instead of shrinking.

Pillow reads the font's real advance widths; without Pillow or the font file a conservative estimate
(wider than DejaVu Sans's widest common letters on average) keeps boxes large enough.
"""

from __future__ import annotations

from functools import lru_cache

FONT_FAMILY = "DejaVu Sans, Verdana, Arial, sans-serif"
FONT_FILES = {
    False: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    True: "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
}
ESTIMATE_EM = 0.66


@lru_cache(maxsize=8)
def _font(size: int, bold: bool):  # -> ImageFont.FreeTypeFont | None
    try:
        from PIL import ImageFont

        return ImageFont.truetype(FONT_FILES[bold], size)
    except (ImportError, OSError):
        return None


@lru_cache(maxsize=20000)
def text_width(text: str, font_px: float, bold: bool = False) -> float:
    """Width in CSS pixels of `text` set in DejaVu Sans at `font_px`."""
    font = _font(round(font_px * 4), bold)
    if font is None:
        return len(text) * font_px * ESTIMATE_EM * (1.08 if bold else 1.0)
    return font.getlength(text) / 4


def wrap(text: str, max_width: float, font_px: float, *, max_lines: int = 4, bold: bool = False) -> list[str]:
    """`text` broken into lines no wider than `max_width`; a word longer than a line is cut, and text beyond
    `max_lines` ends in an ellipsis (the full name stays in the node's title and details)."""
    lines: list[str] = []
    current = ""
    for word in text.split():
        while text_width(word, font_px, bold) > max_width:
            cut = len(word)
            while cut > 1 and text_width(word[:cut] + "-", font_px, bold) > max_width:
                cut -= 1
            if current:
                lines.append(current)
                current = ""
            lines.append(word[:cut] + "-")
            word = word[cut:]
        candidate = f"{current} {word}".strip()
        if current and text_width(candidate, font_px, bold) > max_width:
            lines.append(current)
            current = word
        else:
            current = candidate
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        last = lines[max_lines - 1]
        while last and text_width(last + " …", font_px, bold) > max_width:
            last = last[:-1].rstrip()
        lines = lines[: max_lines - 1] + [last + " …"]
    return lines or [""]
