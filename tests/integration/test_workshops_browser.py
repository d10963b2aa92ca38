"""A workshop in Debian's headless chromium: two participants score three pairs on phones (390×844) and the
coordinator accepts them on the projector page (1920×1080). Every host but 127.0.0.1 is cut off.
Screenshots go to tests/screenshots/ (gitignored) for a person to look at."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from pydantic import SecretStr

from app.main import create_app
from graph import store
from graph.analyses import run_analysis
from tests.support.browser import watched_page
from tests.support.serving import running
from tests.support.uihelpers import XSS_NAME, small_dataset

pytestmark = pytest.mark.browser

SHOTS = Path(__file__).resolve().parents[1] / "screenshots"
TOKEN = "workshop-ui-token"
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}
WAIT_MS = 60000
PAIRS = [["RUS-1.2", "RUS-2.1"], ["S3-M1", "KOMP-M1"], ["RUS-2.1", "RUS-1.2"]]


@pytest.fixture(scope="module")
def served(db, app_settings) -> Iterator[dict]:
    dataset = "ui-workshop"
    store.replace_dataset(db, dataset, small_dataset())
    settings = app_settings.model_copy(update={"ruslink_token": SecretStr(TOKEN)})
    with running(create_app(settings, db=db)) as base:
        yield {"base": base, "dataset": dataset}


def shot(page, name: str, full: bool = False) -> None:
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full)


def score_as(browser, join: str, name: str, choices: list[tuple[int, str, str]], shot_name: str) -> None:
    with watched_page(browser, **PHONE) as page:
        page.goto(join)
        assert "Exempeldata" in page.inner_text(".illustrative")
        assert page.locator(".ws-card").count() == 3
        shot(page, f"{shot_name}-start")
        page.fill("#ws-name", name)
        page.click("#ws-name-form button")
        page.wait_for_selector("#ws-bar:not([hidden])", timeout=WAIT_MS)
        assert page.locator("#ws-name-form").is_hidden() and name in page.inner_text("#ws-who")
        for i, (score, why, confidence) in enumerate(choices):
            card = page.locator(f"#ws-card-{i}")
            card.scroll_into_view_if_needed()
            card.locator(f"label.ws-opt:has(input[value='{score}'])").tap()
            card.locator("textarea").fill(why)
            card.locator(f"label.ws-confopt:has(input[value='{confidence}'])").tap()
            page.wait_for_function(
                "(i) => document.getElementById('ws-status-' + i).textContent.includes('Sparat')",
                arg=i,
                timeout=WAIT_MS,
            )
            if i == 0:
                shot(page, f"{shot_name}-card")
        page.wait_for_function(
            "() => document.getElementById('ws-progress').textContent.startsWith('3 av 3')", timeout=WAIT_MS
        )
        # The last rationale is saved a moment after typing stops: wait until the server has it.
        page.wait_for_function(
            """([why]) => fetch('/api/workshops/' + JSON.parse(document.getElementById('ws-state').textContent).workshop
                 + location.search).then(r => r.json()).then(d => d.pairs[2].scores.some(s => s.rationale === why))""",
            arg=[choices[2][1]],
            timeout=WAIT_MS,
        )
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 390, (
            "the page scrolls sideways on a phone"
        )
        assert not page.locator("#ws-done").is_hidden()
        shot(page, f"{shot_name}-done")
        page.watch.check()


def test_workshop_two_phones_score_and_the_coordinator_accepts(browser, served, db) -> None:
    base, dataset = served["base"], served["dataset"]
    created = httpx.post(
        f"{base}/api/datasets/{dataset}/workshops",
        headers={"Authorization": f"Bearer {TOKEN}"},
        json={"title": "Workshop om målkonflikter", "pairs": PAIRS},
    )
    assert created.status_code == 201
    opened = created.json()
    join = base + opened["join"]

    score_as(
        browser,
        join,
        "Anna Berg, Region Testlän",
        [
            (-2, "Klimatmålen kräver andra resvanor", "high"),
            (2, "Utbildning ger fler innovativa företag", "medium"),
            (1, XSS_NAME, "low"),
        ],
        "ws-anna",
    )
    score_as(
        browser,
        join,
        "Bo Ek, Testkommun",
        [(1, "Inte om resorna blir fossilfria", "low"), (2, "Samma företag", "high"), (1, "", "medium")],
        "ws-bo",
    )

    typed = httpx.get(f"{base}/api/workshops/{opened['workshop']}", params={"key": opened["key"]}).json()
    rationales = {
        (p["from"], s["participant"].split(",")[0]): (s["score"], s["rationale"], s["confidence"])
        for p in typed["pairs"]
        for s in p["scores"]
    }
    assert rationales[("RUS-1.2", "Anna Berg")] == (-2, "Klimatmålen kräver andra resvanor", "high")
    assert rationales[("RUS-2.1", "Anna Berg")] == (1, XSS_NAME, "low")  # markup stays text
    assert rationales[("RUS-1.2", "Bo Ek")] == (1, "Inte om resorna blir fossilfria", "low")

    with watched_page(browser, viewport={"width": 1920, "height": 1080}) as page:
        page.goto(f"{base}/workshops/{opened['workshop']}/coordinator?key={opened['key']}")
        page.wait_for_selector("body[data-polled]", timeout=WAIT_MS)
        assert page.inner_text("#ws-participants") == "2" and page.inner_text("#ws-count") == "6"
        first = page.locator("#ws-discuss li").first.inner_text()
        assert "Attrahera kompetens" in first and "Minskad klimatpåverkan" in first  # −2 against +1: widest spread
        assert "Klimatmålen kräver andra resvanor" in first and "Inte om resorna blir fossilfria" in first
        assert page.locator("#ws-matrix td.cell.score-p2").count() == 1  # S3-M1 → KOMP-M1, median +2
        assert opened["key"] in page.inner_text("#ws-join-url")
        shot(page, "ws-coordinator")
        page.fill("#ws-min-n", "2")
        page.fill("#ws-token", TOKEN)
        page.click("#ws-accept-form button")
        page.wait_for_function(
            "() => document.getElementById('ws-accept-status').textContent.includes('3 påverkanskopplingar')",
            timeout=WAIT_MS,
        )
        shot(page, "ws-coordinator-accepted")
        page.watch.check()

    conflicts = {
        (f.subject, tuple(f.related)) for f in run_analysis(db, dataset, "conflicts").findings if f.kind == "declared"
    }
    synergies = {
        (f.subject, tuple(f.related), f.model_extra["score"])
        for f in run_analysis(db, dataset, "synergies").findings
        if f.kind == "declared"
    }
    assert ("RUS-1.2", ("RUS-2.1",)) in conflicts  # median −0.5 rounds away from zero to −1: a conflict
    assert ("S3-M1", ("KOMP-M1",), 2) in synergies and ("RUS-2.1", ("RUS-1.2",), 1) in synergies
