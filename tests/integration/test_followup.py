"""The follow-up: the page, the scorecard and both reports agree on every action's status and indicator trend;
filters and periods; the "Hämta från Kolada" job against a local Kolada v3 server."""

from __future__ import annotations

import io
import re
import time
from collections import defaultdict

import pytest
from fastapi.testclient import TestClient
from openpyxl import load_workbook
from pydantic import SecretStr

from app.main import create_app
from graph.analyses import run_analysis
from graph.analyses.linkage import INACTIVE_STATUSES
from graph.progress import current_status
from graph.reference import municipalities_of_county
from graph.report_input import collect
from importers.demo import load_demo
from importers.export import read_content
from tests.support.kolada_server import KoladaServer, KoladaV3
from viz.report import report_bytes as render_report

TOKEN = "fu-token"
ACTION = re.compile(r'data-action="([^"]+)" data-status="([^"]+)" data-light="([^"]+)"')
TREND = re.compile(r'data-indicator="([^"]+)" data-trend="([^"]+)"')


@pytest.fixture(scope="module")
def demo(db) -> str:
    name = "t-followup-demo"
    load_demo(db, name)
    return name


@pytest.fixture(scope="module")
def client(app_settings, db):
    settings = app_settings.model_copy(update={"ruslink_token": SecretStr(TOKEN)})
    with TestClient(create_app(settings, db=db)) as c:
        yield c


def _page_rows(html: str) -> dict[str, dict]:
    rows = {}
    table = html.split('<table class="data fu-table">', 1)[1]
    for part in table.split('<tr id="goal-')[1:]:
        goal, body = part.split('"', 1)
        rows[goal] = {
            "actions": {a: (s, light) for a, s, light in ACTION.findall(body)},
            "trends": dict(TREND.findall(body)),
        }
    return rows


def test_page_scorecard_and_reports_agree_on_status_and_trend(db, demo, client) -> None:
    page = client.get(f"/datasets/{demo}/followup")
    assert page.status_code == 200
    assert "Exempeldata – illustrativt" in page.text
    rows = _page_rows(page.text)
    cards = {f.subject: f for f in run_analysis(db, demo, "contribution").findings}
    assert rows and set(rows) <= set(cards)
    content = read_content(db, demo)
    reports = defaultdict(list)
    for p in content.progress:
        reports[p.action].append({"period": p.period, "status": p.status})
    own = {a.id: a.status for a in content.actions}
    for goal, row in rows.items():
        card = cards[goal]
        assert len(row["actions"]) == card.actions, goal
        active = sum(1 for s, _ in row["actions"].values() if s not in INACTIVE_STATUSES)
        assert active == card.active_actions, goal
        for action, (status, _) in row["actions"].items():
            assert status == (current_status(own[action], reports[action]) or "none"), action
        assert row["trends"] == {i["id"]: i["trend"] for i in card.model_extra["indicators"]}, goal
    # a status that comes only from the reports: the action's own column is empty
    assert own["S3-A1"] is None and own["KOMP-A7"] == "paused"
    assert {r["actions"]["S3-A1"][0] for r in rows.values() if "S3-A1" in r["actions"]} == {"ongoing"}
    assert {r["actions"]["KOMP-A7"] for r in rows.values() if "KOMP-A7" in r["actions"]} == {("paused", "stopped")}

    html = report_bytes(db, demo, "html").decode("utf-8")
    section = html.split('<section id="followup">', 1)[1].split("</section>", 1)[0]
    for goal, row in rows.items():
        if not row["actions"] and not row["trends"]:
            continue
        article = section.split(f'id="fu-{goal}"', 1)[1].split("</article>", 1)[0]
        statuses = dict(re.findall(r'data-action="([^"]+)" data-status="([^"]+)"', article))
        assert statuses == {a: s for a, (s, _) in row["actions"].items()}, goal
        assert dict(TREND.findall(article)) == row["trends"], goal

    book = load_workbook(io.BytesIO(report_bytes(db, demo, "xlsx")))
    sheet = book["Lägesrapporter"]
    header = [c.value for c in sheet[1]]
    by_goal = defaultdict(dict)
    for values in sheet.iter_rows(min_row=2, values_only=True):
        rec = dict(zip(header, values, strict=True))
        by_goal[rec["RUS-mål"]][rec["Insats"]] = rec["Status"]
    names = {
        "planned": "planerad",
        "ongoing": "pågående",
        "completed": "avslutad",
        "paused": "pausad",
        "cancelled": "avbruten",
        "none": "utan status",
    }
    for goal, row in rows.items():
        assert by_goal.get(goal, {}) == {a: names[s] for a, (s, _) in row["actions"].items()}, goal
    matrix = book["Uppföljning"]
    assert [c.value for c in matrix[1]][2:] == ["Period", "i rätt riktning", "risk", "stoppad"]


