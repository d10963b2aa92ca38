"""Indicator trends as geometry for a small server-drawn SVG chart (no chart library, no script).

The chart shows the observations for the whole area and gender T, the baseline (utgångsläge) and the
target value (målvärde). The template draws the SVG from these numbers; every text is escaped there.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from graph.analyses.contribution import trend
from graph.analyses.options import OPTIONS
from graph.i18n import number, t
from graph.views import DatasetGraph, Node

WIDTH, HEIGHT = 520, 220
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 76, 24, 18, 34
TICK_FONT_PX = 12
DEFAULT_TOLERANCE: float = OPTIONS["trend_flat_tolerance"].default


@dataclass
class TrendChart:
    indicator: Node
    points: list[tuple[float, float, str, str]] = field(default_factory=list)  # x, y, period, value text
    polyline: str = ""
    baseline: tuple[float, float, str] | None = None
    target: tuple[float, float, str] | None = None
    target_line: tuple[float, float, float, float] | None = None
    y_ticks: list[tuple[float, str]] = field(default_factory=list)
    x_ticks: list[tuple[float, str]] = field(default_factory=list)
    trend: str = "no_data"
    kolada: bool = False
    width: int = WIDTH
    height: int = HEIGHT
    pad_left: int = PAD_LEFT
    summary: str = ""


def _year(period: Any) -> float | None:
    text = str(period or "")
    try:
        return float(text[:4]) + (int(text[5:7]) - 1) / 12 if len(text) >= 7 else float(text[:4])
    except ValueError:
        return None


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values (1, 2, 2.5 or 5 times a power of ten) covering `low`…`high`, about `count` of them,
    never two alike; whole numbers when the step is whole."""
    if not (math.isfinite(low) and math.isfinite(high)):
        return []
    if high < low:
        low, high = high, low
    if high == low:
        pad = abs(high) * 0.1 or 1.0
        low, high = low - pad, high + pad
    raw = (high - low) / max(count - 1, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw * (1 - 1e-9))
    if step >= 1:
        step = float(round(step))
    first = math.floor(low / step) * step
    ticks: list[float] = []
    k = 0
    while True:
        value = round(first + k * step, 10)
        ticks.append(0.0 if value == 0 else value)
        if value >= high - step * 1e-9:
            break
        k += 1
    return ticks


def year_ticks(years: list[int], px: Callable[[float], float], min_gap: float = 40.0) -> list[tuple[float, str]]:
    """Year labels at least `min_gap` pixels apart (a four-digit year is about 30 px wide), the last year
    always shown: a target year far ahead must not crowd the observed years into one unreadable smudge."""
    kept: list[tuple[float, str]] = []
    for year in years:
        x = px(float(year))
        if kept and x - kept[-1][0] < min_gap:
            if year != years[-1]:
                continue
            if len(kept) > 1 or x - kept[0][0] < min_gap:
                kept.pop()
        kept.append((x, str(year)))
    return kept


def tick_decimals(ticks: list[float]) -> int:
    """The fewest decimals that keep every tick label distinct and exact (0 for whole numbers)."""
    for decimals in range(0, 10):
        if all(abs(round(v, decimals) - v) < 1e-9 for v in ticks):
            return decimals
    return 10


def tick_label(value: float, decimals: int, lang: str) -> str:
    """A tick as users write numbers, with exactly `decimals` decimals ('1 200', '2,5')."""
    if decimals == 0:
        return number(round(value), lang)
    text = f"{value:,.{decimals}f}"
    return text if lang == "en" else text.replace(",", "\u00a0").replace(".", ",")


def chart(graph: DatasetGraph, indicator: Node, lang: str = "sv", tolerance: float = DEFAULT_TOLERANCE) -> TrendChart:
    """The trend chart of one indicator; `tolerance` is the analyses' `trend_flat_tolerance`."""
    whole = [
        o
        for o in graph.observations
        if o["indicator"] == indicator.id and not o.get("area") and (o.get("gender") or "T") == "T"
    ]
    obs = sorted(
        ((y, float(o["value"]), str(o["period"])) for o in whole if (y := _year(o["period"])) is not None),
        key=lambda p: p[0],
    )
    c = TrendChart(indicator=indicator, kolada=indicator.get("source") == "kolada")
    # The same trend as the contribution scorecard: its function, its tolerance, its order (period text).
    newest_first = sorted(
        ({"period": str(o["period"]), "value": o["value"]} for o in whole), key=lambda o: o["period"], reverse=True
    )
    c.trend = trend(newest_first, indicator.get("direction"), tolerance)
    xs = [y for y, _, _ in obs]
    ys = [v for _, v, _ in obs]
    base_y, base_v = indicator.get("baseline_year"), indicator.get("baseline_value")
    tgt_y, tgt_v = indicator.get("target_year"), indicator.get("target_value")
    if base_y is not None and base_v is not None:
        xs.append(float(base_y))
        ys.append(float(base_v))
    if tgt_y is not None and tgt_v is not None:
        xs.append(float(tgt_y))
        ys.append(float(tgt_v))
    if not xs:
        c.summary = t("trend.no_data", lang)
        return c
    x0, x1 = min(xs), max(xs)
    y0, y1 = min(ys), max(ys)
    if x1 == x0:
        x0, x1 = x0 - 1, x1 + 1
    ticks = nice_ticks(y0, y1)
    y0, y1 = ticks[0], ticks[-1]
    decimals = tick_decimals(ticks)
    labels = [tick_label(v, decimals, lang) for v in ticks]
    # Room for the longest tick label (about 0.62 em per character) so none is cut off at the left edge.
    pad = c.pad_left = max(PAD_LEFT, math.ceil(max(len(label) for label in labels) * TICK_FONT_PX * 0.62) + 14)

    def px(x: float) -> float:
        return round(pad + (x - x0) / (x1 - x0) * (WIDTH - pad - PAD_RIGHT), 1)

    def py(v: float) -> float:
        return round(HEIGHT - PAD_BOTTOM - (v - y0) / (y1 - y0) * (HEIGHT - PAD_TOP - PAD_BOTTOM), 1)

    c.points = [(px(x), py(v), period, number(v, lang)) for x, v, period in obs]
    c.polyline = " ".join(f"{x},{y}" for x, y, _, _ in c.points)
    if base_y is not None and base_v is not None:
        c.baseline = (px(float(base_y)), py(float(base_v)), f"{number(base_v, lang)} ({base_y})")
    if tgt_y is not None and tgt_v is not None:
        c.target = (px(float(tgt_y)), py(float(tgt_v)), f"{number(tgt_v, lang)} ({tgt_y})")
        c.target_line = (pad, py(float(tgt_v)), WIDTH - PAD_RIGHT, py(float(tgt_v)))
    c.y_ticks = [(py(v), label) for v, label in zip(ticks, labels, strict=True)]
    c.x_ticks = year_ticks(sorted({int(x) for x in xs}), px)
    last = f"{number(obs[-1][1], lang)} ({obs[-1][2]})" if obs else "–"
    c.summary = t("ui.trend_summary", lang, last=last, trend=t(f"trend.{c.trend}", lang))
    return c


def charts(graph: DatasetGraph, lang: str = "sv", tolerance: float = DEFAULT_TOLERANCE) -> list[TrendChart]:
    """Every indicator's chart, in import order."""
    return [chart(graph, ind, lang, tolerance) for ind in graph.of_label("Indicator")]
