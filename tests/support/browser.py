"""Driving Debian's chromium against a served app, with every host but 127.0.0.1 cut off."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from bench.browser import ARGS as ARGS
from bench.browser import CHROMIUM as BROWSER

ROOT = Path(__file__).resolve().parents[2]


SHOTS = ROOT / "screenshots"


ARTIFACTS = ROOT / "test-artifacts"


CHROMIUM = str(BROWSER)
"""Debian's chromium; ARGS: its switches (bench/browser.py, one list for the tests and the benchmark)."""


TOKEN = "ui-test-token"


class Watch:
    """What a page tried that it must not: requests to other hosts, script errors, dialogs, CSP violations."""

    def __init__(self) -> None:
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.csp: list[str] = []

    def check(self) -> None:
        assert self.outside == [], f"requests to other hosts: {self.outside}"
        assert self.dialogs == [], f"a script opened a dialog: {self.dialogs}"
        assert self.errors == [], f"script errors: {self.errors}"
        assert self.csp == [], f"Content-Security-Policy violations: {self.csp}"


def shot(pg, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=False)


def open_explorer(pg, served, dataset: str | None = None, query: str = "") -> None:
    pg.goto(f"{served['base']}/datasets/{dataset or served['small']}/explore{query}")
    pg.wait_for_selector('#network[data-ready="1"]', timeout=60000)
    pg.wait_for_selector('#network[data-findings="1"]', timeout=60000)  # the analyses' marks have arrived


def visible_ids(pg) -> set[str]:
    return set(pg.evaluate("() => window.ruslinkNetwork.body.data.nodes.getIds()"))


def diagram_ids(pg) -> set[str]:
    """The boxes a diagram page drew (its goal view is laid out for that goal alone)."""
    pg.wait_for_function("() => window.ruslinkGeometry && window.ruslinkGeometry() !== null", timeout=60000)
    return {n["id"] for n in pg.evaluate("() => window.ruslinkGeometry().nodes")}


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


@contextmanager
def watched_page(browser, **context_options) -> Iterator[Any]:
    """A page in a fresh browser context with every host but 127.0.0.1 cut off; its `watch` records what the
    page tried that it must not (`page.watch.check()` asserts there was nothing)."""
    context = browser.new_context(**context_options)
    watch = Watch()

    def route(r):
        url = r.request.url
        if url.startswith(("http://127.0.0.1:", "file://", "data:", "blob:")):
            r.continue_()
        else:
            watch.outside.append(url)
            r.abort()

    context.route("**/*", route)
    pg = context.new_page()
    pg.on("pageerror", lambda e: watch.errors.append(str(e)))
    pg.on("dialog", lambda d: (watch.dialogs.append(d.message), d.dismiss()))
    pg.on("console", lambda m: watch.csp.append(m.text) if "Content Security Policy" in m.text else None)
    pg.watch = watch
    try:
        yield pg
    finally:
        context.close()
