"""Place the overview's boxes in four columns and route its bands, fitted to one slide (1920 × 1080 by default).

Bands only join neighbouring columns and boxes only sit in columns, so a band never passes a box it does not
join. Boxes are ordered to keep bands short: RUS goals in the strategy's own order, plan goals under the
RUS goals they feed (barycentre), plans beside their plan goals, references beside their RUS goals. Box
heights follow the actions through them; labels wrap to the box instead of shrinking, and when a column holds
more boxes than one line of text each allows, its boxes are grouped per plan (or goal area).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from viz.diagram_model import Diagram, DiagramEdge, DiagramNode
from viz.flow_model import MID, PLAN, REF, RUS, FlowModel, merge_column

FONT = 16.0
LINE = 19.0
PAD_Y = 3.0
PAD_X = 8.0
CHAR_W = 0.58  # average advance of a sans-serif character, in ems (DejaVu Sans is among the widest)
GAP_MIN, GAP_MAX = 4.0, 22.0
MAX_UNIT = 12.0  # px per action: small datasets get bands no wider than this
TOP, BOTTOM = 124.0, 104.0  # title and column headings above, legend and source line below
MARGIN = 24.0
MARK_SYMBOL = {"uncovered": "∅", "conflict": "⚠"}
WIDTHS = {PLAN: 300.0, MID: 340.0, RUS: 370.0, REF: 310.0}


@dataclass
class FlowDiagram(Diagram):
    """A `Diagram` with what only the overview draws: column headings and the counts in each box."""

    columns: list[tuple[str, float, float]] = field(default_factory=list)  # (heading, x, width)
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)  # box -> (actions, negative actions)
    unit: float = 1.0  # px per action
    edge_plans: list[list[str]] = field(default_factory=list)  # per edge: the plans of the actions behind it


def wrap(text: str, width: float, max_lines: int, font: float = FONT) -> list[str]:
    """`text` in lines of at most `width` px, at most `max_lines` of them, the last ending in … if cut."""
    per_line = max(4, int(width / (font * CHAR_W)))
    lines, current = [], ""
    for word in text.split():
        while len(word) > per_line:
            if current:
                lines.append(current)
                current = ""
            lines.append(word[: per_line - 1] + "-")
            word = word[per_line - 1 :]
        candidate = f"{current} {word}".strip()
        if len(candidate) <= per_line:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1 :])
        lines = lines[: max_lines - 1] + [rest[: per_line - 1].rstrip() + "…"]
    return lines or [""]


def box_height(lines: int) -> float:
    return lines * LINE + 2 * PAD_Y


def _column_fits(heights: list[float], space: float) -> bool:
    return sum(heights) + GAP_MIN * max(0, len(heights) - 1) <= space


def capacity(space: float) -> int:
    """How many one-line boxes fit in a column of height `space`."""
    return int((space + GAP_MIN) // (box_height(1) + GAP_MIN))


def right_text(marks: list[str], count: tuple[int, int] | None) -> str:
    """What a box shows at its right end: its marks (∅, ⚠), its actions and its negative ones ("⚠ 4 −2")."""
    parts = [MARK_SYMBOL[m] for m in marks if m in MARK_SYMBOL]
    if count is not None:
        pos, neg = count
        if pos or not parts:
            parts.append(str(pos))
        if neg:
            parts.append(f"−{neg}")
    return " ".join(parts)


def layout(
    model: FlowModel, labels: dict[str, str], *, width: float, height: float, text_width: dict[str, float]
) -> tuple[dict[str, DiagramNode], list[tuple], float, list[tuple[int, float, float]]]:
    """Boxes (unstyled), bands as (band, points, width), px per action, and the columns as (column, x, width)."""
    used = [c for c in (PLAN, MID, RUS, REF) if model.column(c)]
    widths = {c: WIDTHS[c] * (1.12 if REF not in used else 1.0) for c in used}
    gap_x = (width - 2 * MARGIN - sum(widths.values())) / max(1, len(used) - 1)
    xs, x = {}, MARGIN
    for c in used:
        xs[c] = x
        x += widths[c] + gap_x
    top, space = TOP, height - TOP - BOTTOM

    side_in: dict[str, int] = {}
    side_out: dict[str, int] = {}
    for b in model.bands.values():
        side_out[b.source] = side_out.get(b.source, 0) + len(b.actions)
        side_in[b.target] = side_in.get(b.target, 0) + len(b.actions)
    value = {nid: max(side_in.get(nid, 0), side_out.get(nid, 0)) for nid in model.nodes}

    # Lines per box: as many (up to 3) as its column can hold at the minimum heights; more for tall boxes below.
    room = {nid: widths[n.column] - 2 * PAD_X - text_width.get(nid, 0) for nid, n in model.nodes.items()}
    wrapped: dict[str, list[str]] = {}
    for c in used:
        for max_lines in (3, 2, 1):
            trial = {n.id: wrap(labels[n.id], room[n.id], max_lines) for n in model.column(c)}
            if max_lines == 1 or _column_fits([box_height(len(v)) for v in trial.values()], space * 0.92):
                wrapped.update(trial)
                break

    def heights(unit: float) -> dict[str, float]:
        return {nid: max(box_height(len(wrapped[nid])), value[nid] * unit) for nid in model.nodes}

    lo, hi = 0.0, MAX_UNIT
    for _ in range(30):
        mid = (lo + hi) / 2
        h = heights(mid)
        if all(_column_fits([h[n.id] for n in model.column(c)], space) for c in used):
            lo = mid
        else:
            hi = mid
    unit = round(lo, 2)
    h = heights(unit)
    for nid in model.nodes:
        fits_lines = int((h[nid] - 2 * PAD_Y) // LINE)
        if fits_lines > len(wrapped[nid]):
            wrapped[nid] = wrap(labels[nid], room[nid], fits_lines)

    centre: dict[str, float] = {}

    def place(col: int) -> None:
        boxes = model.column(col)
        total = sum(h[n.id] for n in boxes)
        gap = min(GAP_MAX, (space - total) / (len(boxes) - 1)) if len(boxes) > 1 else 0.0
        y = top + (space - total - gap * (len(boxes) - 1)) / 2
        for n in boxes:
            centre[n.id] = y + h[n.id] / 2
            y += h[n.id] + gap

    def barycentre(col: int, towards: int) -> None:
        for n in model.column(col):
            weights = [
                (centre[other], len(b.actions) or 1)
                for b in model.bands.values()
                for mine, other in ((b.source, b.target), (b.target, b.source))
                if mine == n.id and other in centre and model.nodes[other].column == towards
            ]
            total = sum(w for _, w in weights)
            n.order = sum(c * w for c, w in weights) / total if total else 1e9 + n.order

    place(RUS)
    for col, towards in ((MID, RUS), (REF, RUS)):
        if col in used:
            barycentre(col, towards)
            place(col)
    if PLAN in used:
        barycentre(PLAN, MID)
        place(PLAN)

    boxes = {
        n.id: DiagramNode(
            id=n.id,
            kind=n.kind,
            lines=wrapped[n.id],
            x=round(xs[n.column], 2),
            y=round(centre[n.id] - h[n.id] / 2, 2),
            width=widths[n.column],
            height=round(h[n.id], 2),
            font_px=FONT,
            group=n.plan,
        )
        for n in model.nodes.values()
    }
    return boxes, _route(model, boxes, unit), unit, [(c, xs[c], widths[c]) for c in used]


def _route(model: FlowModel, boxes: dict[str, DiagramNode], unit: float) -> list[tuple]:
    """Each band as (band, centre-line points, width): stacked on each box's side in the other end's order."""
    out_off: dict[str, float] = {}
    in_off: dict[str, float] = {}
    for nid, box in boxes.items():
        outs = sum(len(b.actions) for b in model.bands.values() if b.source == nid) * unit
        ins = sum(len(b.actions) for b in model.bands.values() if b.target == nid) * unit
        out_off[nid] = box.y + (box.height - outs) / 2
        in_off[nid] = box.y + (box.height - ins) / 2
    ordered = sorted(model.bands.values(), key=lambda b: (boxes[b.source].y, boxes[b.target].y, b.negative))
    starts: dict[tuple, float] = {}
    for b in ordered:
        starts[b.key] = out_off[b.source]
        out_off[b.source] += len(b.actions) * unit
    ends: dict[tuple, float] = {}
    for b in sorted(model.bands.values(), key=lambda b: (boxes[b.target].y, boxes[b.source].y, b.negative)):
        ends[b.key] = in_off[b.target]
        in_off[b.target] += len(b.actions) * unit
    routed = []
    for b in ordered:
        w = len(b.actions) * unit
        src, dst = boxes[b.source], boxes[b.target]
        x0, x1 = src.x + src.width, dst.x
        y0 = starts[b.key] + w / 2 if w else src.y + src.height / 2
        y1 = ends[b.key] + w / 2 if w else dst.y + dst.height / 2
        xm = (x0 + x1) / 2
        points = []
        for i in range(13):
            t = i / 12
            bx = (1 - t) ** 3 * x0 + 3 * (1 - t) ** 2 * t * xm + 3 * (1 - t) * t**2 * xm + t**3 * x1
            by = (1 - t) ** 3 * y0 + 3 * (1 - t) ** 2 * t * y0 + 3 * (1 - t) * t**2 * y1 + t**3 * y1
            points.append((round(bx, 2), round(by, 2)))
        routed.append((b, points, w))
    return routed


def merge_to_fit(model: FlowModel, height: float, area_of) -> None:
    """Group plan goals per plan (and RUS goals per goal area) until each column fits one line per box."""
    fits = capacity(height - TOP - BOTTOM)
    merge_column(model, MID, fits, lambda n: n.plan or "")
    merge_column(model, RUS, fits, lambda n: area_of(n.id) or "")


def to_edges(routed: list[tuple]) -> list[DiagramEdge]:
    """The bands as the shared model's edges (kind "band"), styled later."""
    return [
        DiagramEdge(
            source=b.source, target=b.target, points=points, kind="band", width=round(w, 2), dashed=not b.actions
        )
        for b, points, w in routed
    ]
