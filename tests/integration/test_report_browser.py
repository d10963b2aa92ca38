"""The demo's report in a real browser: headless chromium with the network cut off, then printed to PDF.

Checks what an evaluator gets: every RUS goal named on screen and in the PDF text, A4 pages, nothing
wider than the printed page, and not one request to another host. The first pages are saved as PNGs
in `screenshots/` for a person to look at.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from graph.content_read import read_content
from importers.demo import load_demo
from tests.support.browser import ARGS, CHROMIUM
from tests.support.report_data import report_of

ROOT = Path(__file__).resolve().parents[2]
A4_POINTS = (595.0, 842.0)

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def demo_report(db, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    """The demo's report written to a file, and the names of the demo's RUS goals."""
    name = f"t-demo-{uuid.uuid4().hex[:8]}"
    load_demo(db, name)
    content = read_content(db, name)
    rus = next(s.id for s in content.strategies if s.kind == "rus")
    goals = [g.name for g in content.goals if g.strategy == rus]
    path = tmp_path_factory.mktemp("report") / "rapport.html"
    path.write_bytes(report_of(db, name, "html"))
    return path, goals


def _flat(text: str) -> str:
    """Text without whitespace, so a name the PDF wraps over two lines still matches."""
    return re.sub(r"\s+", "", text)


def test_report_browser_renders_demo_offline(browser, demo_report: tuple[Path, list[str]]) -> None:
    path, goals = demo_report
    attempted: list[str] = []

    def guard(route, request) -> None:
        url = request.url
        if url.startswith("file://") or re.match(r"^https?://127\.0\.0\.1[:/]", url):
            route.continue_()
        else:
            attempted.append(url)
            route.abort()

    page = browser.new_page(viewport={"width": 688, "height": 1000})  # A4 less margins, at 96 dpi
    try:
        page.route("**/*", guard)
        page.goto(path.as_uri(), wait_until="load")
        page.emulate_media(media="print")
        shown = page.inner_text("body")
        overflow = page.evaluate("""() => {
            const width = document.documentElement.clientWidth;
            return [...document.querySelectorAll('table, svg, h1, h2, h3, p')]
                .filter(e => e.getBoundingClientRect().right > width + 1).length;
        }""")
        svgs = page.locator("figure svg").count()
        scripts = page.locator("script").count()
    finally:
        page.close()
    assert attempted == []
    assert scripts == 0 and svgs >= 10
    missing = [g for g in goals if _flat(g) not in _flat(shown)]
    assert not missing, f"RUS goals not shown: {missing}"
    assert overflow == 0
    assert "Exempeldata – illustrativt" in shown.split("Sammanfattning")[0]


def test_report_browser_prints_to_a4_pdf_with_every_goal(demo_report: tuple[Path, list[str]], tmp_path: Path) -> None:
    path, goals = demo_report
    for tool in ("pdftotext", "pdfinfo", "pdftoppm"):
        assert shutil.which(tool), f"{tool} is missing: apt-get install poppler-utils"
    pdf = tmp_path / "out.pdf"
    subprocess.run(
        [CHROMIUM, "--headless", *ARGS, f"--print-to-pdf={pdf}", path.as_uri()],
        check=True,
        capture_output=True,
        timeout=180,
    )
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages > 3
    sizes = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", str(pages), str(pdf)], capture_output=True, text=True, check=True
    ).stdout
    found = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", sizes)
    assert len(found) == pages
    assert all(abs(float(w) - A4_POINTS[0]) < 2 and abs(float(h) - A4_POINTS[1]) < 2 for w, h in found)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    missing = [g for g in goals if _flat(g) not in _flat(text)]
    assert not missing, f"RUS goals missing in the PDF: {missing}"
    assert "Bilaga: metod" in text and "Källa: Kolada" in text  # the demo has Kolada indicators
    shots = ROOT / "screenshots"
    shots.mkdir(exist_ok=True)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "50", "-f", "1", "-l", "4", str(pdf), str(shots / "report")], check=True, timeout=120
    )
    assert (shots / "report-01.png").exists() or (shots / "report-1.png").exists()
