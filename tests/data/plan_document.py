"""A realistic (illustrative) Swedish plan written as .docx and as .pdf, with the facts it states.

"Handlingsplan för kompetensförsörjning i Västernorrland 2024–2027": goal areas, numbered goals and
sub-goals with descriptions, an action table (over a page break in the PDF), actions as a bullet list,
an indicator table with Kolada ids, running headers and footers, and a paragraph and a section quoting
the RUS's goals (which are not this plan's goals). `TRUTH` is what a reader should recover.
"""

from __future__ import annotations

from pathlib import Path

TITLE = "Handlingsplan för kompetensförsörjning i Västernorrland 2024–2027"
HEADER = "Region Västernorrland · Handlingsplan för kompetensförsörjning"
FOOTER = "Exempeldokument – illustrativt, inte regionens officiella plan"

INTRO = (
    "Handlingsplanen är ett av de styrdokument som genomför den regionala utvecklingsstrategin. Den "
    "beslutades av regionala utvecklingsnämnden och gäller för perioden 2024–2027. Planen beskriver mål, "
    "insatser och hur arbetet följs upp."
)
QUOTE = (
    "I den regionala utvecklingsstrategin (RUS) anges bland annat Mål 3.3 ”Ett regionalt matchat "
    "utbildningsutbud” och Mål 3.4 ”Ökad matchningsgrad”. Även prioriteringen Mål 2.2 ”Alla ska ha "
    "grundläggande behörighet från grundskola och gymnasium” berörs av planen."
)
RUS_LIST = [
    "Mål 3.3 Ett regionalt matchat utbildningsutbud (RUS)",
    "Mål 3.4 Ökad matchningsgrad (RUS)",
    "Prioritering 2 Västernorrland är platsen som människor väljer för att leva och besöka",
]

# (local id, level, name, parent local id, description)
GOALS = [
    ("MO1", "goal_area", "Utbildning i takt med arbetslivet", None, None),
    (
        "1",
        "goal",
        "Ett utbildningsutbud som motsvarar arbetsmarknadens behov",
        "MO1",
        "Utbildningar dimensioneras efter vad arbetsgivarna i länet efterfrågar.",
    ),
    ("1.1", "target", "Fler platser i regionalt yrkesvux inom bristyrken", "1", None),
    ("1.2", "target", "Yrkeshögskoleutbildningar i alla delar av länet", "1", None),
    ("2", "goal", "Fler fullföljer gymnasieskolan", "MO1", "Avhoppen ska minska i alla kommuner."),
    ("2.1", "target", "Minskad frånvaro i gymnasieskolan", "2", None),
    ("2.2", "target", "Fler elever tar gymnasieexamen inom fyra år", "2", None),
    ("MO2", "goal_area", "Ett inkluderande arbetsliv", None, None),
    (
        "3",
        "goal",
        "Bättre matchning mellan arbetssökande och arbetsgivare",
        "MO2",
        "Fler lediga jobb ska tillsättas med rätt kompetens.",
    ),
    ("3.1", "target", "Snabbare validering av yrkeskunskaper", "3", None),
    ("3.2", "target", "Fler utrikes födda kvinnor i arbete", "3", None),
    ("4", "goal", "Attraktiva arbetsgivare som lockar nya invånare", "MO2", None),
    ("4.1", "target", "Fler inflyttade i arbetsför ålder", "4", None),
]

