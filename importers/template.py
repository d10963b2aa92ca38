"""The downloadable workbook template: every sheet with headers, one example row each, drop-down lists for
coded columns (in Swedish), and instructions. Importing its example rows unchanged is warned about."""

from __future__ import annotations

import io
from dataclasses import dataclass

from graph.content import ENTITY_TABLES, TABLES, DatasetContent
from graph.i18n import t
from importers.columns import ENUMS, TABLE_COLUMNS
from importers.problems import Problems, Where
from importers.vocabulary import swedish_words

EXAMPLE = DatasetContent.model_validate(
    {
        "strategies": [
            {
                "id": "RUS",
                "name": "Regional utvecklingsstrategi 2020–2030",
                "kind": "rus",
                "area": "22",
                "valid_from": 2020,
                "valid_to": 2030,
                "owner": "RV",
                "description": "Exempelrad – ersätt med er egen RUS",
            }
        ],
        "goals": [
            {
                "id": "RUS-1",
                "strategy": "RUS",
                "name": "Fler nya och växande hållbara företag",
                "level": "goal",
                "description": "Exempelrad – ett mål eller en prioritering i RUS",
            }
        ],
        "actions": [
            {
                "id": "A-1",
                "strategy": "RUS",
                "name": "Rådgivning till nya företag",
                "status": "ongoing",
                "start": "2024",
                "end": "2026-12-31",
                "budget_sek": 1500000.5,
                "areas": ["2281", "2283"],
                "description": "Exempelrad – en insats",
            }
        ],
        "indicators": [
            {
                "id": "I-1",
                "name": "Nystartade företag per 1 000 invånare",
                "unit": "antal",
                "source": "kolada",
                "source_ref": "N00999",
                "direction": "increase",
                "baseline_year": 2020,
                "baseline_value": 4.1,
                "target_year": 2030,
                "target_value": 5.0,
            }
        ],
        "observations": [{"indicator": "I-1", "period": "2023", "value": 4.3, "area": "2281", "gender": "T"}],
        "actors": [{"id": "RV", "name": "Region Västernorrland", "kind": "region", "org_number": "232100-0206"}],
        "links": [
            {
                "from": "A-1",
                "type": "contributes_to",
                "to": "RUS-1",
                "score": 2,
                "rationale": "Rådgivningen gör att fler företag startar",
                "source": "Exempel",
            }
        ],
        "progress": [
            {
                "action": "A-1",
                "period": "2025H1",
                "status": "ongoing",
                "progress": 40,
                "spent_sek": 600000,
                "comment": "Exempelrad – 35 företag har fått rådgivning",
                "reported_by": "Region Västernorrland",
            }
        ],
    }
)

