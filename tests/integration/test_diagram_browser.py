"""Diagram pages in Debian's chromium at 1920×1080, checked from `window.ruslinkGeometry()`: every goal view
of the demo and of a generated region, the conflicts picture, clicks, resizing. Screenshots go to
`screenshots/` (gitignored) for a person to look at."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from app.main import create_app
from graph.views import load_graph, load_with_findings
from tests.support.browser import shot, watched_page
from tests.support.diagram_data import GOAL_READABLE_NODES, load_diagram_datasets
from tests.support.serving import running
from viz.diagram_build import READABLE_PX
from viz.diagram_checks import edges_through_boxes, outside, overlaps

pytestmark = pytest.mark.browser
HD = {"width": 1920, "height": 1080}


@pytest.fixture(scope="module")
def site(db, app_settings) -> Iterator[dict]:
    names = load_diagram_datasets(db)
    goals = {key: [g.id for g in load_graph(db, name).rus_goals()] for key, name in names.items()}
    for name in names.values():  # the analyses run once here, not inside the first page's wait
        load_with_findings(db, name)
    with running(create_app(app_settings, db=db)) as base:
        yield {"base": base, **names, "goals": goals}


@pytest.fixture
def hd(browser):
    with watched_page(browser, viewport=HD) as pg:
        yield pg


def drawn_geometry(pg, url: str) -> dict:
    pg.goto(url, timeout=120000)
    pg.wait_for_function("() => window.ruslinkGeometry && window.ruslinkGeometry() !== null", timeout=60000)
    return pg.evaluate("() => window.ruslinkGeometry()")


def check_geometry(geo: dict, where: str) -> None:
    assert geo["viewport"] == HD or where.endswith("small"), where
    assert geo["nodes"], where
    assert overlaps(geo["nodes"]) == [], where
    assert edges_through_boxes(geo["nodes"], geo["edges"]) == [], where
    assert outside(geo["nodes"], geo["viewport"]) == [], where
    if len(geo["nodes"]) <= GOAL_READABLE_NODES:
        smallest = min(n["font_px"] for n in geo["nodes"])
        assert smallest >= READABLE_PX, (where, len(geo["nodes"]), smallest)


@pytest.mark.parametrize("which", ["demo", "synth"])
def test_diagram_page_every_goal_view_fits_without_overlaps_and_reads_at_1920(hd, site, which) -> None:
    for goal in site["goals"][which]:
        geo = drawn_geometry(hd, f"{site['base']}/datasets/{site[which]}/goals/{goal}")
        check_geometry(geo, f"{which} {goal}")
        assert goal in {n["id"] for n in geo["nodes"]}
        edges = {(e["from"], e["to"]) for e in geo["edges"]}
        assert all(len(e["points"]) >= 2 for e in geo["edges"]) and (not geo["edges"] or edges)
    hd.watch.check()


def test_diagram_page_goal_view_and_conflicts_are_screenshotted_and_legend_is_on_screen(hd, site) -> None:
    base, demo = site["base"], site["demo"]
    geo = drawn_geometry(hd, f"{base}/datasets/{demo}/goals/RUS-2.4")
    check_geometry(geo, "demo RUS-2.4")
    legend = hd.locator("ul.dg-legend")
    box = legend.bounding_box()
    assert box is not None and box["y"] + box["height"] <= HD["height"]
    assert "bidrar till" in legend.inner_text() and "Exempeldata – illustrativt" in hd.inner_text(".dg-caption")
    shot(hd, "diagram-goal-RUS-2.4")
    geo = drawn_geometry(hd, f"{base}/datasets/{demo}/diagram?conflicts=1")
    check_geometry(geo, "demo conflicts")
    assert any(e for e in geo["edges"])
    assert "motverkar" in hd.inner_text("ul.dg-legend")
    shot(hd, "diagram-conflicts")
    hd.watch.check()


def test_diagram_page_click_on_a_goal_opens_its_own_diagram(hd, site) -> None:
    base, demo = site["base"], site["demo"]
    geo = drawn_geometry(hd, f"{base}/datasets/{demo}/diagram?plan=S3")
    target = next(n for n in geo["nodes"] if n["id"].startswith("RUS-") and "." in n["id"])
    with hd.expect_navigation():
        hd.mouse.click(target["x"] + target["width"] / 2, target["y"] + target["height"] / 2)
    assert hd.url.endswith(f"/goals/{target['id']}")
    hd.wait_for_function("() => window.ruslinkGeometry && window.ruslinkGeometry() !== null", timeout=60000)
    hd.watch.check()


def test_diagram_page_refits_when_the_window_shrinks(hd, site) -> None:
    base, demo = site["base"], site["demo"]
    drawn_geometry(hd, f"{base}/datasets/{demo}/goals/RUS-3.6")
    hd.set_viewport_size({"width": 1280, "height": 720})
    hd.wait_for_function("() => window.ruslinkGeometry().viewport.width === 1280")
    # The window reports its new size before the page's resize handler runs, in the next frame's rendering
    # steps; the picture is refitted by the frame after that, as a person sees it.
    hd.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
    geo = hd.evaluate("() => window.ruslinkGeometry()")
    assert outside(geo["nodes"], geo["viewport"]) == [] and overlaps(geo["nodes"]) == []
    hd.watch.check()


def test_diagram_page_exports_download_svg_png_and_html(hd, site, tmp_path) -> None:
    base, demo = site["base"], site["demo"]
    drawn_geometry(hd, f"{base}/datasets/{demo}/goals/RUS-1.2")
    for link, suffix in (("#dg-svg", ".svg"), ("#dg-png", ".png"), ("#dg-html", ".html")):
        with hd.expect_download() as info:
            hd.click(link)
        path = tmp_path / info.value.suggested_filename
        info.value.save_as(path)
        assert path.suffix == suffix and path.stat().st_size > 1000
    # The offline page opens from disk, fitted to the window, with every box inside it.
    page_file = next(tmp_path.glob("*.html"))
    hd.goto(page_file.as_uri())
    hd.wait_for_function("() => window.ruslinkGeometry && window.ruslinkGeometry() !== null")
    geo = hd.evaluate("() => window.ruslinkGeometry()")
    assert outside(geo["nodes"], geo["viewport"]) == [] and overlaps(geo["nodes"]) == []
    assert "Exempeldata – illustrativt" in hd.inner_text("body")
    shot(hd, "diagram-offline-html")
    hd.watch.check()


def test_diagram_page_meeting_mode_shows_only_the_picture_and_escape_leaves(hd, site) -> None:
    base, demo = site["base"], site["demo"]
    before = drawn_geometry(hd, f"{base}/datasets/{demo}/goals/RUS-3.6")
    hd.click("#dg-meeting")
    hd.wait_for_function("() => document.body.classList.contains('dg-meeting')")
    assert not hd.locator("header.top").is_visible() and hd.locator("ul.dg-legend").is_visible()
    assert "Exempeldata – illustrativt" in hd.inner_text(".dg-caption")
    geo = hd.evaluate("() => window.ruslinkGeometry()")
    check_geometry(geo, "meeting RUS-3.6")
    assert min(n["font_px"] for n in geo["nodes"]) >= min(n["font_px"] for n in before["nodes"])
    shot(hd, "diagram-meeting")
    hd.keyboard.press("Escape")
    hd.wait_for_function("() => !document.body.classList.contains('dg-meeting')")
    assert hd.locator("header.top").is_visible()
    hd.watch.check()


def test_diagram_page_saved_views_list_save_recall_and_step_in_meeting_mode(hd, site) -> None:
    """Saved views on the goal pages: named, listed, recalled (the page of the view opens); in meeting mode
    the arrow keys step through them, and the caption names the arrow keys only when there are views."""
    base, demo = site["base"], site["demo"]
    drawn_geometry(hd, f"{base}/datasets/{demo}/goals/RUS-2.4")
    hd.evaluate("() => localStorage.clear()")
    hd.click("#dg-meeting")
    caption = hd.locator("#meeting-caption")
    assert caption.is_visible() and "Esc" in caption.inner_text() and "Piltangenterna" not in caption.inner_text()
    hd.keyboard.press("ArrowRight")  # no saved views: the key does nothing
    assert hd.url.endswith("/goals/RUS-2.4")
    hd.keyboard.press("Escape")
    hd.wait_for_function("() => !document.body.classList.contains('dg-meeting')")
    assert not caption.is_visible()

    for goal, name in (("RUS-2.4", "Infrastruktur"), ("RUS-3.6", "Näringsliv")):
        drawn_geometry(hd, f"{base}/datasets/{demo}/goals/{goal}")
        hd.click("#dg-views summary")
        hd.fill("#view-name", name)
        hd.click("#save-view")
        assert hd.inner_text("#dg-views-count") == ("1" if goal == "RUS-2.4" else "2")
    assert [t.strip() for t in hd.locator("#saved-views li > span").all_inner_texts()] == [
        "Infrastruktur",
        "Näringsliv",
    ]
    with hd.expect_navigation():  # recall the first view from the list
        hd.locator("#saved-views li").first.locator("button").first.click()
    hd.wait_for_function("() => window.ruslinkGeometry && window.ruslinkGeometry() !== null")
    assert "/goals/RUS-2.4" in hd.url and "#views=" in hd.url
    assert hd.inner_text("#dg-views-count") == "2"

    hd.click("#dg-meeting")
    assert "Piltangenterna byter vy" in caption.inner_text() and "Infrastruktur" in caption.inner_text()
    with hd.expect_navigation():
        hd.keyboard.press("ArrowRight")
    hd.wait_for_function("() => window.ruslinkGeometry && window.ruslinkGeometry() !== null")
    assert "/goals/RUS-3.6" in hd.url
    assert hd.evaluate("() => document.body.classList.contains('dg-meeting')")  # still in meeting mode
    assert "2/2" in caption.inner_text() and "Näringsliv" in caption.inner_text()
    check_geometry(hd.evaluate("() => window.ruslinkGeometry()"), "meeting view 2 RUS-3.6")
    shot(hd, "diagram-meeting-saved-views")
    hd.keyboard.press("Escape")
    hd.watch.check()


def test_only_this_actor_opens_a_fresh_actor_picture_from_the_goal_page_and_the_explorer(hd, site) -> None:
    """An actor's box on a goal page, and the explorer's side panel for an actor, open the actor's own
    picture: laid out for it, nothing overlapping, every box on screen."""
    base, demo = site["base"], site["demo"]
    geo = drawn_geometry(hd, f"{base}/datasets/{demo}/goals/RUS-1.2")
    actor = hd.locator("svg.ruslink-diagram a[href*='diagram?actor=']").first
    href = actor.get_attribute("href")
    actor_id = href.split("actor=", 1)[1]
    with hd.expect_navigation():
        actor.click()
    hd.wait_for_function("() => window.ruslinkGeometry && window.ruslinkGeometry() !== null")
    geo = hd.evaluate("() => window.ruslinkGeometry()")
    check_geometry(geo, f"actor {actor_id}")
    assert actor_id in {n["id"] for n in geo["nodes"]} and len(geo["nodes"]) > 2
    assert "Bara denna aktör" in hd.inner_text(".dg-caption")
    shot(hd, f"diagram-actor-{actor_id}")

    hd.goto(f"{base}/datasets/{demo}/actors?highlight={actor_id}")  # the actor network, its side panel open
    hd.wait_for_selector("#panel:not([hidden])", timeout=60000)
    link = hd.locator("#panel a.only-actor")
    link.wait_for(timeout=10000)
    assert link.inner_text() == "Bara denna aktör"
    with hd.expect_navigation():
        link.click()
    hd.wait_for_function("() => window.ruslinkGeometry && window.ruslinkGeometry() !== null")
    check_geometry(hd.evaluate("() => window.ruslinkGeometry()"), f"actor {actor_id} from the explorer")
    hd.watch.check()
