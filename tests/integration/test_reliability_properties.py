"""Property tests: random, often broken workbooks (xlsx and CSV folders) are either imported exactly or
refused cleanly, with problems that name the file, table, row and column — never another exception.

Quick mode runs a few dozen examples per form; RUSLINK_LONG=1 runs many more. The seed is fixed
(`derandomize`), so a failure reproduces on the next run.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from graph import store
from graph.errors import ImportRefused
from importers.columns import TABLE_COLUMNS
from importers.convert import text_of
from importers.export import read_content
from importers.load import read_dataset
from importers.write import write_dataset_file

LONG = os.environ.get("RUSLINK_LONG") == "1"
EXAMPLES = 600 if LONG else 40
CSV_NAMES = [f"{t}.csv" for t in TABLE_COLUMNS] + ["csv"]
"""What a CSV problem may start with: a table's file (a missing table names the file it expected) or, when
there are no tables at all, the folder (every generated folder is called `csv`)."""
TRIED = {"csv": 0, "xlsx": 0, "imported": 0, "refused": 0}

PROPERTY_SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)

IDS = [
    "RUS",
    "P1",
    "G1",
    "G2",
    "G3",
    "A1",
    "A2",
    "I1",
    "ACT",
    "sdg:8",
    "sdg:8.2",
    "nat:1",
    "area:2281",
    "sdg:99",
    "x:y",
    " G1 ",
    "",
    "=1+1",
    "-3",
    "@id",
    "Mål-å",
    "g1",
]
CELL_TEXT = st.text(
    alphabet=st.sampled_from(list("abcåäöÅ =+-@;,.\"'|\t\n:0123456789€") + ["\u202e", "\u00a0"]), max_size=12
)
CELL = st.one_of(
    CELL_TEXT,
    st.sampled_from(IDS),
    st.none(),
    st.integers(-5, 3000),
    st.floats(allow_nan=True, allow_infinity=True, width=32),
)


def _enum_or_junk(column: str) -> st.SearchStrategy:
    kind = None
    for table in TABLE_COLUMNS.values():
        if column in table and table[column].kind.startswith("enum:"):
            kind = table[column].kind
    if kind is None:
        return CELL
    from importers.columns import ENUMS

    return st.one_of(st.sampled_from(ENUMS[kind.split(":")[1]]), st.sampled_from(ENUMS[kind.split(":")[1]]), CELL_TEXT)


def _value(table: str, column: str) -> st.SearchStrategy:
    spec = TABLE_COLUMNS[table].get(column)
    if spec is None:
        return CELL
    if spec.kind.startswith("enum:"):
        return _enum_or_junk(column)
    if spec.kind == "id":
        return st.one_of(st.sampled_from(IDS), st.sampled_from(IDS), CELL)
    if spec.kind == "score":
        return st.one_of(st.integers(-4, 4), st.sampled_from(["", "+2", "−1", "1,5", "x"]), st.none())
    if spec.kind in ("year", "int"):
        return st.one_of(st.integers(1990, 2040), st.none(), CELL)
    if spec.kind == "number":
        return st.one_of(st.floats(-1e6, 1e6, allow_nan=False), st.sampled_from(["1 234,5", "12,5", "abc"]), st.none())
    if spec.kind in ("code", "codes"):
        return st.one_of(st.sampled_from(["22", "2281", "2281|2283", "9999", ""]), st.none())
    return st.one_of(CELL_TEXT, st.none())


NAME_TEXT = CELL_TEXT.map(lambda text: "n" + text)


@st.composite
def sound_workbooks(draw) -> dict[str, tuple[list[str], list[list]]]:
    """A valid dataset of random size and random (hostile) text, with at most one slip of an analyst."""
    goals = draw(st.integers(1, 5))
    actions = draw(st.integers(0, 5))
    tables: dict[str, tuple[list[str], list[list]]] = {
        "strategies": (
            ["id", "name", "kind", "parent", "description"],
            [["RUS", draw(NAME_TEXT), "rus", None, draw(CELL_TEXT)], ["P", draw(NAME_TEXT), "plan", "RUS", None]],
        ),
        "goals": (
            ["id", "strategy", "name", "level", "parent"],
            [
                [
                    f"G{i}",
                    "RUS",
                    draw(NAME_TEXT),
                    draw(st.sampled_from(["goal", "target", None])),
                    draw(st.sampled_from([None] + [f"G{j}" for j in range(i)])),
                ]
                for i in range(goals)
            ],
        ),
        "actions": (
            ["id", "strategy", "name", "status", "budget_sek", "areas"],
            [
                [
                    f"A{i}",
                    "P",
                    draw(NAME_TEXT),
                    draw(st.sampled_from(["ongoing", "planned", None])),
                    draw(st.one_of(st.none(), st.integers(0, 10**9), st.floats(0, 1e6).map(lambda f: round(f, 2)))),
                    draw(st.sampled_from([None, "2281", "2281|2283"])),
                ]
                for i in range(actions)
            ],
        ),
        "links": (
            ["from", "type", "to", "score", "rationale"],
            [
                [
                    f"A{i}",
                    "contributes_to",
                    f"G{draw(st.integers(0, goals - 1))}",
                    draw(st.integers(-3, 3)),
                    draw(CELL_TEXT),
                ]
                for i in range(actions)
            ]
            + [
                [f"G{i}", "contributes_to", draw(st.sampled_from(["sdg:8", "sdg:8.2", "nat:1"])), None, None]
                for i in range(goals)
            ],
        ),
    }
    slip = draw(st.integers(0, 5))
    if slip == 1:
        tables["links"][1].append(["A0" if actions else "G0", "contributes_to", "G-finns-inte", 1, None])
    elif slip == 2 and actions:
        tables["actions"][1].append(list(tables["actions"][1][0]))  # a duplicate id
    elif slip == 3:
        tables["links"][1].append(["G0", "interacts_with", "G0", 7, None])
    return tables


@st.composite
def workbooks(draw) -> dict[str, tuple[list[str], list[list]]]:
    """Half sound datasets (often imported), half random tables (mostly refused)."""
    if draw(st.booleans()):
        return draw(sound_workbooks())
    return draw(broken_workbooks())


@st.composite
def broken_workbooks(draw) -> dict[str, tuple[list[str], list[list]]]:
    """Tables as (header, rows): the right tables and columns with random values, often thoroughly broken."""
    tables: dict[str, tuple[list[str], list[list]]] = {}
    wanted = ["strategies", "goals", "links"] + draw(
        st.lists(st.sampled_from(["actions", "actors", "indicators", "observations"]), unique=True)
    )
    for table in wanted:
        if draw(st.integers(0, 19)) == 0:
            continue  # a required table left out now and then
        header = list(TABLE_COLUMNS[table])
        header = [c for c in header if TABLE_COLUMNS[table][c].required or draw(st.booleans())]
        if draw(st.integers(0, 9)) == 0:
            header.remove(draw(st.sampled_from(header)))  # a required column missing
        if draw(st.integers(0, 5)) == 0:
            header.append(draw(st.sampled_from(["kommentar", "Diarienummer", "x y"])))
        if draw(st.integers(0, 15)) == 0 and header:
            header.append(header[0])  # a duplicate column
        rows = []
        for i in range(draw(st.integers(0 if table not in ("strategies",) else 1, 5))):
            row = [draw(_value(table, col)) for col in header]
            if table == "strategies" and i == 0 and "kind" in header and draw(st.integers(0, 3)):
                row[header.index("kind")] = "rus"
            rows.append(row)
        if draw(st.booleans()):
            header = [c.upper() if draw(st.booleans()) else c for c in header]
        tables[table] = (header, rows)
    return tables


def _csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value).replace(".", ",")
    return str(value)


def write_csv(tables, folder: Path, sep: str, encoding: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for table, (header, rows) in tables.items():
        out = io.StringIO(newline="")
        writer = csv.writer(out, delimiter=sep, lineterminator="\r\n")
        writer.writerow(header)
        writer.writerows([[_csv_cell(v) for v in row] for row in rows])
        text = out.getvalue()
        try:
            data = text.encode(encoding)
        except UnicodeEncodeError:
            data = text.encode("utf-8")  # Windows-1252 cannot hold every character drawn
        (folder / f"{table}.csv").write_bytes(data)


def write_xlsx(tables, path: Path) -> None:
    book = Workbook(write_only=True)
    for table, (header, rows) in tables.items():
        sheet = book.create_sheet(table)
        sheet.append(header)
        for row in rows:
            sheet.append(
                [
                    (None if isinstance(v, str) and v.startswith("=") else v)
                    if not isinstance(v, str)
                    else v.replace("\x00", "")
                    for v in row
                ]
            )
    book.save(path)


def check_outcome(path: Path, names: list[str], db, dataset: str, form: str) -> None:
    """Imported exactly, or refused with every problem naming a file of the input; nothing else."""
    TRIED[form] += 1
    try:
        loaded = read_dataset(path)
    except ImportRefused as refused:
        TRIED["refused"] += 1
        assert refused.details, "a refusal lists its problems"
        for detail in refused.details:
            assert any(detail.startswith(name) for name in names), detail
        return
    TRIED["imported"] += 1
    content = loaded.content
    for target in ("again.xlsx", "again.json", "again-csv"):
        out = Path(tempfile.mkdtemp()) / target
        write_dataset_file(content, out)
        assert read_dataset(out).content == content, target
    store.replace_dataset(db, dataset, content)
    assert read_content(db, dataset) == content


def _expected_ids(tables, table: str) -> list[str]:
    header, rows = tables[table]
    lower = [c.lower() for c in header]
    return [text_of(row[lower.index("id")]) for row in rows if any(v not in (None, "") for v in row)]


@PROPERTY_SETTINGS
@given(tables=workbooks(), sep=st.sampled_from([",", ";"]), encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
def test_reliability_random_csv_folders_import_exactly_or_are_refused_cleanly(db, tables, sep, encoding) -> None:
    folder = Path(tempfile.mkdtemp()) / "csv"
    write_csv(tables, folder, sep, encoding)
    check_outcome(folder, CSV_NAMES, db, "egenskap-csv", "csv")
    if tables.get("strategies", ([], []))[0][:3] == ["id", "name", "kind"]:
        try:
            content = read_dataset(folder).content
        except ImportRefused:
            return
        assert [s.id for s in content.strategies] == _expected_ids(tables, "strategies")
        assert [s.name for s in content.strategies] == [text_of(r[1]) for r in tables["strategies"][1]]


@PROPERTY_SETTINGS
@given(tables=workbooks())
def test_reliability_random_workbooks_import_exactly_or_are_refused_cleanly(db, tables) -> None:
    path = Path(tempfile.mkdtemp()) / "arbetsbok.xlsx"
    write_xlsx(tables, path)
    check_outcome(path, ["arbetsbok.xlsx"], db, "egenskap-xlsx", "xlsx")


@PROPERTY_SETTINGS
@given(tables=workbooks(), cut=st.integers(1, 400), junk=st.binary(min_size=1, max_size=64))
def test_reliability_damaged_files_are_refused_cleanly(db, tables, cut, junk) -> None:
    folder = Path(tempfile.mkdtemp())
    write_xlsx(tables, folder / "trasig.xlsx")
    data = (folder / "trasig.xlsx").read_bytes()
    (folder / "trasig.xlsx").write_bytes(data[: len(data) * cut // 401] + junk)
    check_outcome(folder / "trasig.xlsx", ["trasig.xlsx"], db, "egenskap-trasig", "xlsx")
    write_csv(tables, folder / "csv", ";", "utf-8")
    if not tables:
        return
    target = sorted((folder / "csv").iterdir())[0]
    target.write_bytes(target.read_bytes()[:cut] + junk)
    check_outcome(folder / "csv", CSV_NAMES, db, "egenskap-trasig", "csv")


def test_reliability_property_figures() -> None:
    """Report how many inputs the property tests tried (shown with -s; the README quotes a long run)."""
    print(
        f"\nreliability: {TRIED['csv']} CSV folders and {TRIED['xlsx']} workbooks tried, "
        f"{TRIED['imported']} imported exactly, {TRIED['refused']} refused cleanly"
    )
    assert TRIED["csv"] + TRIED["xlsx"] >= EXAMPLES
    assert TRIED["imported"] and TRIED["refused"]