# (name, description, responsible, participants, schedule, contributes)
TABLE_ACTIONS = [
    (
        "Branschråd för vård och omsorg",
        "Arbetsgivare och skolor bedömer behovet av undersköterskor.",
        ["Region Västernorrland"],
        ["Kommunförbundet Västernorrland", "Arbetsförmedlingen"],
        "2024–2026",
        ["1.1"],
    ),
    (
        "Regionalt yrkesvux i samverkan",
        "Kommunerna erbjuder gemensamma yrkesutbildningar för vuxna.",
        ["Härnösands kommun"],
        ["Sundsvalls kommun", "Kramfors kommun"],
        "2024–2027",
        ["1.1", "3"],
    ),
    (
        "Lärcentra för yrkeshögskola på distans",
        "Studieplatser och handledning på hemorten.",
        ["Sollefteå kommun"],
        ["Mittuniversitetet"],
        "2025–2027",
        ["1.2"],
    ),
    (
        "Närvaroteam i gymnasieskolan",
        "Elevhälsan följer upp frånvaro varje vecka.",
        ["Sundsvalls kommun"],
        [],
        "2024–2025",
        ["2.1"],
    ),
    (
        "Sommarskola för gymnasieelever",
        "Intensivundervisning för elever som saknar betyg.",
        ["Örnsköldsviks kommun"],
        [],
        "2024–2027",
        ["2.2"],
    ),
    (
        "Valideringscentrum Västernorrland",
        "Bedömning av yrkeskunskaper från andra länder.",
        ["Arbetsförmedlingen"],
        ["Region Västernorrland"],
        "2025–2027",
        ["3.1"],
    ),
    (
        "Arbetsmarknadsnära svenska för nyanlända kvinnor",
        "Svenskundervisning kombinerad med praktik.",
        ["Timrå kommun"],
        ["Arbetsförmedlingen"],
        "2024–2026",
        ["3.2"],
    ),
    (
        "Inflyttarservice för nya medarbetare",
        "Hjälp med bostad, förskola och jobb till medföljande.",
        ["Örnsköldsviks kommun"],
        ["Region Västernorrland"],
        "2024–2027",
        ["4.1", "3"],
    ),
    (
        "Kompetensväxling i processindustrin",
        "Anställda vidareutbildas när industrin ställer om.",
        ["Mittuniversitetet"],
        ["Almi Mitt"],
        "2025–2026",
        ["1"],
    ),
]
BULLET_ACTIONS = [
    ("Praktikplatsbank för unga", ["Region Västernorrland"], [], ["2.2"]),
    ("Mentorskap för utrikes födda akademiker", ["Arbetsförmedlingen"], ["Sundsvalls kommun"], ["3.2"]),
    ("Ambassadörsnätverk för nyinflyttade", ["Handelskammaren Mittsverige"], ["Region Västernorrland"], ["4"]),
]

# (name, kolada id, baseline, target, measures)
INDICATORS = [
    ("Invånare 25–64 år med eftergymnasial utbildning", "N01982", "36,5 % (2022)", "40 % (2027)", "1"),
    ("Gymnasieelever med examen inom 4 år", "N17461", "68,2 % (2022)", "75 % (2027)", "2"),
    ("Förvärvsarbetande invånare 20–64 år", "N00914", "78,1 % (2022)", "81 % (2027)", "3"),
    ("Utrikes födda kvinnor i arbete efter ett år", "–", "31 % (2023)", "45 % (2027)", "3.2"),
]


def _bullet_text(name: str, responsible: list[str], participants: list[str], contributes: list[str]) -> str:
    text = f"{name} – ansvarig: {', '.join(responsible)}"
    if participants:
        text += f"; medverkande: {', '.join(participants)}"
    refs = ", ".join(("delmål " if "." in r else "mål ") + r for r in contributes)
    return text + f". Bidrar till {refs}."


def _goal_line(local: str, level: str, name: str) -> str:
    return {
        "goal_area": f"Målområde {local[2:]} {name}",
        "goal": f"Mål {local} {name}",
        "target": f"Delmål {local} {name}",
    }[level]


def _contributes(refs: list[str]) -> str:
    return ", ".join(("Delmål " if "." in r else "Mål ") + r for r in refs)