INSTRUCTIONS: dict[str, dict[str, str]] = {
    "strategies": {
        "id": "Kort unikt id, t.ex. RUS, S3, LTP. Id:n måste vara unika i alla tabeller.",
        "name": "Dokumentets namn.",
        "kind": "rus (regional utvecklingsstrategi – exakt en), plan (tematisk plan, strategi, program), "
        "nationell, internationell eller kommunal. Välj i listan.",
        "parent": "Id för strategin som den här genomför (för en plan oftast RUS).",
        "owner": "Id för aktören som äger dokumentet (tabellen actors).",
        "area": "Läns- eller kommunkod som dokumentet gäller, t.ex. 22 för Västernorrland.",
        "valid_from": "Första år, t.ex. 2021.",
        "valid_to": "Sista år, t.ex. 2030.",
        "url": "Länk till dokumentet.",
        "description": "Fri text.",
    },
    "goals": {
        "id": "Unikt id, t.ex. RUS-1.3.",
        "strategy": "Id för strategin målet hör till.",
        "name": "Målets namn.",
        "level": "vision, målområde, mål (eller prioritering – standard) eller delmål. Välj i listan.",
        "parent": "Id för målet det ligger under, i samma strategi. Får inte bilda en cykel.",
        "description": "Fri text.",
    },
    "actions": {
        "id": "Unikt id.",
        "strategy": "Id för planen (eller RUS) som insatsen hör till.",
        "name": "Insatsens namn.",
        "status": "planerad, pågående, avslutad, pausad eller avbruten. Välj i listan.",
        "start": "Datum (ÅÅÅÅ-MM-DD) eller år.",
        "end": "Datum (ÅÅÅÅ-MM-DD) eller år.",
        "budget_sek": "Budget i kronor; decimalkomma går bra.",
        "areas": "Kommunkoder eller kommunnamn, åtskilda med |, komma, semikolon eller mellanslag, t.ex. "
        "2281|2283 eller Sundsvall, Härnösand. Tomt = hela strategins område.",
        "description": "Fri text.",
    },
    "indicators": {
        "id": "Unikt id.",
        "name": "Indikatorns namn.",
        "unit": "T.ex. %, antal, ton CO2e/inv.",
        "source": "kolada, scb, brp+ (BRP+), egen eller annan. Välj i listan.",
        "source_ref": "Id i källan, t.ex. Kolada-KPI N00914.",
        "direction": "öka (högre är bättre) eller minska (lägre är bättre). Välj i listan.",
        "baseline_year": "Utgångsläge: basår.",
        "baseline_value": "Utgångsläge: värde.",
        "target_year": "Målår.",
        "target_value": "Målvärde.",
    },
    "observations": {
        "indicator": "Id för indikatorn.",
        "period": "År (2023) eller datum.",
        "value": "Utfall (tal).",
        "area": "Kommun- eller länskod; tomt = hela regionen.",
        "gender": "T (totalt, standard), K (kvinnor), M (män). Välj i listan.",
        "source": "Varifrån värdet kommer (fri text, t.ex. kolada).",
    },
    "actors": {
        "id": "Unikt id.",
        "name": "Aktörens namn, t.ex. Almi Mitt.",
        "kind": "region, kommun, länsstyrelse, statlig myndighet, lärosäte, företagsfrämjare, civilsamhälle, "
        "privat, forum (råd eller nätverk) eller annan. Välj i listan.",
        "org_number": "Organisationsnummer, t.ex. 232100-0206.",
        "member_of": "Id för forum (råd, nätverk) som aktören sitter i, åtskilda med |.",
    },
    "links": {
        "from": "Id för raden kopplingen går från.",
        "type": "bidrar till (insats → mål, mål → mål), påverkar (mål → mål), följs upp med (mål/insats → "
        "indikator), ansvarig för (aktör → insats) eller medverkar i (aktör → insats). Välj i listan.",
        "to": "Id för raden kopplingen går till, eller ett referens-id: sdg:8, sdg:8.2, nat:1 … nat:4, "
        "nat:F1 … nat:F3, area:2281.",
        "score": "Heltal −3 … +3 enligt skalan nedan, eller skalans namn (t.ex. förstärkande). Standard +1 för "
        "bidrar till; krävs för påverkar.",
        "rationale": "Varför kopplingen håller (visas i diagrammen).",
        "source": "Var bedömningen kommer ifrån (dokument, sida, workshop).",
    },
    "progress": {
        "action": "Id för insatsen som rapporten gäller.",
        "period": "Rapportperiod: år (2025), halvår (2025H1), kvartal (2025Q3) eller datum (ÅÅÅÅ-MM-DD). "
        "En rapport per insats och period.",
        "status": "Status vid perioden, som i actions. Senaste periodens status blir insatsens aktuella status "
        "när actions.status är tom.",
        "progress": "Hur långt insatsen har kommit, 0–100 (procent klart).",
        "spent_sek": "Använda medel hittills i kronor.",
        "comment": "Kort lägesbeskrivning (fri text).",
        "reported_by": "Vem som rapporterade.",
    },
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
    from openpyxl import load_workbook
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
        _offer_lists(sheet, sheet.title)
    info = book.create_sheet("Instruktioner", 0)
    info.append(["Mall för ruslinks kopplingsarbetsbok"])
    info["A1"].font = Font(bold=True, size=14)
    info.append(
        [
            "Fyll i en rad per strategi, mål, insats, indikator, utfall, aktör och koppling. Rad 1 i varje "
            "blad är rubriker; exempelraden på rad 2 kan skrivas över (lämnas den kvar varnar ruslink). "
            "Tabellerna strategies, goals och links krävs, övriga får vara tomma. Kolumner märkta ja krävs. "
            'Tomma celler betyder "inte angivet".'
        ]
    )
    info.append(["Det här bladet läses inte in."])
    info.append(
        [
            "Koderna i importformatet (t.ex. ongoing, contributes_to, goal_area) går också bra, liksom "
            "svenska blad- och kolumnnamn: Strategier, Mål, Insatser, Indikatorer, Utfall, Aktörer och "
            "Kopplingar; namn, typ, nivå, från, till, poäng, motivering, källa och så vidare. Står en titelrad "
            "över rubrikerna hittas rubrikraden ändå (högst tio rader ner)."
        ]
    )
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


def _offer_lists(sheet, table: str) -> None:
    """Drop-down lists of the Swedish words for every coded column, and the example row in those words.

    The list warns rather than stops: the codes and the glossary's other words are read too."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    for index, (name, column) in enumerate(TABLE_COLUMNS[table].items(), start=1):
        if not column.kind.startswith("enum:"):
            continue
        enum = column.kind[5:]
        words = swedish_words(enum)
        cell = sheet.cell(2, index)
        if cell.value in ENUMS[enum]:
            cell.value = words[ENUMS[enum].index(cell.value)]
        letter = get_column_letter(index)
        rule = DataValidation(
            type="list",
            formula1='"' + ",".join(words) + '"',
            allow_blank=True,
            errorStyle="warning",
            showErrorMessage=True,
            errorTitle=name,
            error="Välj ett värde i listan (se bladet Instruktioner).",
        )
        rule.add(f"{letter}2:{letter}{TEMPLATE_ROWS}")
        sheet.add_data_validation(rule)


EXAMPLE_MARK = "Exempelrad"
"""How the template's example descriptions begin."""
TEMPLATE_ROWS = 5000
"""How far down the drop-down lists reach."""


@dataclass(frozen=True)
class _ExampleRows:
    places: tuple[Where, ...]
    ids: tuple[str, ...]

    def render(self, lang: str) -> str:
        return ", ".join(f"{_place(w, lang)} ({i})" for w, i in zip(self.places, self.ids, strict=True))


def _place(where: Where, lang: str) -> str:
    name = where.file if where.form == "csv" else where.table
    return f"{name} {t('where.item' if where.form == 'json' else 'where.row', lang, row=where.row)}"


def warn_template_examples(rows: dict, problems: Problems) -> None:
    """Warn once when rows of the template's example are still in the data.

    A row is the example's when it has its id and name; the warning needs one that also still says
    "Exempelrad" in its description, since a real Västernorrland dataset may well hold `RV`, Region
    Västernorrland."""
    examples = {(table, item.id, item.name) for table in ENTITY_TABLES for item in getattr(EXAMPLE, table)}
    found = [
        (row.where, row.data.get("id"))
        for table in ENTITY_TABLES
        for row in rows.get(table, [])
        if (table, row.data.get("id"), row.data.get("name")) in examples
    ]
    marked = any(
        str(row.data.get("description") or "").startswith(EXAMPLE_MARK)
        for table in ENTITY_TABLES
        for row in rows.get(table, [])
        if (table, row.data.get("id"), row.data.get("name")) in examples
    )
    if found and marked:
        problems.warn(
            Where(found[0][0].file),
            "check.template_examples",
            rows=_ExampleRows(tuple(w for w, _ in found), tuple(str(i) for _, i in found)),
        )
