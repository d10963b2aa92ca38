"""The downloadable workbook template: every sheet with headers, one example row each, and instructions."""

from __future__ import annotations

import io

from importers.columns import TABLE_COLUMNS
from importers.model import TABLES, DatasetContent

EXAMPLE = DatasetContent.model_validate({
    "strategies": [{"id": "RUS", "name": "Regional utvecklingsstrategi 2020–2030", "kind": "rus", "area": "22",
                    "valid_from": 2020, "valid_to": 2030, "owner": "RV",
                    "description": "Exempelrad – ersätt med er egen RUS"}],
    "goals": [{"id": "RUS-1", "strategy": "RUS", "name": "Fler nya och växande hållbara företag",
               "level": "goal", "description": "Exempelrad – ett mål eller en prioritering i RUS"}],
    "actions": [{"id": "A-1", "strategy": "RUS", "name": "Rådgivning till nya företag", "status": "ongoing",
                 "start": "2024", "end": "2026-12-31", "budget_sek": 1500000.5, "areas": ["2281", "2283"],
                 "description": "Exempelrad – en insats"}],
    "indicators": [{"id": "I-1", "name": "Nystartade företag per 1 000 invånare", "unit": "antal",
                    "source": "kolada", "source_ref": "N00999", "direction": "increase", "baseline_year": 2020,
                    "baseline_value": 4.1, "target_year": 2030, "target_value": 5.0}],
    "observations": [{"indicator": "I-1", "period": "2023", "value": 4.3, "area": "2281", "gender": "T"}],
    "actors": [{"id": "RV", "name": "Region Västernorrland", "kind": "region", "org_number": "232100-0206"}],
    "links": [{"from": "A-1", "type": "contributes_to", "to": "RUS-1", "score": 2,
               "rationale": "Rådgivningen gör att fler företag startar", "source": "Exempel"}],
    "progress": [{"action": "A-1", "period": "2025H1", "status": "ongoing", "progress": 40, "spent_sek": 600000,
                  "comment": "Exempelrad – 35 företag har fått rådgivning", "reported_by": "Region Västernorrland"}],
})

INSTRUCTIONS: dict[str, dict[str, str]] = {
    "strategies": {
        "id": "Kort unikt id, t.ex. RUS, S3, LTP. Id:n måste vara unika i alla tabeller.",
        "name": "Dokumentets namn.",
        "kind": "rus (regional utvecklingsstrategi – exakt en), plan (tematisk plan, strategi, program), "
                "national, international eller municipal.",
        "parent": "Id för strategin som den här genomför (för en plan oftast RUS).",
        "owner": "Id för aktören som äger dokumentet (tabellen actors).",
        "area": "Läns- eller kommunkod som dokumentet gäller, t.ex. 22 för Västernorrland.",
        "valid_from": "Första år, t.ex. 2021.", "valid_to": "Sista år, t.ex. 2030.",
        "url": "Länk till dokumentet.", "description": "Fri text."},
    "goals": {
        "id": "Unikt id, t.ex. RUS-1.3.", "strategy": "Id för strategin målet hör till.", "name": "Målets namn.",
        "level": "vision, goal_area (målområde), goal (mål / prioritering – standard) eller target (delmål).",
        "parent": "Id för målet det ligger under, i samma strategi. Får inte bilda en cykel.",
        "description": "Fri text."},
    "actions": {
        "id": "Unikt id.", "strategy": "Id för planen (eller RUS) som insatsen hör till.", "name": "Insatsens namn.",
        "status": "planned (planerad), ongoing (pågående), completed (avslutad), paused (pausad), cancelled (avbruten).",
        "start": "Datum (ÅÅÅÅ-MM-DD) eller år.", "end": "Datum (ÅÅÅÅ-MM-DD) eller år.",
        "budget_sek": "Budget i kronor; decimalkomma går bra.",
        "areas": "Kommunkoder åtskilda med |, t.ex. 2281|2283. Tomt = hela strategins område.",
        "description": "Fri text."},
    "indicators": {
        "id": "Unikt id.", "name": "Indikatorns namn.", "unit": "T.ex. %, antal, ton CO2e/inv.",
        "source": "kolada, scb, brp_plus, own eller other.", "source_ref": "Id i källan, t.ex. Kolada-KPI N00914.",
        "direction": "increase (högre är bättre) eller decrease (lägre är bättre).",
        "baseline_year": "Utgångsläge: basår.", "baseline_value": "Utgångsläge: värde.",
        "target_year": "Målår.", "target_value": "Målvärde."},
    "observations": {
        "indicator": "Id för indikatorn.", "period": "År (2023) eller datum.", "value": "Utfall (tal).",
        "area": "Kommun- eller länskod; tomt = hela regionen.", "gender": "T (totalt, standard), K (kvinnor), M (män).",
        "source": "Varifrån värdet kommer (fri text, t.ex. kolada)."},
    "actors": {
        "id": "Unikt id.", "name": "Aktörens namn, t.ex. Almi Mitt.",
        "kind": "region, municipality, county_board (länsstyrelse), state_agency, university, business_support, "
                "civil_society, private, forum (råd eller nätverk) eller other.",
        "org_number": "Organisationsnummer, t.ex. 232100-0206.",
        "member_of": "Id för forum (råd, nätverk) som aktören sitter i, åtskilda med |."},
    "links": {
        "from": "Id för raden kopplingen går från.",
        "type": "contributes_to (bidrar till: insats → mål, mål → mål), interacts_with (påverkar: mål → mål), "
                "measured_by (följs upp med: mål/insats → indikator), responsible_for (ansvarig för: aktör → insats), "
                "participates_in (medverkar i: aktör → insats).",
        "to": "Id för raden kopplingen går till, eller ett referens-id: sdg:8, sdg:8.2, nat:1 … nat:4, "
              "nat:F1 … nat:F3, area:2281.",
        "score": "Heltal −3 … +3 enligt skalan nedan. Standard +1 för contributes_to; krävs för interacts_with.",
        "rationale": "Varför kopplingen håller (visas i diagrammen).",
        "source": "Var bedömningen kommer ifrån (dokument, sida, workshop)."},
    "progress": {
        "action": "Id för insatsen som rapporten gäller.",
        "period": "Rapportperiod: år (2025), halvår (2025H1), kvartal (2025Q3) eller datum (ÅÅÅÅ-MM-DD). "
                  "En rapport per insats och period.",
        "status": "Status vid perioden, som i actions. Senaste periodens status blir insatsens aktuella status "
                  "när actions.status är tom.",
        "progress": "Hur långt insatsen har kommit, 0–100 (procent klart).",
        "spent_sek": "Använda medel hittills i kronor.", "comment": "Kort lägesbeskrivning (fri text).",
        "reported_by": "Vem som rapporterade."},
}

