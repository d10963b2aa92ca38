"""Ingest: what a plan names in the RUS workbook ("Bidrar till RUS 3.3") and Kolada indicators it already has."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from importers.ingest.build import ingest, notes_of
from importers.ingest.resolve import rus_refs
from importers.load import read_dataset
from tests.support.ingest import DEMO

RUSLINK = str(Path(sys.executable).parent / "ruslink")
SID = "UNG"

ACTIONS = [
    ("Yrkesvux i vården", "Kvällsstudier till undersköterska.", "Region Västernorrland", "Mål 1, RUS 3.3"),
    ("Validering av yrkeskunskaper", "Bedömning av utländsk erfarenhet.", "Arbetsförmedlingen", "RUS-mål 3.4"),
    ("Mentorer för elever", "Vuxna följer upp frånvaron.", "Sundsvalls kommun", "Mål 2 och RUS 9.9"),
    ("Sommarjobb för unga", "Feriearbete i kommunerna.", "Härnösands kommun", "Delmål 1.1"),
]
INDICATORS = [
    ("Förvärvsarbetande invånare 20–64 år", "N00914", "78 % (2022)", "81 % (2027)", "Mål 1"),
    ("Unga som varken arbetar eller studerar", "N99991", "9 % (2022)", "6 % (2027)", "Mål 2"),
    ("Unga utan sysselsättning, ny mätning", "N99991", "9 % (2022)", "6 % (2027)", "Delmål 1.1"),
]


def _plan(path: Path) -> Path:
    """A small plan: two goals and a sub-goal, an action table citing RUS goals, an indicator table."""
    from docx import Document

    doc = Document()
    doc.add_paragraph("Handlingsplan för unga i arbete 2025–2028", style="Title")
    doc.add_heading("Mål och delmål", level=1)
    doc.add_heading("Mål 1 Fler unga i arbete", level=2)
    doc.add_heading("Delmål 1.1 Fler sommarjobb", level=3)
    doc.add_heading("Mål 2 Färre avbrott i skolan", level=2)
    doc.add_heading("Insatser", level=1)
    table = doc.add_table(rows=1, cols=4)
    for cell, text in zip(table.rows[0].cells, ("Insats", "Beskrivning", "Ansvarig", "Bidrar till"), strict=True):
        cell.text = text
    for row in ACTIONS:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    doc.add_heading("Uppföljning", level=1)
    table = doc.add_table(rows=1, cols=5)
    header = ("Indikator", "Kolada-id", "Utgångsläge", "Målvärde", "Följer upp")
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for row in INDICATORS:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = text
    doc.save(str(path))
    return path


def _plan_pdf(path: Path) -> Path:
    """The same small plan as a PDF with ruled tables (reportlab)."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    body = ParagraphStyle("body", parent=getSampleStyleSheet()["BodyText"], fontName="Helvetica", fontSize=9)
    heading = ParagraphStyle("h", parent=body, fontName="Helvetica-Bold", fontSize=14, leading=18)
    title = ParagraphStyle("t", parent=body, fontName="Helvetica-Bold", fontSize=20, leading=24)

    def grid(rows: list[tuple[str, ...]]) -> Table:
        table = Table([[Paragraph(c, body) for c in row] for row in rows])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        return table

    story = [Paragraph("Handlingsplan för unga i arbete 2025–2028", title), Paragraph("Mål och delmål", heading)]
    story += [
        Paragraph(line, heading)
        for line in ("Mål 1 Fler unga i arbete", "Delmål 1.1 Fler sommarjobb", "Mål 2 Färre avbrott i skolan")
    ]
    story += [Paragraph("Insatser", heading), grid([("Insats", "Beskrivning", "Ansvarig", "Bidrar till"), *ACTIONS])]
    header = ("Indikator", "Kolada-id", "Utgångsläge", "Målvärde", "Följer upp")
    story += [Paragraph("Uppföljning", heading), grid([header, *INDICATORS])]
    SimpleDocTemplate(str(path), title="Handlingsplan för unga i arbete 2025–2028").build(story)
    return path


