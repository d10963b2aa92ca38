"""Suggested links beside orphan actions in the findings page, in Debian's headless chromium (127.0.0.1 only)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pydantic import SecretStr

from app.main import create_app
from importers.load import read_dataset, write_dataset
from tests.support.serving import running

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "importers" / "demo" / "data"
TOKEN = "suggest-test-token"


@pytest.fixture(scope="module")
def served(db, app_settings) -> Iterator[dict]:
    name = "ui-suggest"
    write_dataset(db, name, read_dataset(DEMO))
    settings = app_settings.model_copy(update={"ruslink_token": SecretStr(TOKEN)})
    with running(create_app(settings, db=db)) as base:
        yield {"base": base, "dataset": name}


def test_orphan_findings_show_candidates_and_accept_posts_one_change(browser, served) -> None:
    outside, errors, posted = [], [], []
    context = browser.new_context(viewport={"width": 1400, "height": 900})

    def route(r):
        if r.request.url.startswith(f"{served['base']}/"):
            if r.request.method == "POST":
                posted.append(
                    (r.request.url, r.request.headers.get("authorization"), json.loads(r.request.post_data or "{}"))
                )
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("pageerror", lambda e: errors.append(str(e)))
    url = f"{served['base']}/datasets/{served['dataset']}/findings/orphan_actions"
    page.goto(url)
    box = page.locator('.suggestions[data-subject="S3-A7"]')
    assert box.count() == 1
    items = box.locator(".suggestion")
    assert items.count() == 3
    first = items.nth(0)
    # "Omvärldsanalys för smart specialisering": the S3 goal whose RUS goal speaks of smart specialisation.
    assert first.get_attribute("data-candidate") == "S3-1"
    assert "samma plan" in first.inner_text() and "specialisering" in first.inner_text()
    (ROOT / "screenshots").mkdir(exist_ok=True)
    page.screenshot(path=str(ROOT / "screenshots" / "suggestions.png"), full_page=False)

    # Rejecting hides the candidate, also after a reload.
    second = items.nth(1)
    rejected = second.get_attribute("data-candidate")
    second.locator(".suggest-reject").click()
    assert second.is_hidden()
    page.reload()
    again = page.locator(f'.suggestions[data-subject="S3-A7"] .suggestion[data-candidate="{rejected}"]')
    assert again.is_hidden()

    # Accepting sends one change in the contract's shape, with the token typed on the page.
    page.fill("#suggest-token", TOKEN)
    page.locator('.suggestions[data-subject="S3-A7"] .suggestion').nth(0).locator(".suggest-accept").click()
    status = page.locator('.suggestions[data-subject="S3-A7"] .suggestion').nth(0).locator(".suggest-status")
    page.wait_for_function(
        "(el) => el.textContent && !el.textContent.endsWith('…')", arg=status.element_handle(), timeout=30000
    )
    context.close()
    assert outside == [] and errors == []
    assert len(posted) == 1
    target, auth, body = posted[0]
    assert target.endswith(f"/api/datasets/{served['dataset']}/changes")
    assert auth == f"Bearer {TOKEN}"
    assert body["changes"] == [
        {
            "op": "add",
            "table": "links",
            "row": {
                "from": "S3-A7",
                "type": "contributes_to",
                "to": "S3-1",
                "score": 1,
                "rationale": body["changes"][0]["row"]["rationale"],
                "source": body["changes"][0]["row"]["source"],
            },
        }
    ]
    assert body["changes"][0]["row"]["rationale"] and body["by"] and body["why"].startswith("Godtaget förslag")


def test_read_a_document_review_and_accept_as_one_change(browser, served, tmp_path) -> None:
    from tests.data import plan_document

    docx = plan_document.write_docx(tmp_path / "handlingsplan.docx")
    outside, errors, posted = [], [], []
    context = browser.new_context(viewport={"width": 1400, "height": 900})

    def route(r):
        if r.request.url.startswith(f"{served['base']}/"):
            if r.request.method == "POST" and r.request.url.endswith("/changes"):
                posted.append(json.loads(r.request.post_data or "{}"))
            r.continue_()
        else:
            outside.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{served['base']}/datasets/{served['dataset']}/documents", timeout=120000)
    page.set_input_files("#doc-file", str(docx))
    page.fill("#doc-id", "HKP")
    page.fill("#doc-token", TOKEN)
    page.click('#doc-form button[type="submit"]')
    page.wait_for_selector("#doc-rows:not([hidden])", timeout=60000)
    rows = page.locator("#doc-rows tbody tr")
    assert "Hittade" in page.inner_text("#doc-status")
    text = page.inner_text("#doc-rows")
    assert "Fler fullföljer gymnasieskolan" not in text  # names sit in inputs, checked below
    names = page.eval_on_selector_all("#doc-rows .doc-name", "els => els.map(e => e.value)")
    assert "Fler fullföljer gymnasieskolan" in names and "Branschråd för vård och omsorg" in names
    assert "handlingsplan.docx, s. 2" in text and "målområde" in text and "contributes_to" not in text
    (ROOT / "screenshots").mkdir(exist_ok=True)
    page.screenshot(path=str(ROOT / "screenshots" / "documents.png"), full_page=False)
    total = rows.count()
    # Correct one goal's name and leave one action out.
    goal_row = page.locator("#doc-rows tbody tr", has=page.locator('td:text-is("HKP-2")'))
    goal_row.locator(".doc-name").fill("Fler elever fullföljer gymnasiet")
    action_row = page.locator("#doc-rows tbody tr", has=page.locator('td:text-is("HKP-A4")'))
    action_row.locator(".doc-take").uncheck()
    page.click("#doc-accept")
    page.wait_for_function(
        "() => !document.getElementById('doc-status').textContent.startsWith('Hittade')", timeout=30000
    )
    context.close()
    assert outside == [] and errors == []
    assert len(posted) == 1
    changes = posted[0]["changes"]
    # HKP-A4 is left out with its two links (responsible actor, contributes_to).
    assert len(changes) == total - 3
    assert not any("HKP-A4" in (c["row"].get("from"), c["row"].get("to")) for c in changes)
    assert all(c["op"] == "add" for c in changes)
    assert {
        "op": "add",
        "table": "goals",
        "row": {
            "id": "HKP-2",
            "strategy": "HKP",
            "name": "Fler elever fullföljer gymnasiet",
            "level": "goal",
            "parent": "HKP-MO1",
            "description": "Avhoppen ska minska i alla kommuner.",
            "source": "handlingsplan.docx, s. 2",
        },
    } in changes
    assert not any(c["row"].get("id") == "HKP-A4" for c in changes)
    assert posted[0]["why"] == "Inläst ur handlingsplan.docx"


def test_ingest_api_needs_the_token_and_refuses_in_swedish(served, tmp_path) -> None:
    import httpx

    docx = __import__("tests.data.plan_document", fromlist=["write_docx"]).write_docx(tmp_path / "plan.docx")
    url = f"{served['base']}/api/datasets/{served['dataset']}/ingest"
    with docx.open("rb") as handle:
        assert httpx.post(url, files={"file": ("plan.docx", handle)}, timeout=120).status_code == 401
    with docx.open("rb") as handle:
        answer = httpx.post(
            url,
            files={"file": ("plan.docx", handle)},
            data={"strategy_id": "HKP"},
            headers={"Authorization": f"Bearer {TOKEN}"},
            timeout=120,
        )
    assert answer.status_code == 200
    tables = {c["table"] for c in answer.json()["changes"]}
    assert tables == {"strategies", "goals", "actions", "indicators", "links"}
    refused = httpx.post(
        url,
        files={"file": ("gammal.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64)},
        headers={"Authorization": f"Bearer {TOKEN}"},
        timeout=120,
    )
    assert refused.status_code == 422
    assert "äldre Word-dokument" in json.dumps(refused.json(), ensure_ascii=False)