def test_period_filter_shows_the_earlier_status_and_what_changed(demo, client) -> None:
    now = client.get(f"/datasets/{demo}/followup").text
    then = client.get(f"/datasets/{demo}/followup?period=2024").text
    assert "Period 2025H1 (jämfört med 2024)" in now
    status_now = {a: s for row in _page_rows(now).values() for a, (s, _) in row["actions"].items()}
    status_then = {a: s for row in _page_rows(then).values() for a, (s, _) in row["actions"].items()}
    assert status_now["KOMP-A7"] == "paused" and status_then["KOMP-A7"] == "ongoing"
    assert "KOMP-A7 Lärcentra i inlandet: pågående → pausad" in now
    assert "KOMP-A7 Lärcentra i inlandet: pågående → pausad" not in then


def test_plan_and_actor_filters_keep_only_their_actions(db, demo, client) -> None:
    content = read_content(db, demo)
    plan_of = {a.id: a.strategy for a in content.actions}
    html = client.get(f"/datasets/{demo}/followup?plan=KOMP").text
    shown = {a for row in _page_rows(html).values() for a in row["actions"]}
    assert shown and all(plan_of[a] == "KOMP" for a in shown)
    leads = {
        link.to
        for link in content.links
        if link.from_ == "MIUN" and link.type in ("responsible_for", "participates_in")
    }
    html = client.get(f"/datasets/{demo}/followup?actor=MIUN").text
    shown = {a for row in _page_rows(html).values() for a in row["actions"]}
    assert shown and shown <= leads


def test_page_answers_in_english_without_raw_codes(demo, client) -> None:
    html = client.get(f"/datasets/{demo}/followup?lang=en").text
    assert "Follow-up" in html and "on track" in html and "Per municipality and gender" in html
    sv = client.get(f"/datasets/{demo}/followup?lang=sv").text
    visible = re.sub(r"<[^>]+>", " ", sv)
    for code in ("ongoing", "on_track", "at_risk", "no_data", "cancelled"):
        assert code not in visible, code


def test_kolada_button_job_fetches_with_progress(db, dataset_name, client, monkeypatch) -> None:
    from graph import store
    from tests.support.kolada import fetch_dataset

    store.replace_dataset(db, dataset_name, fetch_dataset())
    refused = client.post(f"/api/datasets/{dataset_name}/kolada/fetch")
    assert refused.status_code == 401
    areas = ["0022", *municipalities_of_county("22")]
    data = KoladaV3(areas, fail_once=None)
    with KoladaServer(data) as server:
        monkeypatch.setenv("KOLADA_BASE_URL", server.base)
        started = client.post(
            f"/api/datasets/{dataset_name}/kolada/fetch", headers={"Authorization": f"Bearer {TOKEN}"}
        )
        assert started.status_code == 202
        poll = started.json()["poll"]
        state = {}
        for _ in range(600):
            state = client.get(poll).json()
            if state["state"] != "running":
                break
            time.sleep(0.2)
    assert state["state"] == "done", state
    assert state["done"] == state["total"] and state["total"] >= 2
    stored = [o for o in read_content(db, dataset_name).observations if o.source == "kolada"]
    assert len(stored) == len(data.served) and any("POP (N01951)" in line for line in state["lines"])
    page = client.get(f"/datasets/{dataset_name}/followup").text
    assert 'id="kolada-form"' in page


def report_bytes(db, dataset: str, fmt: str, *, compare: str | None = None) -> bytes:
    """The report as the CLI and the route make it: read by graph.report_input, rendered by viz."""
    return render_report(collect(db, dataset, compare=compare), fmt)


def test_report_compare_shows_which_actions_moved(db, demo, dataset_name) -> None:
    from graph import store

    content = read_content(db, demo)
    actions = [a.model_copy(update={"status": None}) if a.id == "KOMP-A7" else a for a in content.actions]
    earlier = content.model_copy(
        update={"progress": [p for p in content.progress if p.period == "2024"], "actions": actions}
    )
    store.replace_dataset(db, dataset_name, earlier)
    html = report_bytes(db, demo, "html", compare=dataset_name).decode("utf-8")
    moved = dict(re.findall(r'<tr data-moved="([^"]+)"><td>[^<]*</td><td>(.*?)</td>', html))
    assert "KOMP-A7" in moved and "pågående" in moved["KOMP-A7"]
    assert "Uppföljning: vad som har rört sig sedan" in html
    book = load_workbook(io.BytesIO(report_bytes(db, demo, "xlsx", compare=dataset_name)))
    rows = list(book["Statusändringar"].iter_rows(min_row=2, values_only=True))
    assert ("KOMP-A7", "Lärcentra i inlandet", "pågående", "pausad") in rows
