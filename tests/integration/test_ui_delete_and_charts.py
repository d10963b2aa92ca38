"""In chromium: the start page's delete button (confirmed in a dialog, with the write token) and the indicator
charts (round, distinct, unclipped tick labels). Screenshots go to `screenshots/` for a person to look at."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr

from app.main import create_app
from graph import store
from importers.load import read_dataset, write_dataset
from tests.support.browser import Watch, shot
from tests.support.serving import running
from tests.support.uihelpers import small_dataset

pytestmark = pytest.mark.browser

TOKEN = "delete-test-token"
VARMLAND = Path(__file__).resolve().parents[1] / "data" / "varmland.json"


@pytest.fixture(scope="module")
def site(db, app_settings) -> Iterator[dict]:
    """The app on 127.0.0.1 with the Värmland fixture and a dataset to delete."""
    write_dataset(db, "ui-varmland", read_dataset(VARMLAND, illustrative=True), source="varmland.json")
    settings = app_settings.model_copy(update={"ruslink_token": SecretStr(TOKEN)})
    with running(create_app(settings, db=db)) as base:
        yield {"base": base, "db": db}


@pytest.fixture
def page(browser, site):  # this module's own page, on its own site
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    watch = Watch()

    def route(r):
        if r.request.url.startswith(("http://127.0.0.1:", "data:", "blob:")):
            r.continue_()
        else:
            watch.outside.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    pg = context.new_page()
    pg.on("pageerror", lambda e: watch.errors.append(str(e)))
    pg.on("dialog", lambda d: (watch.dialogs.append(d.message), d.dismiss()))
    pg.watch = watch
    yield pg
    context.close()


def _names(db) -> set[str]:
    return {d["dataset"] for d in store.list_datasets(db)}


def test_ui_delete_asks_then_removes_the_dataset(page, site) -> None:
    store.replace_dataset(site["db"], "ui-delete-me", small_dataset())
    page.goto(site["base"] + "/")
    button = page.locator('button.delete-dataset[data-dataset="ui-delete-me"]')
    assert button.inner_text() == "Ta bort"
    button.click()
    assert page.locator("#delete-dialog").is_visible()
    assert page.inner_text("#delete-question") == (
        "Ta bort datamängden ”ui-delete-me” med alla dess versioner? Det går inte att ångra."
    )
    shot(page, "start-delete-dialog")
    page.click("#delete-cancel")
    assert not page.locator("#delete-dialog").is_visible() and "ui-delete-me" in _names(site["db"])
    button.click()
    page.fill("#delete-token", "wrong")
    page.click("#delete-confirm")
    page.wait_for_function("() => document.getElementById('delete-status').textContent.includes('Det gick inte')")
    assert page.inner_text("#delete-status").startswith("Det gick inte att ta bort: Ändringar kräver en giltig token")
    assert "ui-delete-me" in _names(site["db"])
    page.fill("#delete-token", TOKEN)
    with page.expect_navigation():
        page.click("#delete-confirm")
    assert page.locator('button.delete-dataset[data-dataset="ui-delete-me"]').count() == 0
    assert "ui-delete-me" not in _names(site["db"]) and "ui-varmland" in _names(site["db"])
    page.watch.check()


def test_ui_delete_dialog_speaks_english(page, site) -> None:
    page.goto(site["base"] + "/?lang=en")
    page.locator('button.delete-dataset[data-dataset="ui-varmland"]').click()
    assert page.inner_text("#delete-question") == (
        "Delete the dataset “ui-varmland” with all its versions? This cannot be undone."
    )
    assert page.inner_text("#delete-confirm") == "Delete for good"
    page.click("#delete-cancel")
    assert "ui-varmland" in _names(site["db"])


def test_ui_indicator_charts_have_round_distinct_unclipped_ticks(page, site) -> None:
    page.goto(site["base"] + "/datasets/ui-varmland/indicators")
    charts = page.evaluate("""() => [...document.querySelectorAll('figure.trend svg')].map(svg => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text.tick')].map(t => {
            const r = t.getBoundingClientRect();
            return {text: t.textContent, left: r.left - box.left, right: box.right - r.right,
                    top: r.top - box.top, bottom: box.bottom - r.bottom};
        });
    })""")
    shot(page, "indicators-varmland")
    assert len(charts) == 5
    for ticks in charts:
        labels = [t["text"] for t in ticks]
        assert len(labels) == len(set(labels)), labels
        for t in ticks:
            assert min(t["left"], t["right"], t["top"], t["bottom"]) >= 0, t  # inside the drawing
    population = [t["text"] for t in charts[0] if not re.fullmatch(r"\d{4}", t["text"])]
    assert population and all(re.fullmatch(r"\d{3}\u00a0\d{3}", label) for label in population), population
    rates = [t["text"] for t in charts[1] if not re.fullmatch(r"\d{4}", t["text"])]
    assert rates == ["78", "79", "80", "81", "82"], rates  # 78,0 (baseline) to 82,0 (target), by whole points
    page.watch.check()
