"""Meeting mode on the pages with diagrams (explorer, goal page, matrices) at 1920 × 1080 in Debian's chromium:
fitted on entry, legend shown, side panel closed, caption below the diagram, no key hint for keys that do nothing.
"""

from __future__ import annotations

import pytest

from tests.test_ui_browser import node_xy
from tests.test_ui_flow import DEMO, browser, page, served, shot  # noqa: F401  (fixtures)

pytestmark = pytest.mark.browser

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


@pytest.mark.parametrize("path", ["explore", "goals/RUS-2.1"])
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
    shot(page, f"meeting-{path.replace('/', '-')}")
    page.set_viewport_size({"width": 1600, "height": 900})  # a smaller projector: fitted again
    page.wait_for_timeout(500)
    check_fitted_with_caption_below(page)
    page.keyboard.press("Escape")
    page.wait_for_function("() => !document.body.classList.contains('meeting')")
    assert page.is_visible(".controls")
    page.watch.check()


def test_ui_goal_page_has_saved_views_that_step_in_meeting_mode(page, served) -> None:
    page.goto(f"{served['base']}/datasets/{DEMO}/goals/RUS-2.1", timeout=120000)
    page.wait_for_selector('#network[data-ready="1"]', timeout=60000)
    page.fill("#view-name", "Hela kedjan")
    page.click("#save-view")
    enter_meeting(page)
    caption = page.inner_text("#meeting-caption")
    assert "Hela kedjan" in caption and "Piltangenterna" in caption
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