def truth() -> dict:
    """What the document states, as sets a test compares with what was read."""
    actions = [(a[0], a[2], a[3], a[5]) for a in TABLE_ACTIONS] + list(BULLET_ACTIONS)
    return {
        "goals": {(local, level, name) for local, level, name, _, _ in GOALS},
        "parents": {(local, parent) for local, _, _, parent, _ in GOALS if parent},
        "actions": {a[0] for a in actions},
        "responsible": {(a[0], r) for a in actions for r in a[1]},
        "participants": {(a[0], p) for a in actions for p in a[2]},
        "links": {(a[0], g) for a in actions for g in a[3]},
        "indicators": {(i[0], i[1] if i[1].startswith("N") else None) for i in INDICATORS},
        "measured_by": {(i[4], i[0]) for i in INDICATORS},
    }


def write_docx(path: Path) -> Path:
    from docx import Document
    from docx.enum.text import WD_BREAK

    doc = Document()
    section = doc.sections[0]
    section.header.paragraphs[0].text = HEADER
    section.footer.paragraphs[0].text = FOOTER + " · Sida"
    doc.add_paragraph(TITLE, style="Title")
    doc.add_paragraph("Beslutad av regionala utvecklingsnämnden 2024-02-14. " + FOOTER + ".")
    doc.add_heading("1 Inledning", level=1)
    doc.add_paragraph(INTRO)
    doc.add_paragraph(QUOTE)
    doc.add_heading("1.1 Koppling till RUS", level=2)
    for line in RUS_LIST:
        doc.add_paragraph(line, style="List Bullet")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("2 Mål och delmål", level=1)
    for local, level, name, _, description in GOALS:
        doc.add_heading(_goal_line(local, level, name), level={"goal_area": 2, "goal": 3, "target": 4}[level])
        if description:
            doc.add_paragraph(description)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("3 Insatser", level=1)
    doc.add_paragraph("Tabellen visar planens insatser med ansvariga och medverkande aktörer.")
    table = doc.add_table(rows=1, cols=6)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells,
        ("Insats", "Beskrivning", "Ansvarig", "Medverkande", "Tidsplan", "Bidrar till"),
        strict=True,
    ):
        cell.text = text
    for name, description, responsible, participants, schedule, contributes in TABLE_ACTIONS:
        cells = table.add_row().cells
        for cell, text in zip(
            cells,
            (name, description, ", ".join(responsible), ", ".join(participants), schedule, _contributes(contributes)),
            strict=True,
        ):
            cell.text = text
    doc.add_heading("3.1 Fler insatser", level=2)
    for name, responsible, participants, contributes in BULLET_ACTIONS:
        doc.add_paragraph(_bullet_text(name, responsible, participants, contributes), style="List Bullet")
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    doc.add_heading("4 Uppföljning", level=1)
    doc.add_paragraph("Planen följs upp årligen med indikatorerna nedan. Källa: Kolada.")
    table = doc.add_table(rows=1, cols=5)
    table.style = "Table Grid"
    for cell, text in zip(
        table.rows[0].cells, ("Indikator", "Kolada-id", "Utgångsläge", "Målvärde", "Följer upp"), strict=True
    ):
        cell.text = text
    for name, kolada, base, target, measures in INDICATORS:
        cells = table.add_row().cells
        for cell, text in zip(cells, (name, kolada, base, target, _contributes([measures])), strict=True):
            cell.text = text
    doc.save(str(path))
    return path


