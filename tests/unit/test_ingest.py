"""`ruslink ingest`: a realistic plan as .docx and .pdf read into the import format, and documents it refuses."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.ingest.build import ingest
from importers.load import read_dataset
from importers.write import write_xlsx
from tests.data import plan_document

DEMO = Path(__file__).parents[2] / "importers" / "demo" / "data"
SID = "HKP"


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("ingest")
    demo = folder / "demo.xlsx"
    write_xlsx(read_dataset(DEMO).content, demo)
    return {
        "docx": plan_document.write_docx(folder / "plan.docx"),
        "pdf": plan_document.write_pdf(folder / "plan.pdf"),
        "demo": demo,
        "folder": folder,
    }


def test_without_a_workbook_new_actors_are_proposed(files):
    review = files["folder"] / "alone.xlsx"
    content = ingest(files["docx"], review, strategy_id=SID)
    actors = {a.name: a for a in content.actors}
    assert actors["Härnösands kommun"].kind == "municipality"
    assert actors["Mittuniversitetet"].kind == "university"
    assert actors["Arbetsförmedlingen"].kind == "state_agency"
    assert review.exists()