SCALE = [
    (3, "odelbar", "oupplösligt förenad med att det andra målet nås"),
    (2, "förstärkande", "hjälper det andra målet att nås"),
    (1, "möjliggörande", "skapar förutsättningar för det andra målet"),
    (0, "förenlig", "ingen betydande påverkan åt något håll"),
    (-1, "begränsande", "begränsar möjligheterna för det andra målet"),
    (-2, "motverkande", "krockar med det andra målet (målkonflikt)"),
    (-3, "omöjliggörande", "gör det omöjligt att nå det andra målet"),
]


def template_bytes() -> bytes:
    """The template workbook: one sheet per table (headers, one example row) and a sheet "Instruktioner"."""
    from openpyxl import Workbook, load_workbook
    from openpyxl.styles import Font

    from importers.write import write_xlsx

    buffer = io.BytesIO()
    write_xlsx(EXAMPLE, buffer)
    buffer.seek(0)
    book = load_workbook(buffer)  # reopen (not write-only) to style headers and add instructions
    bold = Font(bold=True)
    for sheet in book.worksheets:
        for cell in sheet[1]:
            cell.font = bold
        sheet.freeze_panes = "A2"
    info = book.create_sheet("Instruktioner", 0)
    info.append(["Mall för ruslinks kopplingsarbetsbok"])
    info["A1"].font = Font(bold=True, size=14)
    info.append(["Fyll i en rad per strategi, mål, insats, indikator, utfall, aktör och koppling. Rad 1 i varje "
                 "blad är rubriker; exempelraden på rad 2 kan skrivas över. Tabellerna strategies, goals och links "
                 "krävs, övriga får vara tomma. Kolumner märkta ja krävs. Tomma celler betyder \"inte angivet\"."])
    info.append(["Det här bladet läses inte in."])
    info.append([])
    info.append(["blad", "kolumn", "krävs", "förklaring"])
    for cell in info[info.max_row]:
        cell.font = bold
    for table in TABLES:
        for name, column in TABLE_COLUMNS[table].items():
            info.append([table, name, "ja" if column.required else "", INSTRUCTIONS[table][name]])
    info.append([])
    info.append(["Poängskalan −3 … +3 (Nilsson, Griggs & Visbeck 2016) för kolumnen score i links"])
    info.cell(info.max_row, 1).font = bold
    info.append(["poäng", "namn", "", "betydelse"])
    for cell in info[info.max_row]:
        cell.font = bold
    for score, name, meaning in SCALE:
        info.append([score, name, "", meaning])
    info.column_dimensions["A"].width = 14
    info.column_dimensions["B"].width = 16
    info.column_dimensions["D"].width = 110
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
