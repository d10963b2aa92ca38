"""One mistake, one message: a title row above the header, an empty or broken sheet, a typo in an id, a renamed
sheet, an empty file, a formula never calculated. Each says what an analyst must fix, and nothing is loaded."""

from __future__ import annotations

import pytest

from graph.errors import ImportRefused
from importers.load import read_dataset, read_uploaded
from tests.data import analyst_files as af


def _refused(path, lang: str = "sv") -> ImportRefused:
    with pytest.raises(ImportRefused) as refused:
        read_dataset(path, lang)
    return refused.value


@pytest.mark.parametrize(
    "lang, expected",
    [
        (
            "sv",
            [
                'v.xlsx blad "Insatser": rubrikraden verkar vara rad 2; rad 1 läses inte in',
                'v.xlsx blad "Kopplingar": rubrikraden verkar vara rad 4; rad 1–3 läses inte in',
            ],
        ),
        (
            "en",
            [
                'v.xlsx sheet "Insatser": the header row seems to be row 2; row 1 is not read',
                'v.xlsx sheet "Kopplingar": the header row seems to be row 4; row 1–3 is not read',
            ],
        ),
    ],
)
def test_import_header_below_a_merged_title_row_is_found(tmp_path, lang, expected) -> None:
    header, rows = af.SHEETS["Kopplingar"]
    tables = af.sheets(Kopplingar=(header, rows))
    path = af.write_workbook(tmp_path / "v.xlsx", tables, titles=af.TITLES)
    from openpyxl import load_workbook

    book = load_workbook(path)  # a title, a date line and a blank row above the links' header
    book["Kopplingar"].insert_rows(1, 3)
    book["Kopplingar"]["A1"] = "Kopplingar mellan insatser och mål"
    book["Kopplingar"].merge_cells("A1:F1")
    book["Kopplingar"]["A2"] = "Uppdaterad 2025-11-03"
    book.save(path)
    loaded = read_dataset(path, lang)
    assert loaded.content == af.EXPECTED
    assert [w for w in loaded.warnings if "Kil" not in w] == expected


@pytest.mark.parametrize(
    "lang, message, lines",
    [
        (
            "sv",
            "Importen avbröts: 1 problem hittades, och 6 följdfel. Inget har ändrats i databasen.",
            [
                'v.xlsx blad "Insatser", kolumn "id": kolumnen saknas; den krävs',
                'v.xlsx blad "Kopplingar": och 6 följdfel i Kopplingar (t.ex. "A-01", "A-02", "A-03"); de försvinner när '
                "orsaken ovan är rättad",
            ],
        ),
        (
            "en",
            "Import refused: 1 problem found, and 6 follow-on errors. Nothing was changed in the database.",
            [
                'v.xlsx sheet "Insatser", column "id": the column is missing; it is required',
                'v.xlsx sheet "Kopplingar": and 6 follow-on errors in Kopplingar (e.g. "A-01", "A-02", "A-03"); they go away '
                "when the cause above is fixed",
            ],
        ),
    ],
)
def test_import_missing_id_column_is_the_cause_and_links_fold(tmp_path, lang, message, lines) -> None:
    header, rows = af.SHEETS["Insatser"]
    tables = af.sheets(Insatser=(["nummer", *header[1:]], rows))
    refused = _refused(af.write_workbook(tmp_path / "v.xlsx", tables), lang)
    assert (refused.message, refused.details) == (message, lines)


