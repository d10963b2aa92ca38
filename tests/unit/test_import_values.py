"""Cell values as analysts' tools write them (pure parsing, no database)."""

from __future__ import annotations

import datetime as dt

import pytest

from importers.columns import TABLE_COLUMNS
from importers.convert import BadValue, code_of, convert_value, date_of, number_of, text_of
from importers.read import decode_csv, sniff_separator
from importers.safe_cells import neutralise, restore


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("1 234,5", 1234.5),
        ("1\u00a0234,5", 1234.5),
        ("1\u202f234 567,25", 1234567.25),
        ("1234,5", 1234.5),
        ("1234.5", 1234.5),
        ("1,234.5", 1234.5),
        ("1.234,5", 1234.5),
        ("−3", -3.0),
        ("  42 ", 42.0),
        (7, 7.0),
        (2.5, 2.5),
        ("", None),
        (None, None),
    ],
)
def test_import_values_numbers_in_every_notation(raw, expected) -> None:
    assert number_of(raw) == expected


@pytest.mark.parametrize("raw", ["ungefär 3", "1,2,3x", "nan", True])
def test_import_values_refuses_what_is_no_number(raw) -> None:
    with pytest.raises(BadValue):
        number_of(raw)


def test_import_values_ids_excel_stored_as_numbers_read_as_typed() -> None:
    assert text_of(2281) == "2281" and text_of(2281.0) == "2281" and text_of(1.0) == "1"
    assert text_of("  RUS-1 ") == "RUS-1" and text_of("   ") is None
    assert code_of(580.0) == "0580" and code_of(22) == "22" and code_of(1) == "01" and code_of("0580") == "0580"
    assert convert_value(TABLE_COLUMNS["actions"]["areas"], 2281.0) == ["2281"]
    assert convert_value(TABLE_COLUMNS["actions"]["areas"], " 2281 | 2283|") == ["2281", "2283"]


def test_import_values_dates_and_years() -> None:
    assert date_of(dt.datetime(2024, 3, 1)) == "2024-03-01" and date_of(2024.0) == "2024"
    assert date_of("2024-03-01 00:00:00") == "2024-03-01" and date_of("2024") == "2024"
    with pytest.raises(BadValue):
        date_of("2024-13-40")
    assert convert_value(TABLE_COLUMNS["strategies"]["valid_from"], dt.datetime(2021, 1, 1)) == 2021


def test_import_values_enums_ignore_case_and_gender_is_upper() -> None:
    assert convert_value(TABLE_COLUMNS["strategies"]["kind"], " RUS ") == "rus"
    assert convert_value(TABLE_COLUMNS["observations"]["gender"], "k") == "K"
    assert convert_value(TABLE_COLUMNS["links"]["type"], "Contributes_To") == "contributes_to"


def test_import_values_scores_are_whole_numbers_in_range() -> None:
    score = TABLE_COLUMNS["links"]["score"]
    assert convert_value(score, "+2") == 2 and convert_value(score, "−3") == -3 and convert_value(score, 2.0) == 2
    for bad in ("1,5", "4", -4, "två"):
        with pytest.raises(BadValue):
            convert_value(score, bad)


@pytest.mark.parametrize("text", ["=SUM(A1)", "+46 70", "-x", "@cmd", "\tindrag", "\rx"])
def test_import_values_neutralised_text_round_trips(text) -> None:
    written = neutralise(text)
    assert written == "'" + text and restore(written) == text and text_of(written) == text


def test_import_values_only_one_apostrophe_is_stripped() -> None:
    assert restore("''=x") == "'=x" and neutralise("'=x") == "''=x" and text_of("'vanlig text") == "'vanlig text"
    assert neutralise(12) == 12 and neutralise("Sundsvall") == "Sundsvall"


def test_import_values_encodings_and_separators() -> None:
    assert decode_csv("åäö".encode("cp1252")) == "åäö"
    assert decode_csv(b"\xef\xbb\xbf" + "åäö".encode()) == "åäö"
    assert decode_csv(b"\xef\xbb\xbf" + "åäö".encode("cp1252")) == "åäö"
    assert decode_csv(b"\x81\x8d") is None
    assert sniff_separator('id;name\n1;"a, b, c"\n') == ";"
    assert sniff_separator('"a;b";name,x\n') == ","
