"""Suggested links beside orphan actions in the findings page, in Debian's headless chromium (127.0.0.1 only)."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn
from pydantic import SecretStr

from app.main import create_app
from importers.load import read_dataset, write_dataset

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "importers" / "demo" / "data"
CHROMIUM = "/usr/bin/chromium"
TOKEN = "suggest-test-token"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def served(db, app_settings) -> Iterator[dict]:
    name = "ui-suggest"
    write_dataset(db, name, read_dataset(DEMO))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = app_settings.model_copy(update={"ruslink_token": SecretStr(TOKEN)})
    server = uvicorn.Server(uvicorn.Config(create_app(settings, db=db), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(400):
        if server.started:
            break
        time.sleep(0.05)
    yield {"base": f"http://127.0.0.1:{port}", "dataset": name}
    server.should_exit = True
    thread.join(timeout=10)


def test_orphan_findings_show_candidates_and_accept_posts_one_change(served) -> None:
    from playwright.sync_api import sync_playwright

    outside, errors, posted = [], [], []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 900})

        def route(r):
            if r.request.url.startswith(f"{served['base']}/"):
                if r.request.method == "POST":
                    posted.append((r.request.url, r.request.headers.get("authorization"),
                                   json.loads(r.request.post_data or "{}")))
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
        assert first.get_attribute("data-candidate") == "S3-4"
        assert "samma plan" in first.inner_text()
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
        page.wait_for_function("(el) => el.textContent && !el.textContent.endsWith('…')", arg=status.element_handle(),
                               timeout=30000)
        context.close()
        browser.close()
    assert outside == [] and errors == []
    assert len(posted) == 1
    target, auth, body = posted[0]
    assert target.endswith(f"/api/datasets/{served['dataset']}/changes")
    assert auth == f"Bearer {TOKEN}"
    assert body["changes"] == [{"op": "add", "table": "links", "row": {
        "from": "S3-A7", "type": "contributes_to", "to": "S3-4", "score": 1,
        "rationale": body["changes"][0]["row"]["rationale"], "source": body["changes"][0]["row"]["source"]}}]
    assert body["changes"][0]["row"]["rationale"] and body["by"] and body["why"].startswith("Godtaget förslag")
