"""The evaluator's report: HTML and XLSX content, escaping, --compare, the CLI command and the HTTP page."""

from __future__ import annotations

import io
import uuid
from html.parser import HTMLParser
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from app.main import create_app
from graph.analyses import ANALYSIS_NAMES
from graph.i18n import t
from tests.support.cli import run
from tests.support.report_data import AT_ACTOR, FORMULA_ACTION, SCRIPT_GOAL, load_hostile, report_of


@pytest.fixture(scope="module")
def hostile(db) -> str:
    return load_hostile(db, f"t-{uuid.uuid4().hex[:10]}")


@pytest.fixture(scope="module")
def previous(db) -> str:
    return load_hostile(db, f"t-{uuid.uuid4().hex[:10]}", previous=True)


class _Tags(HTMLParser):
    """Collects the tags and the text of an HTML document as a browser's parser sees them."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []
        self.sources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append(tag)
        self.sources += [v for k, v in attrs if k in ("src", "href") and v]

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


def test_report_html_names_goals_and_keeps_hostile_text_inert(db, hostile: str) -> None:
    html = report_of(db, hostile, "html").decode("utf-8")
    parsed = _parse(html)
    assert "script" not in parsed.tags and "b" not in parsed.tags  # markup in names stays text
    text = "".join(parsed.text)
    for name in ("Stark plats", SCRIPT_GOAL, "Minskade utsläpp"):
        assert name in text
    assert FORMULA_ACTION in text and AT_ACTOR in text
    assert "Exempeldata" in text.split("Sammanfattning")[0]  # said at the top
    assert parsed.sources == []  # nothing from other hosts
    assert "@page" in html and "size: A4" in html


def test_report_html_scorecard_shows_indicator_values_and_trend(db, hostile: str) -> None:
    text = "".join(_parse(report_of(db, hostile, "html").decode("utf-8")).text)
    goal = text.split(SCRIPT_GOAL + " (RUS-1.1")[1].split("Minskade utsläpp (RUS-1.2")[0]
    assert "Sysselsättningsgrad" in goal
    assert "70 (2020)" in goal and "80 (2030)" in goal and "75,5 (2024)" in goal
    assert "går åt rätt håll" in goal
    assert "Målkonflikter" in goal and "motverkande" in text  # the −2 interaction touches it
    assert "1 / 1" in goal  # active / all actions
    assert "Källa: Kolada" in text


def test_report_html_in_english(db, hostile: str) -> None:
    text = "".join(_parse(report_of(db, hostile, "html", lang="en").decode("utf-8")).text)
    assert "Summary" in text and "Chain completeness" in text and "Illustrative data" in text
    assert "Sammanfattning" not in text


def test_report_xlsx_has_scorecard_and_a_sheet_per_analysis(db, hostile: str) -> None:
    book = load_workbook(io.BytesIO(report_of(db, hostile, "xlsx")))
    assert book.sheetnames[:2] == ["Bidragsanalys", "Indikatorer"]
    # one sheet per analysis, named in words, not the spec's codes
    assert {t(f"xlsx.sheet.{name}") for name in ANALYSIS_NAMES} <= set(book.sheetnames)
    assert not set(ANALYSIS_NAMES) & set(book.sheetnames)
    for sheet in book:
        assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref and sheet["A1"].value
    card = book["Bidragsanalys"]
    headers = [c.value for c in card[1]]
    assert headers[:6] == ["Id", "Namn", "Nivå", "Målområde", "Insatser", "Aktiva insatser"]
    rows = {r[0]: r for r in card.iter_rows(min_row=2, values_only=True)}
    assert set(rows) == {"RUS-1", "RUS-1.1", "RUS-1.2"}
    assert rows["RUS-1.1"][1] == SCRIPT_GOAL and rows["RUS-1.1"][4] == 1
    assert rows["RUS-1.1"][headers.index("Kedjans fullständighet")] == 1.0
    orphans = [r for r in book["Insatser utan koppling"].iter_rows(min_row=2, values_only=True)]
    assert [(r[1], r[3]) for r in orphans] == [("unlinked", "A3")]
    values = [v for sheet in book for row in sheet.iter_rows(values_only=True) for v in row if isinstance(v, str)]
    assert not any(v.startswith(("=", "+", "-", "@")) for v in values)
    assert "'" + FORMULA_ACTION in values


def test_report_compare_lists_new_and_resolved_findings_and_indicator_movement(db, hostile: str, previous: str) -> None:
    book = load_workbook(io.BytesIO(report_of(db, hostile, "xlsx", compare=previous)))
    changes = list(book["Förändringar"].iter_rows(min_row=2, values_only=True))
    orphan_changes = {(r[1], r[3]) for r in changes if r[0] == "Insatser utan koppling till RUS"}
    assert orphan_changes == {("ny", "A3"), ("löst", "A9")}
    movement = {r[0]: r for r in book["Indikatorutveckling"].iter_rows(min_row=2, values_only=True)}
    assert movement["I1"][3] == "72 (2023)" and movement["I1"][4] == "75,5 (2024)"
    assert movement["I1"][5] == pytest.approx(3.5)
    text = "".join(_parse(report_of(db, hostile, "html", compare=previous).decode("utf-8")).text)
    assert f"Förändringar sedan {previous}" in text and "Gammal insats" in text


def test_report_cli_writes_html_and_xlsx_and_refuses_other_files(hostile: str, cli_env: dict, tmp_path: Path) -> None:
    html = tmp_path / "rapport.html"
    result = run(cli_env, "report", "--dataset", hostile, "--to", str(html))
    assert result.returncode == 0, result.stderr
    assert "Stark plats" in html.read_text(encoding="utf-8")
    xlsx = tmp_path / "rapport.xlsx"
    assert run(cli_env, "report", "--dataset", hostile, "--to", str(xlsx), "--lang", "en").returncode == 0
    assert load_workbook(xlsx).sheetnames[0] == "Scorecard"
    refused = run(cli_env, "report", "--dataset", hostile, "--to", str(tmp_path / "r.pdf"))
    assert refused.returncode == 1 and ".html eller .xlsx" in refused.stderr
    missing = run(cli_env, "report", "--dataset", "finns-inte", "--to", str(html))
    assert missing.returncode == 1 and "finns inte" in missing.stderr


def test_report_http_page_is_html_and_follows_lang(db, hostile: str, app_settings) -> None:
    with TestClient(create_app(app_settings)) as client:
        page = client.get(f"/datasets/{hostile}/report")
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        assert "Sammanfattning" in page.text and "&lt;script&gt;" in page.text
        assert "Summary" in client.get(f"/datasets/{hostile}/report", params={"lang": "en"}).text
        missing = client.get("/datasets/finns-inte/report")
        assert missing.status_code == 404 and missing.json()["error"]["code"] == "dataset_not_found"


def test_report_of_a_bare_rus_still_renders(db, dataset_name: str) -> None:
    from graph import store
    from importers.model import DatasetContent

    store.replace_dataset(
        db,
        dataset_name,
        DatasetContent.model_validate(
            {
                "strategies": [{"id": "RUS", "name": "Tom strategi", "kind": "rus"}],
                "goals": [{"id": "G1", "strategy": "RUS", "name": "Ensamt mål"}],
            }
        ),
    )
    text = "".join(_parse(report_of(db, dataset_name, "html").decode("utf-8")).text)
    assert "Ensamt mål" in text and "Ingen insats når målet." in text and "Exempeldata" not in text
    book = load_workbook(io.BytesIO(report_of(db, dataset_name, "xlsx")))
    assert [r[0] for r in book["Bidragsanalys"].iter_rows(min_row=2, values_only=True)] == ["G1"]
    assert book["Insatser utan koppling"].max_row == 1 and book["Insatser utan koppling"].auto_filter.ref == "A1:H1"
