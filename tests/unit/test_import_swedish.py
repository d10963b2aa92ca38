"""A workbook as a Swedish analyst fills it in imports as the same dataset as one written in the format's codes:
Swedish sheet, column and value words, area names and other separators; what is no area is refused."""

from __future__ import annotations

import pytest

from importers.columns import TABLE_COLUMNS
from importers.convert import convert_value
from importers.load import read_dataset
from importers.vocabulary import WORDS
from tests.data import analyst_files as af
from tests.support.import_swedish import refused, with_areas


def test_import_swedish_csv_in_windows_1252_imports_as_the_codes(tmp_path) -> None:
    folder = af.write_csv_folder(tmp_path / "csv")
    assert "företagsfrämjare".encode("cp1252") in (folder / "Aktörer.csv").read_bytes()
    assert b";78,2" in (folder / "Indikatorer.csv").read_bytes()
    assert read_dataset(folder).content == af.EXPECTED


@pytest.mark.parametrize(
    "enum, code, word",
    [(enum, code, word) for enum, codes in WORDS.items() for code, words in codes.items() for word in words],
)
def test_import_swedish_every_glossary_word_reads_as_its_code(enum, code, word) -> None:
    column = next(c for cols in TABLE_COLUMNS.values() for c in cols.values() if c.kind == f"enum:{enum}")
    assert convert_value(column, word) == code
    assert convert_value(column, f"  {word.upper()} ") == code
    assert convert_value(column, code.replace("_", " ")) == code


@pytest.mark.parametrize(
    "lang, expected",
    [
        (
            "sv",
            'Insatser.csv rad 2, kolumn "status": "klar" är inget tillåtet värde; tillåtna: planerad, pågående, '
            "avslutad, pausad, avbruten",
        ),
        (
            "en",
            'Insatser.csv row 2, column "status": "klar" is not an allowed value; allowed: planned, ongoing, '
            "completed, paused, cancelled",
        ),
    ],
)
def test_import_swedish_refusal_lists_the_words_of_the_language(tmp_path, lang, expected) -> None:
    header, rows = af.SHEETS["Insatser"]
    tables = af.sheets(Insatser=(header, [rows[0][:3] + ["klar"] + rows[0][4:], *rows[1:]]))
    assert refused(af.write_csv_folder(tmp_path / "csv", tables), lang) == [expected]


@pytest.mark.parametrize(
    "typed, codes",
    [
        ("1784, 1765", ["1784", "1765"]),
        ("1784;1765", ["1784", "1765"]),
        ("1784 1765", ["1784", "1765"]),
        ("1784|1765", ["1784", "1765"]),
        ("1784 | Årjäng", ["1784", "1765"]),
        ("Arvika kommun", ["1784"]),
        ("area:1784", ["1784"]),
        ("1784,1784", ["1784"]),
    ],
)
def test_import_areas_accept_other_separators_and_names(tmp_path, typed, codes) -> None:
    loaded = read_dataset(af.write_workbook(tmp_path / "v.xlsx", with_areas(typed)))
    assert loaded.content.actions[0].areas == codes


def test_import_areas_a_decimal_number_excel_made_of_two_codes_reads_as_both(tmp_path) -> None:
    # Swedish Excel turns "1784,1765" typed in a cell into the number 1784,1765.
    loaded = read_dataset(af.write_workbook(tmp_path / "v.xlsx", with_areas(1784.1765)))
    assert loaded.content.actions[0].areas == ["1784", "1765"]


@pytest.mark.parametrize(
    "lang, expected",
    [
        (
            "sv",
            'v.xlsx blad "Insatser" rad 3, kolumn "kommuner": "Kil" läses som kommunkoden 1715 (Kil), även på 1 '
            "rad till",
        ),
        (
            "en",
            'v.xlsx sheet "Insatser" row 3, column "kommuner": "Kil" is read as municipality code 1715 (Kil), also in '
            "1 more row",
        ),
    ],
)
def test_import_areas_say_which_code_a_name_was_read_as(tmp_path, lang, expected) -> None:
    header, rows = af.SHEETS["Insatser"]
    tables = af.sheets(Insatser=(header, [*rows, ["A-04", "S3", "Fjärde", None, None, "Kil"]]))
    assert read_dataset(af.write_workbook(tmp_path / "v.xlsx", tables), lang).warnings == [expected]


def test_import_areas_refuse_a_name_no_municipality_has(tmp_path) -> None:
    assert refused(af.write_csv_folder(tmp_path / "csv", with_areas("Arvika|Kill"))) == [
        'Insatser.csv rad 2, kolumn "kommuner": "Kill" är ingen kommunkod eller kommun (t.ex. 1780 eller Karlstad); '
        "menade du 1715 (Kil)?"
    ]


def test_import_areas_a_name_in_an_observation_reads_as_its_code(tmp_path) -> None:
    header, rows = af.SHEETS["Utfall"]
    tables = af.sheets(Utfall=([*header, "område"], [rows[0] + ["Karlstad"], rows[1] + ["Värmlands län"]]))
    loaded = read_dataset(af.write_workbook(tmp_path / "v.xlsx", tables), "en")
    assert [o.area for o in loaded.content.observations] == ["1780", "17"]
    assert loaded.warnings[-2:] == [
        'v.xlsx sheet "Utfall" row 2, column "område": "Karlstad" is read as municipality code 1780 (Karlstad)',
        'v.xlsx sheet "Utfall" row 3, column "område": "Värmlands län" is read as county code 17 (Värmlands län)',
    ]


@pytest.mark.parametrize(
    "word, score",
    [
        ("odelbar", 3),
        ("Förstärkande", 2),
        ("möjliggörande", 1),
        ("förenlig", 0),
        ("begränsande", -1),
        ("motverkande", -2),
        ("omöjliggörande", -3),
        ("counteracting", -2),
        ("+2", 2),
        ("−1", -1),
    ],
)
def test_import_swedish_scores_by_the_names_of_the_scale(word, score) -> None:
    assert convert_value(TABLE_COLUMNS["links"]["score"], word) == score


def test_import_swedish_names_beside_the_format_names_stay_extra(tmp_path) -> None:
    """A workbook in the format's own names that also has a `namn` column or a `Kopplingar` sheet imports as
    before: the format's names win, the others are an extra column and an unknown sheet."""
    header, rows = af.SHEETS["Aktörer"]
    tables = af.sheets(Aktörer=(["id", "name", "namn", "typ"], [[r[0], r[1], "smeknamn", r[2]] for r in rows]))
    tables["links"] = tables.pop("Kopplingar")
    tables["Kopplingar"] = (["från", "till"], [["x", "y"]])
    loaded = read_dataset(af.write_workbook(tmp_path / "v.xlsx", tables), "en")
    assert loaded.content.model_dump(exclude={"actors"}) == af.EXPECTED.model_dump(exclude={"actors"})
    assert [(a.name, a.kind, a.extra) for a in loaded.content.actors][0] == (
        "Region Värmland",
        "region",
        {"namn": "smeknamn"},
    )
    assert 'v.xlsx sheet "Kopplingar": unknown table "Kopplingar" is not loaded' in loaded.warnings