@pytest.mark.parametrize("actors", [(["id", "namn", "typ"], []), ([], [])], ids=["header-only", "blank"])
@pytest.mark.parametrize(
    "lang, lines",
    [
        (
            "sv",
            [
                'v.xlsx blad "Aktörer": tabellen "Aktörer" har inga rader, men 5 rader pekar på id som skulle finnas '
                'där (t.ex. "RV", "ALMI", "KIL")',
                'v.xlsx blad "Kopplingar": och 3 följdfel i Kopplingar (t.ex. "RV", "ALMI", "KIL"); de försvinner när '
                "orsaken ovan är rättad",
                'v.xlsx blad "Strategier": och 2 följdfel i Strategier (t.ex. "RV"); de försvinner när orsaken ovan är '
                "rättad",
            ],
        ),
        (
            "en",
            [
                'v.xlsx sheet "Aktörer": table "Aktörer" has no rows, but 5 rows point to ids that would be there '
                '(e.g. "RV", "ALMI", "KIL")',
                'v.xlsx sheet "Kopplingar": and 3 follow-on errors in Kopplingar (e.g. "RV", "ALMI", "KIL"); they go '
                "away when the cause above is fixed",
                'v.xlsx sheet "Strategier": and 2 follow-on errors in Strategier (e.g. "RV"); they go away when the '
                "cause above is fixed",
            ],
        ),
    ],
)
def test_import_empty_actors_sheet_is_one_cause_not_a_flood(tmp_path, actors, lang, lines) -> None:
    path = af.write_workbook(tmp_path / "v.xlsx", af.sheets(Aktörer=actors))
    assert _refused(path, lang).details == lines


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("sv", 'v.xlsx blad "Kopplingar" rad 3, kolumn "till": ingen rad har id "VS-1.l" – menade du "VS-1.1"?'),
        ("en", 'v.xlsx sheet "Kopplingar" row 3, column "till": no row has id "VS-1.l" – did you mean "VS-1.1"?'),
    ],
)
def test_import_typo_in_an_id_suggests_the_id_meant(tmp_path, lang, expected) -> None:
    header, rows = af.SHEETS["Kopplingar"]
    tables = af.sheets(Kopplingar=(header, [rows[0], rows[1][:2] + ["VS-1.l"] + rows[1][3:], *rows[2:]]))
    assert _refused(af.write_workbook(tmp_path / "v.xlsx", tables), lang).details == [expected]


def test_import_unknown_id_far_from_every_id_gets_no_guess(tmp_path) -> None:
    header, rows = af.SHEETS["Kopplingar"]
    tables = af.sheets(Kopplingar=(header, [rows[0], rows[1][:2] + ["VS-9"] + rows[1][3:], *rows[2:]]))
    assert _refused(af.write_workbook(tmp_path / "v.xlsx", tables)).details == [
        'v.xlsx blad "Kopplingar" rad 3, kolumn "till": ingen rad har id "VS-9"'
    ]


@pytest.mark.parametrize(
    "lang, expected",
    [
        (
            "sv",
            'v.xlsx blad "links": tabellen "links" saknas; den krävs (blad i filen: Strategier, Mål, Insatser, '
            "Indikatorer, Utfall, Aktörer, Länkar)",
        ),
        (
            "en",
            'v.xlsx sheet "links": table "links" is missing; it is required (sheets in the file: Strategier, Mål, '
            "Insatser, Indikatorer, Utfall, Aktörer, Länkar)",
        ),
    ],
)
def test_import_renamed_required_sheet_lists_the_sheets_found(tmp_path, lang, expected) -> None:
    tables = af.sheets(Kopplingar=None)
    tables["Länkar"] = af.SHEETS["Kopplingar"]
    assert _refused(af.write_workbook(tmp_path / "v.xlsx", tables), lang).details == [expected]


@pytest.mark.parametrize("name", ["tom.xlsx", "tom.json", "tom.zip"])
@pytest.mark.parametrize("lang, text", [("sv", "filen är tom"), ("en", "the file is empty")])
def test_import_empty_file_says_it_is_empty(tmp_path, name, lang, text) -> None:
    (tmp_path / name).write_bytes(b"")
    assert _refused(tmp_path / name, lang).details == [f"{name}: {text}"]
    with pytest.raises(ImportRefused) as refused:
        read_uploaded(name, b"", lang)
    assert refused.value.details == [f"{name}: {text}"]


