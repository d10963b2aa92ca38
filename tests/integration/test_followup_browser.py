"""The follow-up page of the demo in Debian's headless chromium at 1920×1080, every other host cut off.

Screenshots go to tests/screenshots/ (gitignored) for a person to look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from app.main import create_app
from importers.demo import load_demo
from tests.support.browser import watched_page
from tests.support.serving import running

pytestmark = pytest.mark.browser

SHOTS = Path(__file__).resolve().parents[1] / "screenshots"


@pytest.fixture(scope="module")
def served(db, app_settings) -> Iterator[str]:
    load_demo(db, "fu-demo")
    with running(create_app(app_settings, db=db)) as base:
        yield f"{base}/datasets/fu-demo/followup"


@pytest.fixture
def page(browser, served):
    with watched_page(browser, viewport={"width": 1920, "height": 1080}) as pg:
        yield pg
        pg.watch.check()


def test_followup_page_of_the_demo_shows_lights_trends_and_areas(page, served) -> None:
    page.goto(served)
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "followup-demo.png"))
    assert page.locator(".illustrative").first.is_visible()
    assert "Exempeldata – illustrativt" in page.locator(".illustrative").first.inner_text()
    assert page.locator("h1").inner_text().startswith("Uppföljning")
    # every traffic light is drawn, the problems first and the on-track ones one click away
    stopped = page.locator('li.fu-action[data-light="stopped"] .light').first
    assert stopped.is_visible() and stopped.bounding_box()["width"] >= 10
    assert page.locator('li.fu-action[data-light="at_risk"]').first.is_visible()
    row = page.locator("#goal-RUS-2\\.1")
    row.scroll_into_view_if_needed()
    ok = row.locator("details.fu-ok").first
    ok.locator("summary").click()
    assert ok.locator('li[data-light="on_track"]').first.is_visible()
    # a trend line with its word, and the municipalities on click
    ind = row.locator(".fu-ind").first
    assert ind.locator("svg.spark polyline").count() == 1
    words = ("går åt rätt håll", "går åt fel håll", "oförändrad", "saknar data")
    assert ind.locator(".trend-word").inner_text() in words
    areas = ind.locator("details.fu-areas")
    assert not areas.locator("svg.bars").is_visible()
    areas.locator("summary").click()
    bars = areas.locator("svg.bars rect.bar")
    assert bars.first.is_visible() and bars.count() == 7 * 3  # seven municipalities, total, women and men
    assert "Sundsvall" in areas.inner_text() and "Örnsköldsvik" in areas.inner_text()
    page.screenshot(path=str(SHOTS / "followup-demo-areas.png"))
    # the rule is one click away, and a print leaves the controls out
    page.locator("details.fu-rule summary").click()
    assert "Röd (stoppad): pausad eller avbruten" in page.locator("details.fu-rule").inner_text()
    page.emulate_media(media="print")
    assert not page.locator("form.fu-filters").is_visible()
    assert page.locator(".illustrative").first.is_visible()


def test_followup_filters_by_plan_in_the_browser(page, served) -> None:
    page.goto(served)
    page.select_option("select[name=plan]", "KULT")
    page.click("form.fu-filters button[type=submit]")
    page.wait_for_url("**plan=KULT**")
    ids = page.locator("li.fu-action").evaluate_all("els => els.map(e => e.dataset.action)")
    assert ids and all(i.startswith("KULT-") for i in ids)
