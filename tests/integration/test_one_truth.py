"""Every view shows what the analyses found: the same trend, the same chain paths and the same goal-area
figures in the indicators page, the goal page, the CLI, the JSON API, the HTML report and the XLSX report,
for the demo and for an illustrative Värmland dataset built from the template (tests/data/varmland.json)."""

from __future__ import annotations

import html as htmllib
import io
import json
import re
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook

from app.main import create_app
from graph.analyses import run_analysis
from graph.i18n import t
from importers.demo import load_demo
from importers.export import read_content
from importers.load import read_dataset, write_dataset
from tests.support.cli import run
from tests.support.report_data import report_of, ruslink_env

VARMLAND = Path(__file__).resolve().parents[1] / "data" / "varmland.json"
DATASETS = ("truth-demo", "truth-varmland")


@pytest.fixture(scope="module")
def loaded(db) -> tuple[str, ...]:
    load_demo(db, DATASETS[0])
    write_dataset(db, DATASETS[1], read_dataset(VARMLAND, illustrative=True), source="varmland.json")
    return DATASETS


@pytest.fixture(scope="module")
def client(app_settings, loaded):
    with TestClient(create_app(app_settings)) as c:
        yield c


@pytest.fixture
def cli_env(neo4j_server) -> dict:
    return ruslink_env(neo4j_server)


def _truth(db, dataset: str) -> dict:
    """What the analyses say: scorecards per RUS goal, trend per indicator, path per (goal, action)."""
    cards = {f.subject: f for f in run_analysis(db, dataset, "contribution").findings}
    trends = {i["id"]: i["trend"] for f in cards.values() for i in f.model_extra["indicators"]}
    chains = {
        (f.subject, f.model_extra["action"]): list(f.related) for f in run_analysis(db, dataset, "chains").findings
    }
    content = read_content(db, dataset)
    names = {
        row.id: row.name
        for table in ("strategies", "goals", "actions", "indicators", "actors")
        for row in getattr(content, table)
    }
    return {"cards": cards, "trends": trends, "chains": chains, "names": names}


def _text(fragment: str) -> str:
    return htmllib.unescape(re.sub(r"<[^>]+>", "", fragment)).strip()


@pytest.mark.parametrize("dataset", DATASETS)
def test_every_view_shows_the_analysis_trend(db, client, loaded, dataset: str) -> None:
    truth = _truth(db, dataset)
    page = client.get(f"/datasets/{dataset}/indicators").text
    shown = {
        _text(name): trend
        for name, trend in re.findall(
            r'<figcaption[^>]*><strong>(.*?)</strong>.*?class="trend-word trend-(\w+)"', page, re.S
        )
    }
    report = report_of(db, dataset, "html").decode("utf-8")
    in_report = {
        (_text(name), trend)
        for name, trend in re.findall(
            r"<tr><td>([^<]*)</td><td>[^<]*</td>(?:<td[^>]*>[^<]*</td>){3}<td class=\"trend-(\w+)\">", report
        )
    }
    book = load_workbook(io.BytesIO(report_of(db, dataset, "xlsx")))
    trend_cells = " | ".join(str(r[9]) for r in book["Bidragsanalys"].iter_rows(min_row=2, values_only=True))
    assert truth["trends"]
    for indicator, trend in truth["trends"].items():
        name = truth["names"][indicator]
        assert shown[name] == trend, (dataset, name)
        assert (name, trend) in in_report, (dataset, name)
        assert f"{name}: {t('trend.' + trend)}" in trend_cells, (dataset, name)


def test_the_varmland_employment_rate_reads_the_same_everywhere(db, client, loaded) -> None:
    # 78,2 → 78,9 → 79,6 → 80,1: the last change (+0,5, 0,6 %) is beyond the half per cent that reads as flat;
    # the population (+310 of 283 196) is within it.
    truth = _truth(db, DATASETS[1])
    assert (truth["trends"]["I-02"], truth["trends"]["I-01"]) == ("improving", "flat")
    page = client.get(f"/datasets/{DATASETS[1]}/indicators").text
    figure = page[page.index("Förvärvsarbetande invånare 20–64 år") :]
    assert 'class="trend-word trend-improving">går åt rätt håll<' in figure[:600]
    assert "en förändring inom 0,5 % av föregående värde räknas som oförändrad" in page


