"""Words a person reads: no raw codes or English in Swedish output, correct plurals, one catalogue per layer.

Each case pins the exact message a user sees, in Swedish and in English.
"""

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
from graph.analyses import ANALYSIS_NAMES
from importers.demo import load_demo
from importers.load import read_dataset, write_dataset
from tests.support.cli import run
from tests.support.report_data import report_of, ruslink_env
from tests.support.words import leaks

VARMLAND = Path(__file__).resolve().parents[1] / "data" / "varmland.json"
DEMO, VARM = "words-demo", "words-varmland"

"""Codes of the import format and the analyses that once leaked into Swedish text (whole words, as written)."""


@pytest.fixture
def cli_env(neo4j_server) -> dict:
    return ruslink_env(neo4j_server)


def visible(html: str) -> str:
    """The text a reader sees: no scripts, styles, tags or attributes."""
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    return htmllib.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)))


@pytest.fixture(scope="module")
def loaded(db) -> None:
    load_demo(db, DEMO)
    write_dataset(db, VARM, read_dataset(VARMLAND, illustrative=True), source="varmland.json")


@pytest.fixture(scope="module")
def client(app_settings, loaded):
    with TestClient(create_app(app_settings)) as c:
        yield c


@pytest.mark.parametrize("dataset", [DEMO, VARM])
def test_swedish_pages_hold_no_codes_or_english(client, dataset: str) -> None:
    base = f"/datasets/{dataset}"
    paths = [
        "/",
        base,
        f"{base}/indicators",
        f"{base}/coverage",
        f"{base}/interactions",
        f"{base}/goals/RUS-1",
        f"{base}/goals/RUS-V",
        f"{base}/goals/RUS-2.1",
        f"{base}/report",
        "/datasets/finns-inte",
    ]
    paths += [f"/datasets/{dataset}/findings/{name}" for name in ANALYSIS_NAMES]
    for path in paths:
        page = client.get(path, headers={"accept": "text/html"})
        assert leaks(visible(page.text)) == [], path


@pytest.mark.parametrize("dataset", [DEMO, VARM])
def test_swedish_xlsx_report_holds_no_codes_but_in_its_code_columns(db, loaded, dataset: str) -> None:
    book = load_workbook(io.BytesIO(report_of(db, dataset, "xlsx")))
    assert [s for s in book.sheetnames if leaks(s)] == []
    for sheet in book:
        header = [c.value for c in sheet[1]]
        keep = [i for i, h in enumerate(header) if h not in ("Typkod", "Id", "Gäller (id)", "Berör (id)")]
        for row in sheet.iter_rows(min_row=2, values_only=True):
            text = " | ".join(str(row[i]) for i in keep if row[i] is not None)
            assert leaks(text) == [], (sheet.title, text)


@pytest.mark.parametrize("dataset", [DEMO, VARM])
def test_swedish_cli_tables_hold_no_codes(loaded, cli_env, dataset: str) -> None:
    printed = run(cli_env, "analyse", "all", "--dataset", dataset)
    assert printed.returncode == 0, printed.stderr
    # the "relaterade" column lists ids; the words around them must be Swedish
    assert leaks(printed.stdout) == []
    assert "Bidragsanalys per mål – datamängd" in printed.stdout and "bidragsanalys" in printed.stdout


def test_dataset_not_found_lists_the_datasets_once(loaded, cli_env, client) -> None:
    sv = run(cli_env, "analyse", "chains", "--dataset", "finns-inte")
    en = run(cli_env, "analyse", "chains", "--dataset", "finns-inte", "--lang", "en")
    assert sv.returncode == en.returncode == 1
    assert re.fullmatch(r"ruslink: Datamängden 'finns-inte' finns inte\. Inlästa datamängder: [^\n]+\.\n", sv.stderr)
    assert re.fullmatch(r"ruslink: The dataset 'finns-inte' does not exist\. Loaded datasets: [^\n]+\.\n", en.stderr)
    assert f"{DEMO}, " in sv.stderr or f", {DEMO}" in sv.stderr
    page = visible(client.get("/datasets/finns-inte", headers={"accept": "text/html"}).text)
    assert page.count(VARM) == 1 and "Datamängden 'finns-inte' finns inte." in page
    page_en = visible(client.get("/datasets/finns-inte?lang=en", headers={"accept": "text/html"}).text)
    assert "The dataset 'finns-inte' does not exist." in page_en and page_en.count(VARM) == 1
    api = client.get("/api/datasets/finns-inte/analyses/chains", params={"lang": "en"}).json()["error"]
    assert api["message"].startswith("The dataset 'finns-inte' does not exist.") and VARM in api["details"]


