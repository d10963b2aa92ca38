"""A workbook as a Swedish analyst fills it in imports as the same dataset as one written in the format's codes:
Swedish sheet, column and value words, area names and other separators; what is no area is refused."""

from __future__ import annotations

import pytest

from importers.export import read_content
from importers.load import read_dataset, write_dataset
from tests.data import analyst_files as af
from tests.support.import_swedish import refused, with_areas


def test_import_swedish_workbook_imports_as_the_codes(db, dataset_name, tmp_path) -> None:
    loaded = read_dataset(af.write_workbook(tmp_path / "värmland.xlsx"))
    assert loaded.content == af.EXPECTED
    write_dataset(db, dataset_name, loaded)
    assert read_content(db, dataset_name).model_dump(exclude={"description"}) == af.EXPECTED.model_dump(
        exclude={"description"}
    )


@pytest.mark.parametrize(
    "lang, expected",
    [
        (
            "sv",
            'Insatser.csv rad 2, kolumn "kommuner": "1799" är ingen kommunkod eller kommun (t.ex. 1780 eller Karlstad)',
        ),
        ("en", 'Insatser.csv row 2, column "kommuner": "1799" is no municipality code or name (e.g. 1780 or Karlstad)'),
    ],
)
def test_import_areas_refuse_what_is_no_area(db, dataset_name, tmp_path, lang, expected) -> None:
    write_dataset(db, dataset_name, read_dataset(af.write_workbook(tmp_path / "good.xlsx")))
    before = read_content(db, dataset_name)
    assert refused(af.write_csv_folder(tmp_path / "csv", with_areas("1784, 1799")), lang) == [expected]
    assert read_content(db, dataset_name) == before
