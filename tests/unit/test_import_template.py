"""The downloadable template: every sheet, headers, an example row, instructions; it imports as it is."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from importers.columns import TABLE_COLUMNS
from importers.load import read_uploaded
from importers.template import template_bytes


def test_import_template_has_every_sheet_header_and_instructions() -> None:
    book = load_workbook(io.BytesIO(template_bytes()))
    assert book.sheetnames[0] == "Instruktioner"
    for table, columns in TABLE_COLUMNS.items():
        sheet = book[table]
        assert [c.value for c in sheet[1]] == list(columns)
        assert sheet.max_row == 2, f"{table} needs one example row"
    text = "\n".join(str(c.value) for row in book["Instruktioner"].iter_rows() for c in row if c.value is not None)
    for columns in TABLE_COLUMNS.values():
        for column in columns:
            assert column in text
    for word in (
        "odelbar",
        "förstärkande",
        "möjliggörande",
        "förenlig",
        "begränsande",
        "motverkande",
        "omöjliggörande",
        "målområde",
        "insats",
    ):
        assert word in text


@pytest.mark.parametrize(
    "lang, expected",
    [
        (
            "sv",
            "mall.xlsx: exempelrader från mallen finns kvar och läses in som riktiga data: strategies rad 2 (RUS), "
            "goals rad 2 (RUS-1), actions rad 2 (A-1), indicators rad 2 (I-1), actors rad 2 (RV); ta bort dem om de "
            "inte ska vara med",
        ),
        (
            "en",
            "mall.xlsx: example rows from the template are still there and are read as real data: strategies row 2 "
            "(RUS), goals row 2 (RUS-1), actions row 2 (A-1), indicators row 2 (I-1), actors row 2 (RV); delete them "
            "unless they belong",
        ),
    ],
)
def test_import_template_untouched_imports_with_a_warning_about_its_examples(lang, expected) -> None:
    loaded = read_uploaded("mall.xlsx", template_bytes(), lang)
    assert loaded.warnings == [expected]
    assert loaded.content.row_count() == 8  # one example row per sheet, progress included
    assert len(loaded.content.progress) == 1
    assert loaded.content.actions[0].status == "ongoing"


def test_import_template_filled_in_imports_without_warnings() -> None:
    book = load_workbook(io.BytesIO(template_bytes()))
    book["actions"]["C2"] = "Företagsrådgivning i Sundsvall"
    book["strategies"]["B2"] = "Ett Västernorrland – RUS 2020–2030"
    book["strategies"]["J2"] = book["actions"]["I2"] = None
    buffer = io.BytesIO()
    book.save(buffer)
    loaded = read_uploaded("vnl.xlsx", buffer.getvalue())
    assert loaded.warnings == [
        "vnl.xlsx: exempelrader från mallen finns kvar och läses in som riktiga data: goals rad 2 (RUS-1), "
        "indicators rad 2 (I-1), actors rad 2 (RV); ta bort dem om de inte ska vara med"
    ]
    book["goals"]["C2"] = "Fler företag"  # RV, Region Västernorrland may well be real: no warning for it alone
    buffer = io.BytesIO()
    book.save(buffer)
    assert read_uploaded("vnl.xlsx", buffer.getvalue()).warnings == []


def test_import_template_offers_swedish_drop_down_lists_for_coded_columns() -> None:
    book = load_workbook(io.BytesIO(template_bytes()))
    lists = {}
    for table in TABLE_COLUMNS:
        sheet = book[table]
        for rule in sheet.data_validations.dataValidation:
            header = sheet.cell(1, min(cell.min_col for cell in rule.sqref.ranges)).value
            lists[(table, header)] = rule.formula1
            assert rule.type == "list" and str(rule.sqref).endswith("5000")
    assert lists == {
        ("strategies", "kind"): '"rus,plan,nationell,internationell,kommunal"',
        ("goals", "level"): '"vision,målområde,mål,delmål"',
        ("actions", "status"): '"planerad,pågående,avslutad,pausad,avbruten"',
        ("indicators", "source"): '"kolada,scb,brp+,egen,annan"',
        ("indicators", "direction"): '"öka,minska"',
        ("observations", "gender"): '"T,K,M"',
        ("actors", "kind"): '"region,kommun,länsstyrelse,statlig myndighet,lärosäte,företagsfrämjare,civilsamhälle,'
        'privat,forum,annan"',
        ("links", "type"): '"bidrar till,påverkar,följs upp med,ansvarig för,medverkar i"',
        ("progress", "status"): '"planerad,pågående,avslutad,pausad,avbruten"',
    }
    assert book["actions"]["D2"].value == "pågående" and book["links"]["B2"].value == "bidrar till"
