"""Indicator trends as geometry for a small server-drawn SVG chart (no chart library, no script).

The chart shows the observations for the whole area and gender T, the baseline (utgångsläge) and the
target value (målvärde). The template draws the SVG from these numbers; every text is escaped there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graph.i18n import number, t
from graph.views import DatasetGraph, Node

WIDTH, HEIGHT = 520, 220
PAD_LEFT, PAD_RIGHT, PAD_TOP, PAD_BOTTOM = 64, 24, 18, 34


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
    summary: str = ""


def _year(period: Any) -> float | None:
    text = str(period or "")
    try:
        return float(text[:4]) + (int(text[5:7]) - 1) / 12 if len(text) >= 7 else float(text[:4])
    except ValueError:
        return None


def trend_of(values: list[float], direction: str | None) -> str:
    """improving / worsening / flat / no_data from the last two values and the better direction."""
    if len(values) < 2 or direction not in ("increase", "decrease"):
        return "no_data"
    change = values[-1] - values[-2]
    if abs(change) < 1e-9:
        return "flat"
    better = change > 0 if direction == "increase" else change < 0
    return "improving" if better else "worsening"


def chart(graph: DatasetGraph, indicator: Node, lang: str = "sv") -> TrendChart:
    """The trend chart of one indicator."""
    obs = sorted(((y, float(o["value"]), str(o["period"])) for o in graph.observations
                  if o["indicator"] == indicator.id and not o.get("area") and (o.get("gender") or "T") == "T"
                  and (y := _year(o["period"])) is not None), key=lambda p: p[0])
    c = TrendChart(indicator=indicator, kolada=indicator.get("source") == "kolada")
    c.trend = trend_of([v for _, v, _ in obs], indicator.get("direction"))
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
    margin = (y1 - y0) * 0.1 or abs(y1) * 0.1 or 1.0
    y0, y1 = y0 - margin, y1 + margin

    def px(x: float) -> float:
        return round(PAD_LEFT + (x - x0) / (x1 - x0) * (WIDTH - PAD_LEFT - PAD_RIGHT), 1)

    def py(v: float) -> float:
        return round(HEIGHT - PAD_BOTTOM - (v - y0) / (y1 - y0) * (HEIGHT - PAD_TOP - PAD_BOTTOM), 1)

    c.points = [(px(x), py(v), period, number(v, lang)) for x, v, period in obs]
    c.polyline = " ".join(f"{x},{y}" for x, y, _, _ in c.points)
    if base_y is not None and base_v is not None:
        c.baseline = (px(float(base_y)), py(float(base_v)), f"{number(base_v, lang)} ({base_y})")
    if tgt_y is not None and tgt_v is not None:
        c.target = (px(float(tgt_y)), py(float(tgt_v)), f"{number(tgt_v, lang)} ({tgt_y})")
        c.target_line = (PAD_LEFT, py(float(tgt_v)), WIDTH - PAD_RIGHT, py(float(tgt_v)))
    c.y_ticks = [(py(v), number(v, lang)) for v in (y0 + (y1 - y0) * k / 4 for k in range(5))]
    years = sorted({int(x) for x in xs})
    step = max(1, len(years) // 6)
    c.x_ticks = [(px(float(y)), str(y)) for y in years[::step]]
    last = f"{number(obs[-1][1], lang)} ({obs[-1][2]})" if obs else "–"
    c.summary = t("ui.trend_summary", lang, last=last, trend=t(f"trend.{c.trend}", lang))
    return c


def charts(graph: DatasetGraph, lang: str = "sv") -> list[TrendChart]:
    return [chart(graph, ind, lang) for ind in graph.of_label("Indicator")]