@pytest.mark.parametrize("dataset", DATASETS)
def test_goal_page_and_reports_show_the_analysis_chains_and_counts(db, client, loaded, dataset: str) -> None:
    truth = _truth(db, dataset)
    names = truth["names"]
    book = load_workbook(io.BytesIO(report_of(db, dataset, "xlsx")))
    sheet = {r[0]: r for r in book["Bidragsanalys"].iter_rows(min_row=2, values_only=True)}
    chain_rows = {(r[3], r[5]) for r in book["Målkedjor"].iter_rows(min_row=2, values_only=True)}
    assert chain_rows == {(goal, ", ".join(path)) for (goal, _), path in truth["chains"].items()}
    report = report_of(db, dataset, "html").decode("utf-8")
    for goal, card in truth["cards"].items():
        extra = card.model_extra
        level = t(f"report.level.{extra['level']}")
        page = client.get(f"/datasets/{dataset}/goals/{goal}").text
        count = int(re.search(r'<span id="chain-count">(\d+)</span>', page).group(1))
        listed = [
            [_text(s) for s in re.findall(r'<span class="step">(.*?)</span>', li)]
            for li in re.findall(r"<li>(.*?)</li>", page[page.find('<ol class="chains">') :], re.S)
            if 'class="step"' in li
        ]
        assert count == extra["actions"] == len(listed), (dataset, goal)
        assert sorted(path[0] for path in listed) == sorted(names[a] for a in extra["reaching"]), (dataset, goal)
        for (chain_goal, _), path in truth["chains"].items():
            if chain_goal == goal:
                assert [names[step] for step in path] in listed, (dataset, goal, path)
        assert t(f"level.{extra['level']}") in page
        row = sheet[goal]
        assert (row[2], row[4], row[5]) == (level, extra["actions"], extra["active_actions"]), (dataset, goal)
        article = report[report.index(f'<article class="goal" id="goal-{goal}">') :]
        article = article[: article.index("</article>")]
        assert f"({goal}, {level})" in article
        assert f"<td>{extra['active_actions']} / {extra['actions']}</td>" in article, (dataset, goal)


def test_goal_areas_and_the_vision_count_the_actions_of_their_goals(db, loaded) -> None:
    cards = _truth(db, DATASETS[1])["cards"]
    figures = {
        g: (c.model_extra["level"], c.model_extra["actions"], c.model_extra["active_actions"]) for g, c in cards.items()
    }
    assert figures["RUS-V"] == ("vision", 9, 7)
    assert figures["RUS-1"] == ("goal_area", 3, 3) and figures["RUS-2"] == ("goal_area", 3, 2)
    assert figures["RUS-2.1"] == ("goal", 3, 2) and figures["RUS-2.1.1"] == ("target", 1, 1)
    assert cards["RUS-2"].explanation.startswith(
        "Målområdet ”Kompetens för framtidens arbetsliv”: bidragande insatser: 3 (aktiva: 2)"
    )
    en = {f.subject: f for f in run_analysis(db, DATASETS[1], "contribution", lang="en").findings}
    assert en["RUS-V"].explanation.startswith(
        "The vision “Ett hållbart och attraktivt Värmland där människor och "
        "företag växer”: contributing actions: 9 (active: 7)"
    )


def test_ties_between_chains_follow_the_analysis(db, loaded) -> None:
    chains = _truth(db, DATASETS[1])["chains"]
    # A-01 reaches RUS-1.1 directly (+2) and through S3-1 (+2, +3): equally strong, the shorter one is kept.
    assert chains[("RUS-1.1", "A-01")] == ["A-01", "RUS-1.1"]
    assert chains[("RUS-3.1", "A-04")] == ["A-04", "RTP-1", "RUS-3.1"]


@pytest.mark.parametrize("dataset", DATASETS)
def test_cli_and_json_api_give_the_analysis_output(db, client, loaded, cli_env, dataset: str) -> None:
    for name in ("contribution", "chains"):
        expected = run_analysis(db, dataset, name).model_dump(mode="json")
        api = client.get(f"/api/datasets/{dataset}/analyses/{name}").json()
        assert api["findings"] == expected["findings"]
        printed = run(cli_env, "analyse", name, "--dataset", dataset, "--format", "json")
        assert printed.returncode == 0, printed.stderr
        assert json.loads(printed.stdout)["findings"] == expected["findings"]
    table = run(cli_env, "analyse", "contribution", "--dataset", dataset).stdout
    for card in run_analysis(db, dataset, "contribution").findings:
        assert card.explanation in table
