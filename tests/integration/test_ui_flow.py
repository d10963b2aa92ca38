"""The overview flow page and meeting mode in Debian's chromium at 1920 × 1080, on the demo and a generated dataset.

Checked from `window.ruslinkGeometry()`: no two boxes overlap, every box is inside the viewport, labels are at
least 14 px and no band passes a box it does not join. Meeting mode on every page with a diagram (flow,
explorer, goal page, matrices): fitted on entry and on resize, legend shown, side panel closed, caption below
the diagram, no key hint for keys that do nothing. Screenshots go to `tests/screenshots/` (gitignored).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.main import create_app
from graph import store
from importers.demo import load_demo
from importers.synth import synthesize
from tests.support.browser import node_xy, visible_ids, watched_page
from tests.support.serving import running

pytestmark = pytest.mark.browser

SHOTS = Path(__file__).resolve().parents[1] / "screenshots"
DEMO, SYNTH = "ui-flow-demo", "ui-flow-synth"


@pytest.fixture(scope="module")
def served(db, app_settings) -> Iterator[dict]:
    """The app on 127.0.0.1 with the demo and a dataset from `ruslink synth`'s generator."""
    load_demo(db, DEMO)
    store.replace_dataset(db, SYNTH, synthesize(scale=1.0, county="17", seed=3), source="ruslink synth")
    with running(create_app(app_settings, db=db)) as base:
        yield {"base": base}


@pytest.fixture
def page(browser):
    with watched_page(browser, viewport={"width": 1920, "height": 1080}) as pg:
        yield pg


