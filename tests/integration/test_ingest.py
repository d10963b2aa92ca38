"""`ruslink ingest`: a realistic plan as .docx and .pdf read into the import format, and documents it refuses."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from importers.load import read_dataset, write_dataset
from tests.data import plan_document
from tests.support.ingest import DEMO, SID

RUSLINK = str(Path(sys.executable).parent / "ruslink")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([RUSLINK, *args], capture_output=True, text=True, timeout=300)


def _read_back(review: Path) -> dict:
    """What the review workbook says about the document, in the shape of `plan_document.truth()`."""
    content = read_dataset(review).content
    goals = {g.id: g for g in content.goals if g.strategy == SID}
    actions = {a.id: a.name for a in content.actions if a.strategy == SID}
    actors = {a.id: a.name for a in content.actors}
    # The document's indicators: its own new rows, and the workbook's rows it follows up by Kolada id.
    measured = {lk.to for lk in content.links if lk.type == "measured_by" and lk.from_ in goals}
    indicators = {i.id: i for i in content.indicators if i.id.startswith(f"{SID}-I") or i.id in measured}

    def local(goal_id: str) -> str:
        return goal_id.removeprefix(f"{SID}-")

    links = content.links
    return {
        "goals": {(local(g.id), g.level, g.name) for g in goals.values()},
        "parents": {(local(g.id), local(g.parent)) for g in goals.values() if g.parent},
        "actions": set(actions.values()),
        "responsible": {
            (actions[lk.to], actors[lk.from_]) for lk in links if lk.type == "responsible_for" and lk.to in actions
        },
        "participants": {
            (actions[lk.to], actors[lk.from_]) for lk in links if lk.type == "participates_in" and lk.to in actions
        },
        "links": {
            (actions[lk.from_], local(lk.to)) for lk in links if lk.type == "contributes_to" and lk.from_ in actions
        },
        "indicators": {(i.name, i.source_ref) for i in indicators.values()},
        "measured_by": {
            (local(lk.from_), indicators[lk.to].name)
            for lk in links
            if lk.type == "measured_by" and lk.to in indicators and lk.from_ in goals
        },
        "content": content,
    }


def _assert_recovered(found: dict) -> None:
    truth = plan_document.truth()
    for key, expected in truth.items():
        got = found[key]
        hits = len(expected & got)
        recall, precision = hits / len(expected), (hits / len(got) if got else 0.0)
        assert recall >= 0.9 and precision >= 0.9, (key, sorted(expected - got), sorted(got - expected))


@pytest.mark.parametrize("form", ["docx", "pdf"])
def test_plan_is_recovered_with_sources_and_the_review_workbook_imports(plan_files, form, db, dataset_name):
    review = plan_files["folder"] / f"review-{form}.xlsx"
    done = run(
        "ingest", str(plan_files[form]), "--to", str(review), "--into", str(plan_files["demo"]), "--strategy-id", SID
    )
    assert done.returncode == 0, done.stderr
    assert "13 mål" in done.stdout and "12 insatser" in done.stdout
    found = _read_back(review)
    _assert_recovered(found)
    content = found["content"]
    strategy = next(s for s in content.strategies if s.id == SID)
    assert strategy.name == plan_document.TITLE
    assert (strategy.kind, strategy.parent, strategy.valid_from, strategy.valid_to) == ("plan", "RUS", 2024, 2027)
    # The quoted RUS goals and the running header and footer are not rows of the plan.
    names = {g.name for g in content.goals if g.strategy == SID} | found["actions"]
    assert not any("matchat utbildningsutbud" in n or "Ökad matchningsgrad" in n for n in names)
    assert not any("Exempeldokument" in n or "Sida" in n or "Region Västernorrland ·" in n for n in names)
    # Every row the document gave names the file and its page.
    pages = {"docx": range(1, 6), "pdf": range(1, 7)}[form]
    rows = (
        [s for s in content.strategies if s.id == SID]
        + [g for g in content.goals if g.strategy == SID]
        + [a for a in content.actions if a.strategy == SID]
    )
    for row in rows:
        file, page = row.extra["source"].split(", s. ")
        assert file == plan_files[form].name and int(page) in pages
    for indicator in (i for i in content.indicators if i.id.startswith(SID)):
        assert indicator.extra["source_document"].startswith(plan_files[form].name + ", s. ")
    doc_links = [lk for lk in content.links if lk.to.startswith(SID) or lk.from_.startswith(SID)]
    assert doc_links and all(lk.source.startswith(plan_files[form].name + ", s. ") for lk in doc_links)
    # Actors are matched by name: the demo's, none invented.
    assert len(content.actors) == len(read_dataset(DEMO).content.actors)
    new = next(i for i in content.indicators if i.source_ref == "N17461")
    assert new.id.startswith(SID)
    assert (new.baseline_value, new.baseline_year, new.target_value, new.target_year, new.unit) == (
        68.2,
        2022,
        75.0,
        2027,
        "%",
    )
    # The demo already follows N01982 and N00914: the plan's goals are measured by those rows, not by copies.
    for kolada, demo_id in (("N01982", "I-02"), ("N00914", "I-01")):
        assert [i.id for i in content.indicators if i.source_ref == kolada] == [demo_id]
    assert ("HKP-1", "measured_by", "I-02") in {(lk.from_, lk.type, lk.to) for lk in content.links}
    result = write_dataset(db, dataset_name, read_dataset(review))
    assert result["counts"]["goals"] == len(content.goals)


def _scanned_pdf(path: Path) -> Path:
    from PIL import Image
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    picture = path.with_suffix(".png")
    Image.new("RGB", (400, 560), "white").save(picture)
    c = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(2):
        c.drawImage(str(picture), 40, 40, width=500, height=700)
        c.showPage()
    c.save()
    return path


def _encrypted_pdf(path: Path) -> Path:
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), encrypt=StandardEncryption("hemligt", ownerPassword="ägare"))
    c.drawString(72, 720, "Mål 1 Ett hemligt mål")
    c.save()
    return path


def _long_pdf(path: Path, pages: int) -> Path:
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    for n in range(pages):
        c.drawString(72, 720, f"Mål {n + 1} Ett mål bland många")
        c.showPage()
    c.save()
    return path


def _prose_docx(path: Path) -> Path:
    from docx import Document

    doc = Document()
    doc.add_heading("Protokoll från RUS-nätverket", level=1)
    doc.add_paragraph("Vi diskuterade hur regionerna följer upp sina strategier och vilka frågor som är heta.")
    doc.add_paragraph("Nästa möte hålls i Sundsvall.")
    doc.save(str(path))
    return path


@pytest.mark.parametrize(
    ("name", "make", "words"),
    [
        ("skannad.pdf", _scanned_pdf, "bara bilder"),
        ("krypterad.pdf", _encrypted_pdf, "krypterad"),
        ("gammal.doc", lambda p: (p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512), p)[1], ".docx"),
        ("lang.pdf", lambda p: _long_pdf(p, 300), "300 sidor"),
        ("protokoll.docx", _prose_docx, "inga mål hittades"),
    ],
)
def test_unreadable_documents_are_refused_in_swedish_and_nothing_is_written(plan_files, tmp_path, name, make, words):
    source = make(tmp_path / name)
    review = tmp_path / "granska.xlsx"
    before = plan_files["demo"].read_bytes()
    done = run("ingest", str(source), "--to", str(review), "--into", str(plan_files["demo"]))
    assert done.returncode == 1
    assert name in done.stderr and words in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert not review.exists()
    assert plan_files["demo"].read_bytes() == before
    english = run("ingest", str(source), "--to", str(review), "--lang", "en")
    assert english.returncode == 1 and "cannot be read" in english.stderr
