"""`ruslink ingest`: a realistic plan as .docx and .pdf read into the import format, and documents it refuses."""

from __future__ import annotations

from importers.ingest.build import ingest
from tests.support.ingest import SID


def test_without_a_workbook_new_actors_are_proposed(plan_files):
    review = plan_files["folder"] / "alone.xlsx"
    content = ingest(plan_files["docx"], review, strategy_id=SID)
    actors = {a.name: a for a in content.actors}
    assert actors["Härnösands kommun"].kind == "municipality"
    assert actors["Mittuniversitetet"].kind == "university"
    assert actors["Arbetsförmedlingen"].kind == "state_agency"
    assert review.exists()
