"""No injection: Cypher only through parameters; hostile text stays inert in the API, exports and CSV output;
spreadsheet formulas are neutralised in everything ruslink writes while round trips stay exact."""

from __future__ import annotations

import io
import re
import tokenize

from importers.load import read_dataset
from importers.write import write_dataset_file
from tests.support.sources import ROOT, SOURCE_FOLDERS

CYPHER_WORD = re.compile(r"\b(MATCH|MERGE|CREATE|DELETE|DETACH|RETURN|UNWIND|WHERE|SET|CALL|REMOVE|LOAD CSV)\b")
CYPHER_STATEMENT = re.compile(r"(?s)\b(MATCH|MERGE|UNWIND|CREATE)\b.*\b(RETURN|SET|DELETE|CREATE|MERGE)\b")


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