def write_pdf(path: Path, *, filler_pages: int = 0) -> Path:
    """The same plan as PDF (reportlab); `filler_pages` adds pages of prose for size tests."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
    from reportlab.lib.units import cm
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontName="Helvetica", fontSize=10, leading=13)
    cell = ParagraphStyle("cell", parent=body, fontSize=8, leading=10)
    h1 = ParagraphStyle("h1", parent=body, fontName="Helvetica-Bold", fontSize=16, leading=20, spaceBefore=8)
    h2 = ParagraphStyle("h2", parent=body, fontName="Helvetica-Bold", fontSize=13, leading=16, spaceBefore=6)
    h3 = ParagraphStyle("h3", parent=body, fontName="Helvetica-Bold", fontSize=11, leading=14, spaceBefore=4)
    title = ParagraphStyle("title", parent=body, fontName="Helvetica-Bold", fontSize=20, leading=24)
    bullet = ParagraphStyle("bullet", parent=body, leftIndent=14, bulletIndent=4)

    def furniture(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 8)
        canvas.drawString(2 * cm, A4[1] - 1.2 * cm, HEADER)
        canvas.drawString(2 * cm, 1.0 * cm, FOOTER)
        canvas.drawRightString(A4[0] - 2 * cm, 1.0 * cm, f"Sida {doc.page}")
        canvas.restoreState()

    def grid(rows: list[list[str]], widths: list[float]) -> Table:
        data = [[Paragraph(c, cell) for c in row] for row in rows]
        table = Table(data, colWidths=[w * cm for w in widths], repeatRows=0)
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        return table

    story = [
        Paragraph(TITLE, title),
        Spacer(1, 12),
        Paragraph("Beslutad av regionala utvecklingsnämnden 2024-02-14. " + FOOTER + ".", body),
        Paragraph("1 Inledning", h1),
        Paragraph(INTRO, body),
        Spacer(1, 6),
        Paragraph(QUOTE, body),
        Paragraph("1.1 Koppling till RUS", h2),
    ]
    story += [Paragraph(line, bullet, bulletText="•") for line in RUS_LIST]
    story += [PageBreak(), Paragraph("2 Mål och delmål", h1)]
    for local, level, name, _, description in GOALS:
        story.append(Paragraph(_goal_line(local, level, name), {"goal_area": h2, "goal": h3, "target": h3}[level]))
        if description:
            story.append(Paragraph(description, body))
    story += [
        PageBreak(),
        Paragraph("3 Insatser", h1),
        Paragraph("Tabellen visar planens insatser med ansvariga och medverkande aktörer.", body),
    ]
    rows = [["Insats", "Beskrivning", "Ansvarig", "Medverkande", "Tidsplan", "Bidrar till"]]
    rows += [[n, d, ", ".join(r), ", ".join(p), s, _contributes(c)] for n, d, r, p, s, c in TABLE_ACTIONS]
    story.append(grid(rows[:6], [3.6, 3.0, 3.2, 3.2, 1.9, 2.1]))
    story += [PageBreak(), grid(rows[6:], [3.6, 3.0, 3.2, 3.2, 1.9, 2.1]), Paragraph("3.1 Fler insatser", h2)]
    story += [Paragraph(_bullet_text(*a), bullet, bulletText="•") for a in BULLET_ACTIONS]
    story += [
        PageBreak(),
        Paragraph("4 Uppföljning", h1),
        Paragraph("Planen följs upp årligen med indikatorerna nedan. Källa: Kolada.", body),
    ]
    rows = [["Indikator", "Kolada-id", "Utgångsläge", "Målvärde", "Följer upp"]]
    rows += [[n, k, b, t, _contributes([m])] for n, k, b, t, m in INDICATORS]
    story.append(grid(rows, [6.0, 2.0, 2.6, 2.4, 2.4]))
    for n in range(filler_pages):
        story += [PageBreak(), Paragraph(f"Bilaga {n + 1}: Nulägesbeskrivning", h2)]
        story += [
            Paragraph(
                "Länets arbetsmarknad beskrivs här med statistik över sysselsättning, utbildning "
                "och pendling i varje kommun. " * 6,
                body,
            )
            for _ in range(5)
        ]
    SimpleDocTemplate(
        str(path),
        pagesize=A4,
        topMargin=2.2 * cm,
        bottomMargin=2.2 * cm,
        leftMargin=2 * cm,
        rightMargin=2 * cm,
        title=TITLE,
    ).build(story, onFirstPage=furniture, onLaterPages=furniture)
    return path