@pytest.fixture(scope="module", params=["docx", "pdf"])
def plan(request, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("refs")
    return _plan(folder / "unga.docx") if request.param == "docx" else _plan_pdf(folder / "unga.pdf")


def _contributes(content) -> set[tuple[str, str]]:
    names = {a.id: a.name for a in content.actions}
    return {(names[lk.from_], lk.to) for lk in content.links if lk.type == "contributes_to" and lk.from_ in names}


def test_rus_numbers_are_read_from_contributes_cells():
    assert rus_refs("Mål 1, RUS 3.3") == ["3.3"]
    assert rus_refs("RUS-mål 3.4; delmål 2.1") == ["3.4"]
    assert rus_refs("Bidrar till RUS 2030 mål 1.2") == ["1.2"]
    assert rus_refs("Mål 2 och delmål 2.1") == []


def test_stated_rus_goals_become_links_into_the_workbook_and_unknown_ones_a_note(plan, tmp_path):
    review = tmp_path / "review.xlsx"
    content = ingest(plan, review, into=DEMO, strategy_id=SID)
    links = _contributes(content)
    assert ("Yrkesvux i vården", "RUS-3.3") in links and ("Yrkesvux i vården", "UNG-1") in links
    assert ("Validering av yrkeskunskaper", "RUS-3.4") in links
    assert ("Mentorer för elever", "UNG-2") in links
    # RUS 9.9 is no goal of the workbook: no guessed link, a note the reviewer can act on.
    assert not any(to.startswith("RUS") for name, to in links if name == "Mentorer för elever")
    notes = dict(notes_of(content, read_dataset(DEMO).content))
    mentor = next(a.id for a in content.actions if a.name == "Mentorer för elever")
    assert set(notes) == {mentor}
    assert "RUS-mål 9.9" in notes[mentor] and "inget sådant RUS-mål" in notes[mentor]
    # The review workbook imports and keeps the note beside the row.
    again = read_dataset(review).content
    assert next(a for a in again.actions if a.id == mentor).extra["note"] == notes[mentor]
    assert ("Yrkesvux i vården", "RUS-3.3") in _contributes(again)


def test_an_indicator_the_workbook_has_is_reused_and_the_document_adds_each_new_one_once(plan, tmp_path):
    content = ingest(plan, tmp_path / "review.xlsx", into=DEMO, strategy_id=SID)
    demo = read_dataset(DEMO).content
    assert [i.id for i in content.indicators if i.source_ref == "N00914"] == ["I-01"]
    new = [i for i in content.indicators if i.source_ref == "N99991"]
    assert len(new) == 1 and new[0].id.startswith(f"{SID}-I")
    assert len(content.indicators) == len(demo.indicators) + 1
    measured = {(lk.from_, lk.to) for lk in content.links if lk.type == "measured_by"}
    assert {("UNG-1", "I-01"), ("UNG-2", new[0].id), ("UNG-1.1", new[0].id)} <= measured


def test_without_a_workbook_the_rus_goal_is_a_note_printed_by_the_command(plan, tmp_path):
    review = tmp_path / "alone.xlsx"
    done = subprocess.run(
        [RUSLINK, "ingest", str(plan), "--to", str(review), "--strategy-id", SID],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert "Att avgöra för hand" in done.stdout
    assert "RUS-mål 3.3" in done.stdout and "--into" in done.stdout
    from openpyxl import load_workbook

    sheet = load_workbook(review, read_only=True)["links"]
    targets = [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert targets and not any(str(to).startswith("RUS") for to in targets)
    english = subprocess.run(
        [RUSLINK, "ingest", str(plan), "--to", str(tmp_path / "en.xlsx"), "--strategy-id", SID, "--lang", "en"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert english.returncode == 0 and "RUS goal 3.3" in english.stdout
