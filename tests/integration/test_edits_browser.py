"""Editing in the browser (Debian's chromium): draw a link, see the orphan finding go, undo it on the history page.

Every host but 127.0.0.1 is cut off; screenshots go to tests/screenshots/ (gitignored) for a person to look at.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr

from graph import store
from tests.support.browser import watched_page
from tests.support.serving import served_app
from tests.support.uihelpers import XSS_NAME, small_dataset

pytestmark = pytest.mark.browser

SHOTS = Path(__file__).resolve().parents[1] / "screenshots"
TOKEN = "edit-ui-token"


@pytest.fixture(scope="module")
def served(db, app_settings) -> Iterator[dict]:
    name = "edit-ui"
    store.replace_dataset(db, name, small_dataset())
    with served_app(app_settings.model_copy(update={"ruslink_token": SecretStr(TOKEN)}), db) as url:
        yield {"base": url, "ds": name}
    store.delete_dataset(db, name)


@pytest.fixture
def page(browser, served):
    with watched_page(browser, viewport={"width": 1400, "height": 900}) as pg:
        yield pg


def shot(pg, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


def open_explorer(pg, served) -> None:
    pg.goto(f"{served['base']}/datasets/{served['ds']}/explore")
    pg.wait_for_selector('#network[data-ready="1"]', timeout=60000)
    pg.wait_for_selector('#network[data-findings="1"]', timeout=60000)
    pg.wait_for_selector('body[data-edit-ready="1"]', timeout=30000)


def node_xy(pg, node_id: str) -> tuple[float, float]:
    return tuple(
        pg.evaluate(
            """(id) => {
        const net = window.ruslinkNetwork; const d = net.canvasToDOM(net.getPosition(id));
        const r = document.getElementById('network').getBoundingClientRect();
        return [r.left + d.x, r.top + d.y]; }""",
            node_id,
        )
    )


def orphans(pg, served) -> str:
    pg.goto(f"{served['base']}/datasets/{served['ds']}/findings/orphan_actions")
    return pg.inner_text("main")


def test_edit_ui_readers_without_the_token_see_no_edit_controls(page, served) -> None:
    open_explorer(page, served)
    assert page.locator("#edit-tools").count() == 0
    assert page.locator("#edit-login-form").count() == 1  # only the way to sign in
    page.goto(f"{served['base']}/datasets/{served['ds']}/history")
    page.wait_for_selector('body[data-edit-ready="1"]')
    assert page.locator("button.revert:visible").count() == 0
    shot(page, "edit-reader-history")
    page.watch.check()


def test_edit_ui_draw_a_link_see_the_orphan_go_and_undo_it(page, served) -> None:
    assert XSS_NAME in orphans(page, served)
    open_explorer(page, served)
    page.fill("#edit-token", "fel")
    page.click("#edit-login-form button")
    page.wait_for_selector("#edit-login-form >> text=Fel token.")
    page.fill("#edit-token", TOKEN)
    page.click("#edit-login-form button")
    page.wait_for_selector("#edit-tools", timeout=60000)
    page.wait_for_selector('#network[data-ready="1"]', timeout=60000)
    shot(page, "edit-tools")
    # draw the link: from the orphan action A3 to the plan goal KOMP-M1
    page.click("#edit-draw-link")
    x1, y1 = node_xy(page, "A3")
    x2, y2 = node_xy(page, "KOMP-M1")
    page.mouse.move(x1, y1)
    page.mouse.down()
    page.mouse.move(x2, y2, steps=15)
    page.mouse.up()
    page.wait_for_selector("#edit-dialog[open]")
    assert page.input_value("#link-from") == "A3" and page.input_value("#link-to") == "KOMP-M1"
    # a link that cannot be: the problem list shows inline and nothing is saved
    page.select_option("#link-type", "measured_by")
    page.select_option("#link-score", "2")
    page.fill("#link-rationale", "Utbildningen ger kompetens till industrin")
    page.fill("#edit-by", "Anna Berg")
    page.fill("#edit-why", "Beslut i RUS-gruppen")
    page.click("#edit-save")
    page.wait_for_selector("#edit-problems >> text=changes[0]")
    problems = page.inner_text("#edit-problems")
    assert "Inte sparat" in problems and 'fält "to"' in problems and "kan inte gå till en rad i goals" in problems
    shot(page, "edit-link-refused")
    page.select_option("#link-type", "contributes_to")
    with (
        page.expect_response(lambda r: r.url.split("?")[0].endswith("/changes")) as answer,
        page.expect_navigation(timeout=60000),
    ):  # saved, then the page reloads with the link
        page.click("#edit-save")
    assert answer.value.status == 200
    page.wait_for_function(
        "() => !!window.ruslinkNetwork && window.ruslinkNetwork.body.data.edges.get().some("
        "e => e.from === 'A3' && e.to === 'KOMP-M1')",
        timeout=60000,
    )  # drawn after the reload
    page.wait_for_selector('#network[data-ready="1"]', timeout=60000)
    shot(page, "edit-link-drawn")
    assert XSS_NAME not in orphans(page, served)
    # the history page: who, when, why, what; undo
    page.goto(f"{served['base']}/datasets/{served['ds']}/history")
    page.wait_for_selector("button.revert:visible", timeout=30000)
    row = page.inner_text("table.history tbody tr:first-child")
    assert "Anna Berg" in row and "Beslut i RUS-gruppen" in row
    assert 'lägg till koppling "A3" bidrar till "KOMP-M1" (+2 förstärkande)' in row
    shot(page, "edit-history")
    page.click("table.history tbody tr:first-child button.revert")
    page.wait_for_selector("#revert-dialog[open]")
    assert page.input_value("#revert-by") == "Anna Berg"  # remembered
    page.fill("#revert-why", "Fel insats")
    with page.expect_navigation(timeout=60000):
        page.click("#revert-save")
    page.wait_for_selector("text=Ångrar ändring 1: Fel insats", timeout=60000)
    shot(page, "edit-history-reverted")
    assert XSS_NAME in orphans(page, served)
    page.watch.check()


def test_edit_ui_select_a_node_and_change_its_fields(page, served, db) -> None:
    from graph.content_read import read_content

    page.goto(f"{served['base']}/datasets/{served['ds']}/history")
    page.wait_for_selector('body[data-edit-ready="1"]')
    page.fill("#edit-token", TOKEN)
    page.click("#edit-login-form button")
    page.wait_for_selector("#edit-logout", timeout=30000)
    open_explorer(page, served)
    page.wait_for_selector("#edit-tools", timeout=30000)
    x, y = node_xy(page, "A2")
    page.mouse.click(x, y)
    page.click("#edit-node")
    page.wait_for_selector("#edit-dialog[open]")
    assert page.input_value("#edit-f-status") == "planned"
    assert "planerad" in page.inner_text("#edit-f-status")  # allowed values by their Swedish names
    page.select_option("#edit-f-status", "completed")
    page.fill("#edit-f-budget_sek", "1 250 000,5")
    page.fill("#edit-by", "Plan Ägare")
    page.fill("#edit-why", "Årsrapport 2026")
    shot(page, "edit-node")
    with (
        page.expect_response(lambda r: r.url.split("?")[0].endswith("/changes")) as answer,
        page.expect_navigation(timeout=60000),
    ):
        page.click("#edit-save")
    assert answer.value.status == 200
    action = next(a for a in read_content(db, served["ds"]).actions if a.id == "A2")
    assert (action.status, action.budget_sek) == ("completed", 1250000.5)
    page.watch.check()


def test_edit_ui_choose_boxes_on_a_goal_diagram_to_edit_a_row_or_link_two(page, served) -> None:
    """On a goal page's drawn diagram a box is a link to its page; with "Välj rutor i diagrammet" pressed a
    click chooses the box instead, and the edit tools work on the chosen boxes."""
    page.goto(f"{served['base']}/datasets/{served['ds']}/history")
    page.wait_for_selector('body[data-edit-ready="1"]')
    page.fill("#edit-token", TOKEN)
    page.click("#edit-login-form button")
    page.wait_for_selector("#edit-logout", timeout=30000)
    goal_page = f"{served['base']}/datasets/{served['ds']}/goals/RUS-1.1"
    page.goto(goal_page)
    page.wait_for_selector("#edit-tools", timeout=30000)
    page.click("#edit-node")  # nothing chosen yet: says so
    assert page.inner_text("#edit-status") == "Markera först en nod eller koppling."
    page.click("#edit-pick")
    assert page.get_attribute("#edit-pick", "aria-pressed") == "true"
    page.click("svg.ruslink-diagram g.node[data-id='A1'] rect.node-box")
    assert page.url == goal_page  # chosen, not followed
    assert page.inner_text("#edit-status") == "Vald: A1"
    assert page.locator("svg.ruslink-diagram g.node.picked").count() == 1
    shot(page, "edit-goal-diagram-chosen")
    page.click("#edit-node")
    page.wait_for_selector("#edit-dialog[open]")
    assert "Innovationscheckar" in page.inner_text("#edit-dialog h2")
    assert page.input_value("#edit-f-status") == "ongoing"
    page.click("#edit-dialog button[type=button]")  # cancel: nothing saved
    page.click("svg.ruslink-diagram g.node[data-id='S3-M1'] rect.node-box")
    assert page.inner_text("#edit-status") == "Vald: A1, S3-M1"
    page.click("#edit-new-link")
    page.wait_for_selector("#edit-dialog[open]")
    assert page.input_value("#link-from") == "A1" and page.input_value("#link-to") == "S3-M1"
    page.click("#edit-dialog button[type=button]")
    page.click("#edit-pick")  # off again: a box opens its page
    with page.expect_navigation():
        page.click("svg.ruslink-diagram g.node[data-id='RUS-1'] rect.node-box")
    assert page.url.endswith("/goals/RUS-1")
    page.watch.check()