def shot(pg, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"))


def open_flow(pg, served, dataset: str, query: str = "") -> dict:
    pg.goto(f"{served['base']}/datasets/{dataset}/flow{query}", timeout=120000)
    pg.wait_for_selector('#flow-canvas[data-ready="1"]', timeout=60000)
    return pg.evaluate("() => window.ruslinkGeometry()")


def overlap(a: dict, b: dict) -> bool:
    return not (
        a["x"] + a["width"] <= b["x"]
        or b["x"] + b["width"] <= a["x"]
        or a["y"] + a["height"] <= b["y"]
        or b["y"] + b["height"] <= a["y"]
    )


def segment_hits_box(p: list[float], q: list[float], box: dict, inset: float = 1.0) -> bool:
    """Does the segment p–q pass through the inside of `box` (shrunk by `inset`)? Liang–Barsky clipping."""
    x0, y0 = box["x"] + inset, box["y"] + inset
    x1, y1 = box["x"] + box["width"] - inset, box["y"] + box["height"] - inset
    dx, dy = q[0] - p[0], q[1] - p[1]
    lo, hi = 0.0, 1.0
    for d, start, low, high in ((dx, p[0], x0, x1), (dy, p[1], y0, y1)):
        if d == 0:
            if not low <= start <= high:
                return False
            continue
        t0, t1 = (low - start) / d, (high - start) / d
        lo, hi = max(lo, min(t0, t1)), min(hi, max(t0, t1))
        if lo > hi:
            return False
    return True


def check_geometry(geo: dict) -> None:
    nodes = geo["nodes"]
    assert nodes and geo["edges"]
    vw, vh = geo["viewport"]["width"], geo["viewport"]["height"]
    assert (vw, vh) == (1920, 1080)
    for i, a in enumerate(nodes):
        assert a["x"] >= 0 and a["y"] >= 0 and a["x"] + a["width"] <= vw and a["y"] + a["height"] <= vh, a
        assert a["font_px"] >= 14, a
        for b in nodes[i + 1 :]:
            assert not overlap(a, b), (a["id"], b["id"])
    by_id = {n["id"]: n for n in nodes}
    for e in geo["edges"]:
        assert e["from"] in by_id and e["to"] in by_id
        for box in nodes:
            if box["id"] in (e["from"], e["to"]):
                continue
            for p, q in zip(e["points"], e["points"][1:], strict=False):
                assert not segment_hits_box(p, q, box), (e["from"], e["to"], box["id"])


@pytest.mark.parametrize("dataset", [DEMO, SYNTH])
def test_ui_flow_fits_the_screen_without_overlaps_or_bands_through_boxes(page, served, dataset) -> None:
    geo = open_flow(page, served, dataset)
    check_geometry(geo)
    kinds = set(page.eval_on_selector_all("g.node", "els => els.map(e => e.getAttribute('data-kind'))"))
    assert {"plan", "rus", "reference"} <= kinds
    text = page.inner_text("#flow-canvas")
    assert "Exempeldata – illustrativt" in page.text_content("#flow-canvas svg")
    assert "Källa: ruslink /" in page.text_content("#flow-canvas svg")
    assert dataset in page.text_content("#flow-canvas svg")
    assert text is not None
    shot(page, f"flow-{dataset}")
    page.watch.check()


def test_ui_flow_negative_contributions_are_drawn_and_counted(page, served) -> None:
    open_flow(page, served, DEMO)
    negative = page.eval_on_selector_all("path.band.negative", "els => els.length")
    assert negative > 0
    stroke = page.get_attribute("path.band.negative >> nth=0", "stroke")
    assert stroke.startswith("url(#")  # hatched, not only a colour
    assert "3 negativa bidrag" in page.text_content("#flow-canvas svg")
    page.select_option("#flow-highlight", "negative")
    dimmed = page.eval_on_selector_all("path.band.dim", "els => els.length")
    shown = page.eval_on_selector_all("path.band:not(.dim)", "els => els.map(e => e.getAttribute('class'))")
    assert dimmed > 0 and shown and all("negative" in c for c in shown)
    shot(page, "flow-negative-only")
    page.watch.check()


def click_band(page, geo: dict, want) -> tuple[str, str, bool]:
    """Click, as a person would, the middle of the first band `want` accepts that is on top at that point."""
    for e in geo["edges"]:
        if not want(e):
            continue
        x, y = e["points"][len(e["points"]) // 2]
        hit = page.evaluate(
            "([x, y]) => { const el = document.elementFromPoint(x, y);"
            " return el && el.classList.contains('band') ? [el.getAttribute('data-from'),"
            " el.getAttribute('data-to'), el.classList.contains('negative')] : null; }",
            [x, y],
        )
        if hit and hit[0] == e["from"] and hit[1] == e["to"]:
            page.mouse.click(x, y)
            page.wait_for_selector("#band-findings")
            return hit[0], hit[1], hit[2]
    raise AssertionError("no band could be clicked")


def test_ui_flow_click_on_a_band_opens_its_chains(page, served) -> None:
    geo = open_flow(page, served, DEMO)
    rus = set(page.eval_on_selector_all("g.node[data-kind='rus']", "els => els.map(e => e.getAttribute('data-id'))"))
    source, target, negative = click_band(page, geo, lambda e: e["to"] in rus and e["from"] == "KOMP-1")
    assert not negative
    rows = page.eval_on_selector_all(
        "#band-findings tbody tr", "els => els.map(r => [r.dataset.kind, r.dataset.subject, r.dataset.path])"
    )
    assert rows and all(kind == "chain" and subject == target for kind, subject, _ in rows)
    assert all(path.split(" ")[1] == source for _, _, path in rows)  # the action's first goal is the band's start
    heading = page.inner_text("h1")
    assert heading.startswith(f"{len(rows)} insatser")
    page.watch.check()


def test_ui_flow_click_on_a_negative_band_opens_the_conflicts(page, served) -> None:
    geo = open_flow(page, served, DEMO)
    neg = page.eval_on_selector_all(
        "path.band.negative", "els => els.map(e => [e.getAttribute('data-from'), e.getAttribute('data-to')])"
    )
    pairs = {tuple(p) for p in neg}
    source, target, negative = click_band(
        page, geo, lambda e: (e["from"], e["to"]) in pairs and e["from"] in ("LTP", "EKS")
    )
    assert negative
    rows = page.eval_on_selector_all("#band-findings tbody tr", "els => els.map(r => r.dataset.kind)")
    assert rows and set(rows) == {"action_against_goal"}
    assert page.inner_text("h1").startswith("Negativa bidrag")
    page.watch.check()


def test_ui_flow_meeting_mode_fits_shows_legend_and_keeps_caption_off_the_diagram(page, served) -> None:
    open_flow(page, served, DEMO)
    page.click("#meeting-toggle")
    page.wait_for_function("() => document.body.classList.contains('meeting')")
    page.wait_for_timeout(300)
    geo = page.evaluate("() => window.ruslinkGeometry()")
    check_geometry(geo)
    assert not page.is_visible("header.top") and not page.is_visible(".flow-toolbar")
    assert page.is_visible("svg .legend")
    caption = page.inner_text("#meeting-caption")
    assert "Esc" in caption and "Pil" not in caption  # no saved views: no arrow-key hint
    box = page.eval_on_selector("#meeting-caption", "e => e.getBoundingClientRect().toJSON()")
    bottom = max(n["y"] + n["height"] for n in geo["nodes"])
    assert box["top"] >= bottom
    svg = page.eval_on_selector("#flow-canvas svg .legend", "e => e.getBoundingClientRect().toJSON()")
    assert svg["bottom"] <= box["top"] + 0.5  # the legend is above the caption, not under it
    shot(page, "flow-meeting")
    page.keyboard.press("Escape")
    page.wait_for_function("() => !document.body.classList.contains('meeting')")
    page.watch.check()


def test_ui_flow_saved_views_step_in_meeting_mode(page, served) -> None:
    open_flow(page, served, DEMO, "?lang=en")
    page.select_option("#flow-highlight", "negative")
    page.fill("#view-name", "Only conflicts")
    page.click("#save-view")
    page.select_option("#flow-highlight", "")
    page.fill("#view-name", "Everything")
    page.click("#save-view")
    page.click("#meeting-toggle")
    page.wait_for_function("() => document.body.classList.contains('meeting')")
    assert "Only conflicts" in page.inner_text("#meeting-caption")
    assert "Arrow keys" in page.inner_text("#meeting-caption")
    assert page.get_attribute("#flow-canvas", "data-highlight") == "negative"
    page.keyboard.press("ArrowRight")
    assert "Everything" in page.inner_text("#meeting-caption")
    assert page.get_attribute("#flow-canvas", "data-highlight") == ""
    page.watch.check()


# ---- meeting mode on the other pages with diagrams ----

DIAGRAM_BOX = """() => {
    const net = window.ruslinkNetwork; const r = document.getElementById('network').getBoundingClientRect();
    const ids = net.body.nodeIndices;
    let box = {left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity};
    for (const id of ids) {
        const b = net.getBoundingBox(id);
        const a = net.canvasToDOM({x: b.left, y: b.top}); const c = net.canvasToDOM({x: b.right, y: b.bottom});
        box = {left: Math.min(box.left, r.left + a.x), top: Math.min(box.top, r.top + a.y),
               right: Math.max(box.right, r.left + c.x), bottom: Math.max(box.bottom, r.top + c.y)};
    }
    return {diagram: box, container: {left: r.left, top: r.top, right: r.right, bottom: r.bottom}};
}"""


def enter_meeting(pg) -> None:
    pg.click("#meeting-toggle")
    pg.wait_for_function("() => document.body.classList.contains('meeting')")
    pg.wait_for_timeout(400)  # the fit runs after the layout settles (two animation frames and a timer)


def check_fitted_with_caption_below(pg) -> None:
    boxes = pg.evaluate(DIAGRAM_BOX)
    d, c = boxes["diagram"], boxes["container"]
    assert d["left"] >= c["left"] - 1 and d["right"] <= c["right"] + 1, boxes
    assert d["top"] >= c["top"] - 1 and d["bottom"] <= c["bottom"] + 1, boxes
    assert c["right"] <= 1920 and c["bottom"] <= 1080
    caption = pg.eval_on_selector("#meeting-caption", "e => e.getBoundingClientRect().toJSON()")
    assert caption["top"] >= d["bottom"] - 0.5, (caption, d)
    assert caption["height"] > 0


@pytest.mark.parametrize("path", ["explore"])  # the goal page's meeting mode: tests/test_diagram_browser.py
def test_ui_meeting_mode_fits_shows_legend_and_closes_the_panel(page, served, path) -> None:
    page.goto(f"{served['base']}/datasets/{DEMO}/{path}", timeout=120000)
    page.wait_for_selector('#network[data-ready="1"]', timeout=60000)
    node = "RUS-2.1"
    x, y = node_xy(page, node)
    page.mouse.click(x, y)
    page.wait_for_selector("#panel:not([hidden])")
    enter_meeting(page)
    assert page.is_hidden("#panel")
    assert page.is_visible(".meeting-legend")
    assert "Teckenförklaring" in page.inner_text(".meeting-legend")
    assert not page.is_visible(".controls")
    caption = page.inner_text("#meeting-caption")
    assert "Esc" in caption and "Pil" not in caption  # no saved views here: the arrow keys do nothing
    check_fitted_with_caption_below(page)
    page.mouse.move(1, 1)  # no hover tooltip in the picture
    page.wait_for_timeout(300)
    shot(page, f"meeting-{path.replace('/', '-')}")
    page.set_viewport_size({"width": 1600, "height": 900})  # a smaller projector: fitted again
    page.wait_for_timeout(500)
    check_fitted_with_caption_below(page)
    page.keyboard.press("Escape")
    page.wait_for_function("() => !document.body.classList.contains('meeting')")
    assert page.is_visible(".controls")
    page.watch.check()


@pytest.mark.parametrize("path", ["coverage", "interactions"])
def test_ui_matrix_meeting_mode_fits_the_table_above_the_caption(page, served, path) -> None:
    page.goto(f"{served['base']}/datasets/{DEMO}/{path}", timeout=120000)
    enter_meeting(page)
    assert not page.is_visible("header.top")
    table = page.eval_on_selector("table.matrix", "e => e.getBoundingClientRect().toJSON()")
    caption = page.eval_on_selector("#meeting-caption", "e => e.getBoundingClientRect().toJSON()")
    assert table["right"] <= 1920 + 0.5 and table["bottom"] <= caption["top"] + 0.5
    assert "Esc" in page.inner_text("#meeting-caption") and "Pil" not in page.inner_text("#meeting-caption")
    shot(page, f"meeting-{path}")
    page.watch.check()


# ---- the explorer opens gathered on a large network ----


def test_ui_explorer_opens_gathered_and_opens_a_group_on_click(page, served) -> None:
    page.goto(f"{served['base']}/datasets/{DEMO}/explore", timeout=120000)
    page.wait_for_selector('#network[data-ready="1"]', timeout=60000)
    kinds = page.evaluate("""() => { const net = window.ruslinkNetwork; const out = {};
        for (const id of net.body.data.nodes.getIds()) { const t = net.body.data.nodes.get(id).type;
            out[t] = (out[t] || 0) + 1; } return out; }""")
    assert kinds.get("ActionGroup", 0) > 0
    assert "Action" not in kinds or kinds["Action"] < 5  # only actions linked to no goal stay on their own
    assert "Actor" not in kinds and "Indicator" not in kinds
    shot(page, "explorer-gathered")
    group = "grp:KOMP-1"
    members = page.evaluate("(id) => window.ruslinkNetwork.body.data.nodes.get(id) ? null : 0", group)
    assert members is None
    x, y = node_xy(page, group)
    page.mouse.click(x, y)
    page.wait_for_function("(id) => !window.ruslinkNetwork.body.data.nodes.get(id)", arg=group)
    shown = visible_ids(page)
    assert {"KOMP-A1", "KOMP-A2", "KOMP-A5", "KOMP-A7"} <= shown  # KOMP-1's contributing actions
    page.check("#show-actors")
    actors = page.evaluate("""() => window.ruslinkNetwork.body.data.nodes.get()
        .filter(n => n.type === 'Actor').length""")
    assert actors > 0
    page.uncheck("#show-actors")
    # The existing filters still apply to the gathered boxes: a plan unticked hides its boxes.
    page.uncheck("input[name='strategies'][value='KOMP']")
    page.wait_for_timeout(200)
    assert not any(i.startswith("KOMP") or i.startswith("grp:KOMP") for i in visible_ids(page))
    page.check("#show-all-actions")
    assert "S3-A1" in visible_ids(page) and not any(i.startswith("grp:") for i in visible_ids(page))
    page.watch.check()