@pytest.mark.parametrize(
    "lang, expected",
    [
        ("sv", ['Kopplingar.csv: filen är tom; tabellen "links" krävs']),
        ("en", ['Kopplingar.csv: the file is empty; table "links" is required']),
    ],
)
def test_import_empty_csv_of_a_required_table_is_refused(tmp_path, lang, expected) -> None:
    folder = af.write_csv_folder(tmp_path / "csv")
    (folder / "Kopplingar.csv").write_bytes(b"")
    assert _refused(folder, lang).details == expected


def test_import_empty_csv_of_an_optional_table_is_an_empty_table(tmp_path) -> None:
    folder = af.write_csv_folder(tmp_path / "csv")
    (folder / "Utfall.csv").write_bytes(b"")
    assert read_dataset(folder).content.observations == []


@pytest.mark.parametrize(
    "lang, expected",
    [
        (
            "sv",
            'v.xlsx blad "Insatser" rad 3, kolumn "budget": formeln "=300000000+50000000" har inget sparat värde '
            "(filen har inte räknats om i Excel) och kan inte läsas; öppna filen i Excel och spara den, eller skriv in "
            "värdet",
        ),
        (
            "en",
            'v.xlsx sheet "Insatser" row 3, column "budget": the formula "=300000000+50000000" has no saved value '
            "(the file was never recalculated in Excel) and cannot be read; open the file in Excel and save it, or "
            "type the value in",
        ),
    ],
)
def test_import_formula_without_a_saved_value_is_reported(tmp_path, lang, expected) -> None:
    header, rows = af.SHEETS["Insatser"]
    tables = af.sheets(Insatser=(header, [rows[0], rows[1][:4] + ["=300000000+50000000"] + rows[1][5:], rows[2]]))
    assert _refused(af.write_workbook(tmp_path / "v.xlsx", tables), lang).details == [expected]


def test_import_formula_in_an_extra_column_is_reported_too(tmp_path) -> None:
    header, rows = af.SHEETS["Aktörer"]
    tables = af.sheets(Aktörer=([*header, "antal anställda"], [rows[0] + ["=SUM(1,2)"], *rows[1:]]))
    assert _refused(af.write_workbook(tmp_path / "v.xlsx", tables)).details == [
        'v.xlsx blad "Aktörer" rad 2, kolumn "antal anställda": formeln "=SUM(1,2)" har inget sparat värde (filen har '
        "inte räknats om i Excel) och kan inte läsas; öppna filen i Excel och spara den, eller skriv in värdet"
    ]


@pytest.mark.parametrize(
    "lang, lines",
    [
        (
            "sv",
            [
                'v.xlsx blad "actions": tabellen "actions" saknas, men 6 rader pekar på id som skulle finnas där (t.ex. '
                '"A-01", "A-02", "A-03") (blad i filen: Strategier, Mål, Indikatorer, Utfall, Aktörer, Kopplingar, '
                "Insatser 2025)",
                'v.xlsx blad "Kopplingar": och 6 följdfel i Kopplingar (t.ex. "A-01", "A-02", "A-03"); de försvinner när '
                "orsaken ovan är rättad",
            ],
        ),
        (
            "en",
            [
                'v.xlsx sheet "actions": table "actions" is missing, but 6 rows point to ids that would be there (e.g. '
                '"A-01", "A-02", "A-03") (sheets in the file: Strategier, Mål, Indikatorer, Utfall, Aktörer, Kopplingar, '
                "Insatser 2025)",
                'v.xlsx sheet "Kopplingar": and 6 follow-on errors in Kopplingar (e.g. "A-01", "A-02", "A-03"); they go '
                "away when the cause above is fixed",
            ],
        ),
    ],
)
def test_import_renamed_optional_sheet_is_the_cause_of_the_unknown_ids(tmp_path, lang, lines) -> None:
    tables = af.sheets(Insatser=None)
    tables["Insatser 2025"] = af.SHEETS["Insatser"]
    assert _refused(af.write_workbook(tmp_path / "v.xlsx", tables), lang).details == lines