def test_chain_explanation_counts_links_in_words(db, loaded) -> None:
    from graph.analyses import run_analysis

    sv = {(f.subject, f.model_extra["action"]): f.explanation for f in run_analysis(db, VARM, "chains").findings}
    en = {
        (f.subject, f.model_extra["action"]): f.explanation
        for f in run_analysis(db, VARM, "chains", lang="en").findings
    }
    assert sv[("RUS-1.1", "A-01")] == (
        "Insatsen ”Innovationscheckar till små företag” når RUS-målet ”Fler nya och "
        "växande företag” via 1 koppling; svagaste länken är +2 (förstärkande)."
    )
    assert en[("RUS-1.1", "A-01")] == (
        "The action “Innovationscheckar till små företag” reaches the RUS goal “Fler "
        "nya och växande företag” through 1 link; the weakest link is +2 (reinforcing)."
    )
    assert "via 2 kopplingar;" in sv[("RUS-1.1", "A-02")] and "through 2 links;" in en[("RUS-1.1", "A-02")]


def test_import_summary_and_refusal_in_words(cli_env, dataset_name, tmp_path) -> None:
    one = tmp_path / "en.json"
    tables = {
        "strategies": [{"id": "RUS", "name": "RUS", "kind": "rus"}],
        "goals": [{"id": "G1", "strategy": "RUS", "name": "Mål"}],
    }
    tables |= {table: [] for table in ("actions", "indicators", "observations", "actors", "links")}
    one.write_text(json.dumps(tables), encoding="utf-8")
    done = run(cli_env, "import", str(one), "--dataset", dataset_name)
    assert done.stdout.strip() == (
        f"Datamängden '{dataset_name}' är inläst: 1 strategi, 1 mål, 0 insatser, "
        "0 indikatorer, 0 mätvärden, 0 aktörer, 0 kopplingar, 0 lägesrapporter."
    )
    done_en = run(cli_env, "import", str(one), "--dataset", dataset_name, "--lang", "en")
    assert done_en.stdout.strip() == (
        f"Dataset '{dataset_name}' imported: 1 strategy, 1 goal, 0 actions, "
        "0 indicators, 0 observations, 0 actors, 0 links, 0 progress reports."
    )
    bad = tmp_path / "trasig.json"
    bad.write_text('{"strategies": [}', encoding="utf-8")
    sv = run(cli_env, "import", str(bad), "--dataset", dataset_name)
    en = run(cli_env, "import", str(bad), "--dataset", dataset_name, "--lang", "en")
    assert sv.stderr.splitlines()[:2] == [
        "ruslink: Importen avbröts: 1 problem hittades. Inget har ändrats i databasen.",
        "  trasig.json: filen är ingen giltig JSON (fel på rad 1, kolumn 17)",
    ]
    assert en.stderr.splitlines()[:2] == [
        "ruslink: Import refused: 1 problem found. Nothing was changed in the database.",
        "  trasig.json: the file is not valid JSON (error at line 1, column 17)",
    ]
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{"strategies": [{"id": "\x81\x8d"}]}')
    assert (
        "texten är varken UTF-8 eller Windows-1252"
        in run(cli_env, "import", str(latin), "--dataset", dataset_name).stderr
    )


def test_kolada_file_errors_are_explained_in_the_users_language(loaded, cli_env, tmp_path) -> None:
    answer = tmp_path / "kolada.json"
    answer.write_text(json.dumps({"values": [{"municipality": "0017", "period": 2023}]}), encoding="utf-8")
    sv = run(cli_env, "import-kolada", str(answer), "--dataset", VARM)
    en = run(cli_env, "import-kolada", str(answer), "--dataset", VARM, "--lang", "en")
    assert sv.stderr.strip() == "ruslink: kolada.json: ingen läsbar Kolada-fil (ett värde i svaret saknar ”kpi”)"
    assert en.stderr.strip() == (
        "ruslink: kolada.json: not a readable Kolada file (an entry of the answer lacks “kpi”)"
    )


def test_report_names_sheets_sources_directions_and_dates_in_words(db, loaded) -> None:
    sv = load_workbook(io.BytesIO(report_of(db, VARM, "xlsx")))
    en = load_workbook(io.BytesIO(report_of(db, VARM, "xlsx", lang="en")))
    assert sv.sheetnames[2:4] == ["Målkedjor", "Insatser utan koppling"]
    assert en.sheetnames[2:4] == ["Chains", "Orphan actions"]
    rows = {r[0]: r for r in sv["Indikatorer"].iter_rows(min_row=2, values_only=True)}
    assert rows["I-02"][3:5] == ("Kolada", "högre är bättre") and rows["I-05"][3] == "egen uppföljning"
    rows_en = {r[0]: r for r in en["Indicators"].iter_rows(min_row=2, values_only=True)}
    assert rows_en["I-03"][3:5] == ("Statistics Sweden (SCB)", "lower is better")
    html = visible(report_of(db, VARM, "html").decode("utf-8"))
    assert re.search(r"Datamängd words-varmland, inläst \d{4}-\d\d-\d\d\. ", html)
    assert "Indikatorernas källor: Kolada, SCB, egen uppföljning." in html
    absent = [r for r in sv["Aktörer"].iter_rows(min_row=2, values_only=True) if r[1] == "absent_kind"]
    assert absent and all("civil_society" not in str(r[6]) for r in absent)
