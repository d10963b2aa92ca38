"""The explorer's level-of-detail canvas (static/js/fastnet.js), which draws node-level diagrams above 2,000
nodes, in Debian's headless chromium: forced here with `?renderer=fast` on the small dataset so every row is
known. It must do what the vis-network drawing does for a user: draw every row, open a row's panel on click,
follow the filters, show one tooltip on hover, and draw the analyses' marks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.main import create_app
from graph import store
from tests.support.browser import node_xy, open_explorer, shot, visible_ids
from tests.support.serving import running
from tests.support.uihelpers import XSS_NAME, small_dataset

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def served(db, app_settings) -> Iterator[dict]:
    store.replace_dataset(db, "fast-small", small_dataset())
    with running(create_app(app_settings, db=db)) as base:
        yield {"base": base, "small": "fast-small"}


def _pixel_is_drawn(page, node_id: str) -> bool:
    """Whether the canvas has a non-white pixel at the node's centre."""
    return page.evaluate(
        """(id) => { const net = window.ruslinkNetwork; const d = net.canvasToDOM(net.getPosition(id));
        const c = document.querySelector('#network canvas'); const r = window.devicePixelRatio || 1;
        const p = c.getContext('2d').getImageData(Math.round(d.x * r), Math.round(d.y * r), 1, 1).data;
        return !(p[0] === 255 && p[1] === 255 && p[2] === 255); }""",
        node_id,
    )


def test_fast_renderer_draws_every_row_and_opens_its_panel(page, served) -> None:
    open_explorer(page, served, query="?renderer=fast")
    assert page.get_attribute("#network", "data-renderer") == "fast"
    assert len(visible_ids(page)) == 20 and page.inner_text("#view-status").startswith("Visar 20 av 20")
    assert page.locator("#network canvas").count() == 1
    assert _pixel_is_drawn(page, "A1") and _pixel_is_drawn(page, "RUS-1")
    x, y = node_xy(page, "A1")
    page.mouse.click(x, y)
    page.wait_for_selector("#panel:not([hidden])")
    assert page.get_attribute("#panel", "data-node") == "A1" and "pågående" in page.inner_text("#panel")
    assert page.evaluate("() => window.ruslinkNetwork.getSelectedNodes()") == ["A1"]
    shot(page, "explorer-fast-panel")
    page.watch.check()


def test_fast_renderer_follows_filters_and_shows_one_inert_tooltip(page, served) -> None:
    open_explorer(page, served, query="?renderer=fast")
    page.locator('input[name="strategies"][value="S3"]').uncheck()
    after = visible_ids(page)
    assert "A1" not in after and "A2" in after
    assert page.get_attribute("#network", "data-visible-nodes") == str(len(after))
    page.locator('input[name="strategies"][value="S3"]').check()
    x, y = node_xy(page, "A3")
    page.mouse.move(x - 30, y - 30)
    page.mouse.move(x, y, steps=5)
    tip = page.wait_for_selector("#network .vis-tooltip", state="visible", timeout=5000)
    assert XSS_NAME in tip.inner_text() and tip.query_selector("img") is None
    assert page.locator("#network .vis-tooltip").count() == 1
    page.watch.check()


def test_fast_renderer_draws_the_marks_and_pans(page, served) -> None:
    open_explorer(page, served, query="?renderer=fast")
    marked = page.evaluate("() => window.ruslinkNetwork.body.data.nodes.get('A4').marks")
    assert "conflict" in marked
    before = page.evaluate("() => window.ruslinkNetwork.getViewPosition()")
    page.focus("#network")
    page.keyboard.press("ArrowRight")
    after = page.evaluate("() => window.ruslinkNetwork.getViewPosition()")
    assert after["x"] > before["x"] and after["y"] == before["y"]
    page.watch.check()
