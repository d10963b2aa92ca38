"""The national overview (`/national`): the regions side by side, every figure taken from the analyses."""

from __future__ import annotations

import re
import uuid

import pytest

from app.main import create_app
from graph import national, store
from graph.analyses import run_analysis
from importers.synth import synthesize
from tests.support.browser import SHOTS, watched_page
from tests.support.serving import running


@pytest.fixture(scope="module")
def regions(db) -> list[str]:
    """Two copies of one synthetic region (every conflict of the one is shared with the other) and a
    region of another county."""
    tag = uuid.uuid4().hex[:6]
    names = [f"nat-{tag}-a", f"nat-{tag}-b", f"nat-{tag}-c"]
    same = synthesize(scale=0.5, county="22", seed=3)
    store.replace_dataset(db, names[0], same)
    store.replace_dataset(db, names[1], same)
    store.replace_dataset(db, names[2], synthesize(scale=0.5, county="17", seed=4))
    yield names
    for name in names:
        store.delete_dataset(db, name)


def _areas_of(db, dataset: str) -> dict[str, set[str]]:
    """RUS goal → the matrix columns it reaches, straight from the alignment findings."""
    out: dict[str, set[str]] = {}
    for f in run_analysis(db, dataset, "alignment").findings:
        if f.kind in ("national", "sdg"):
            out.setdefault(f.subject, set()).update(c for c in map(national.column_of, f.related) if c)
    return out


def test_matrix_counts_the_rus_goals_the_alignment_analysis_finds(db, regions) -> None:
    view = national.overview(db)
    shown = {r.dataset: r for r in view.regions}
    for name in regions:
        areas = _areas_of(db, name)
        for column in national.COLUMNS:
            expected = sum(1 for cols in areas.values() if column in cols)
            assert shown[name].cells.get(column, 0) == expected, (name, column)
        assert shown[name].unaligned == sum(
            1 for f in run_analysis(db, name, "alignment").findings if f.kind == "unaligned"
        )
    assert any(n > 0 for n in shown[regions[2]].cells.values())
    assert [c["id"] for c in view.columns] == list(national.COLUMNS)
    assert view.illustrative


def test_a_conflict_both_copies_have_is_shared_by_both(db, regions) -> None:
    view = national.overview(db)
    areas = _areas_of(db, regions[0])
    pairs = set()
    for f in run_analysis(db, regions[0], "conflicts").findings:
        if f.kind in national.CONFLICT_KINDS:
            first, second = (f.subject, f.related[0]) if f.kind == "declared" else (f.related[0], f.related[-1])
            pairs |= {frozenset((a, b)) for a in areas.get(first, ()) for b in areas.get(second, ()) if a != b}
    shared = {frozenset((s["a"]["id"], s["b"]["id"])): s["regions"] for s in view.shared_conflicts if "a" in s}
    assert pairs, "the synthetic region has goal conflicts between areas"
    listed = [p for p in pairs if p in shared]
    assert listed, "the first shown shared conflicts include the copies' own"
    for pair in listed:
        assert {regions[0], regions[1]} <= set(shared[pair])


def test_common_kolada_indicators_count_each_region_once(db, regions) -> None:
    view = national.overview(db)
    assert view.indicators
    for row in view.indicators:
        assert row["regions"] == len(row["datasets"]) >= 2
        assert re.fullmatch(r"[A-Z]\d{5}", row["kpi"])
    assert {regions[0], regions[1], regions[2]} <= set(view.indicators[0]["datasets"])


def test_start_page_links_to_the_overview_and_it_speaks_english_on_request(client, regions) -> None:
    start = client.get("/")
    assert 'href="/national"' in start.text and "Nationell översikt – alla regioner sida vid sida" in start.text
    page = client.get("/national")
    assert page.status_code == 200
    assert "RUS-mål mot den nationella strategin och Agenda 2030" in page.text
    assert "Exempeldata – illustrativt" in page.text
    for name in regions:
        assert f'<tr data-dataset="{name}">' in page.text
    only = client.get("/national", params={"prefix": regions[0][:-1]})
    assert only.text.count("<tr data-dataset=") == 3 and "Bara datamängder vars namn börjar med" in only.text
    english = client.get("/national?lang=en")
    assert "RUS goals against the national strategy and Agenda 2030" in english.text
    assert "Gemensamma" not in english.text


def test_national_page_at_1920x1080(browser, db, app_settings, regions) -> None:
    """The page as a projector shows it: the matrix, shared conflicts and common indicators, offline, with
    the illustrative marking; the cells show the overview's counts."""
    view = national.overview(db)
    with (
        running(create_app(app_settings, db=db)) as base,
        watched_page(browser, viewport={"width": 1920, "height": 1080}) as pg,
    ):
        pg.goto(f"{base}/national")
        pg.wait_for_selector("#national-matrix")
        assert pg.is_visible("p.illustrative")
        for region in (r for r in view.regions if r.dataset in regions):
            cells = pg.eval_on_selector_all(
                f'tr[data-dataset="{region.dataset}"] td.cell', "tds => tds.map(td => td.textContent.trim())"
            )
            assert [int(c or 0) for c in cells] == [region.cells.get(c, 0) for c in national.COLUMNS]
        box = pg.eval_on_selector("#national-matrix", "t => t.getBoundingClientRect().width")
        assert box <= 1920, "the matrix fits the width of the screen"
        assert pg.is_visible("#common-indicators")
        SHOTS.mkdir(exist_ok=True)
        pg.screenshot(path=str(SHOTS / "national.png"))
        pg.watch.check()
