"""No injection: Cypher only through parameters; hostile text stays inert in the API, exports and CSV output;
spreadsheet formulas are neutralised in everything ruslink writes while round trips stay exact."""

from __future__ import annotations

import io
import os
import re
import tokenize
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from graph import store
from graph.db import Database
from graph.settings import Settings
from importers.load import read_dataset
from importers.model import DatasetContent
from importers.write import write_dataset_file

ROOT = Path(__file__).resolve().parents[2]
SOURCE_FOLDERS = ("app", "graph", "importers", "viz", "scripts")

CYPHER_WORD = re.compile(r"\b(MATCH|MERGE|CREATE|DELETE|DETACH|RETURN|UNWIND|WHERE|SET|CALL|REMOVE|LOAD CSV)\b")
CYPHER_STATEMENT = re.compile(r"(?s)\b(MATCH|MERGE|UNWIND|CREATE)\b.*\b(RETURN|SET|DELETE|CREATE|MERGE)\b")

MARKUP = '<script>alert("x")</script><img src=x onerror=alert(1)>'
JS_URL = "javascript:alert(document.cookie)"
RTL = "Mål \u202egnirts\u202c slut"
LONG = "Långt namn " + "å" * 20_000


def cypher_in_formatted_strings(source: str) -> list[tuple[int, str]]:
    """String literals in Python source that build Cypher by formatting, or hold a whole Cypher statement."""
    tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    hits = []
    for i, tok in enumerate(tokens):
        if tok.type != tokenize.STRING and tok.type != getattr(tokenize, "FSTRING_START", -1):
            continue
        text = tok.string
        prefix = text[: len(text) - len(text.lstrip("rbfuRBFU"))].lower()
        following = [t.string for t in tokens[i + 1 : i + 3]]
        formatted = "f" in prefix or following[:2] == [".", "format"] or following[:1] == ["%"]
        if (formatted and CYPHER_WORD.search(text)) or CYPHER_STATEMENT.search(text):
            hits.append((tok.start[0], text[:80]))
    return hits


def test_security_the_cypher_scanner_finds_formatted_cypher() -> None:
    source = (
        'q = f"MATCH (n:{label}) RETURN n"\n'
        'r = "MATCH (n) WHERE n.id = {}".format(x)\n'
        's = "MATCH (n) RETURN n"\n'
        't = f"Datamängden {name!r} finns inte"\n'
    )
    assert [line for line, _ in cypher_in_formatted_strings(source)] == [1, 2, 3]


def test_security_no_python_source_builds_cypher_from_strings() -> None:
    hits = []
    for folder in SOURCE_FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            hits += [
                (str(path.relative_to(ROOT)), line, text)
                for line, text in cypher_in_formatted_strings(path.read_text(encoding="utf-8"))
            ]
    assert hits == []


def hostile_content() -> DatasetContent:
    """A dataset whose every text field holds something a browser, a spreadsheet or a terminal could act on."""
    return DatasetContent.model_validate(
        {
            "description": MARKUP,
            "strategies": [
                {"id": "RUS", "name": MARKUP, "kind": "rus", "url": JS_URL, "description": RTL, "area": "22"},
                {"id": "-3", "name": "=1+1", "kind": "plan", "parent": "RUS", "url": "JaVaScRiPt:alert(2)"},
            ],
            "goals": [
                {"id": "RUS-1", "strategy": "RUS", "name": RTL, "level": "goal_area", "description": LONG},
                {"id": "@SUM(A1)", "strategy": "RUS", "name": MARKUP, "parent": "RUS-1"},
                {"id": "+46 70 123 45 67", "strategy": "-3", "name": "\tx"},
            ],
            "actions": [
                {
                    "id": "=1+1",
                    "strategy": "-3",
                    "name": '=HYPERLINK("http://x","klicka")',
                    "description": MARKUP,
                    "areas": ["2281"],
                    "extra": {"kommentar": "@SUM(A1)"},
                },
                {"id": "A-<b>", "strategy": "-3", "name": MARKUP},
            ],
            "actors": [{"id": "<svg onload=alert(3)>", "name": JS_URL, "kind": "private"}],
            "links": [
                {
                    "from": "=1+1",
                    "type": "contributes_to",
                    "to": "+46 70 123 45 67",
                    "score": 2,
                    "rationale": MARKUP,
                    "source": "-3",
                },
                {"from": "+46 70 123 45 67", "type": "contributes_to", "to": "@SUM(A1)", "score": 1},
                {"from": "@SUM(A1)", "type": "interacts_with", "to": "RUS-1", "score": -2, "rationale": RTL},
                {"from": "<svg onload=alert(3)>", "type": "responsible_for", "to": "A-<b>"},
            ],
        }
    )


@pytest.fixture(scope="module")
def hostile(db: Database) -> str:
    name = "hostile-" + os.urandom(4).hex()
    store.replace_dataset(db, name, hostile_content())
    return name


@pytest.fixture(scope="module")
def client(db: Database, app_settings: Settings):
    with TestClient(create_app(app_settings, db=db)) as test_client:
        yield test_client


def test_security_control_characters_are_dropped_on_import_so_every_export_works(tmp_path) -> None:
    folder = tmp_path / "csv"
    folder.mkdir()
    (folder / "strategies.csv").write_text(
        "id,name,kind\nRUS,Nul\x00 och klocka\x07 och esc\x1b[31m,rus\n", encoding="utf-8"
    )
    (folder / "goals.csv").write_text("id,strategy,name\nG,RUS,Mål\x0b ett\n", encoding="utf-8")
    (folder / "links.csv").write_text("from,type,to\nG,contributes_to,sdg:8\n", encoding="utf-8")
    content = read_dataset(folder).content
    assert content.strategies[0].name == "Nul och klocka och esc[31m"
    assert content.goals[0].name == "Mål ett"
    write_dataset_file(content, tmp_path / "ut.xlsx")
    assert read_dataset(tmp_path / "ut.xlsx").content == content
