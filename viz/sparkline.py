"""Geometry for the follow-up's small charts: a trend line against baseline and target, and bars per area.

Only numbers come out (coordinates and labels); the templates draw the SVG and escape every text. The
trend word next to a line is the scorecard's (graph.analyses.contribution), never worked out here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from graph.i18n import number
from graph.progress import parse_period


@dataclass
class Spark:
    width: int
    height: int
    points: list[tuple[float, float, str, str]] = field(default_factory=list)  # x, y, period, value
    polyline: str = ""
    baseline: tuple[float, float, str] | None = None  # x, y, label
    target: tuple[float, float, str] | None = None
    target_y: float | None = None
    first_year: str = ""
    last_year: str = ""


def _x_of(period: str) -> float | None:
    span = parse_period(str(period))
    if span is None:
        return None
    middle = span[0] + (span[1] - span[0]) / 2
    return middle.year + (middle.timetuple().tm_yday - 1) / 366


def spark(
    series: list[tuple[str, float]],
    baseline: tuple[int, float] | None,
    target: tuple[int, float] | None,
    lang: str = "sv",
    width: int = 220,
    height: int = 64,
) -> Spark:
    """A small line of `series` (period, value) with the baseline and target as marks on the same scales."""
    pad_x, pad_top, pad_bottom = 8, 6, 16  # room for the years under the line
    s = Spark(width, height)
    pts = [(x, v, p) for p, v in series if (x := _x_of(p)) is not None]
    xs = [x for x, _, _ in pts] + [float(y) + 0.5 for y, _ in (m for m in (baseline, target) if m)]
    ys = [v for _, v, _ in pts] + [v for _, v in (m for m in (baseline, target) if m)]
    if not xs:
        return s
    x0, x1 = min(xs), max(xs)
    y0, y1 = min(ys), max(ys)
    if x1 == x0:
        x0, x1 = x0 - 1, x1 + 1
    if y1 == y0:
        y0, y1 = y0 - 1, y1 + 1

    def px(x: float) -> float:
        return round(pad_x + (x - x0) / (x1 - x0) * (width - 2 * pad_x), 1)

    def py(v: float) -> float:
        return round(height - pad_bottom - (v - y0) / (y1 - y0) * (height - pad_top - pad_bottom), 1)

    s.points = [(px(x), py(v), p, number(v, lang)) for x, v, p in pts]
    s.polyline = " ".join(f"{x},{y}" for x, y, _, _ in s.points)
    if baseline:
        s.baseline = (px(float(baseline[0]) + 0.5), py(baseline[1]), f"{number(baseline[1], lang)} ({baseline[0]})")
    if target:
        s.target = (px(float(target[0]) + 0.5), py(target[1]), f"{number(target[1], lang)} ({target[0]})")
        s.target_y = py(target[1])
    s.first_year, s.last_year = str(int(x0)), str(int(x1))
    return s


@dataclass
class Bar:
    label: str
    y: float
    rows: list[tuple[str, float, float, str]]  # gender, x-width, y, value text


def bars(
    areas: list[tuple[str, dict[str, float]]], lang: str = "sv", width: int = 360, label_w: int = 110
) -> tuple[list[Bar], int]:
    """Horizontal bars per area: total, women and men side by side (where Kolada divides by gender)."""
    top = max((v for _, values in areas for v in values.values()), default=0.0) or 1.0
    out, y = [], 4.0
    usable = width - label_w - 60
    for label, values in areas:
        rows: list[tuple[str, float, float, str]] = []
        for i, g in enumerate(g for g in ("T", "K", "M") if g in values):
            v = values[g]
            rows.append((g, round(max(0.0, v) / top * usable, 1), y + i * 9, number(v, lang)))
        out.append(Bar(label, y, rows))
        y += max(1, len(rows)) * 9 + 8
    return out, int(y + 2)
