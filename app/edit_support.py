"""What the UI's editor needs to offer the right field for each column: rows and column specs, named."""

from __future__ import annotations

from typing import Any

from graph.db import Database
from graph.i18n import register, score_name, t
from graph.model import LINK_RELATIONSHIP
from importers.columns import ENUMS, TABLE_COLUMNS
from importers.export import read_content
from importers.model import TABLES
from viz import texts as _texts  # noqa: F401  (registers the names of link types, levels and kinds)

_PREFIX = {"goal_level": "level.", "strategy_kind": "kind.", "actor_kind": "actor.", "action_status": "status.",
           "indicator_source": "isource.", "direction": "direction.", "gender": "gender."}

register({
    "isource.kolada": {"sv": "Kolada", "en": "Kolada"},
    "isource.scb": {"sv": "SCB", "en": "Statistics Sweden (SCB)"},
    "isource.brp_plus": {"sv": "BRP+", "en": "BRP+"},
    "isource.own": {"sv": "egen mätning", "en": "own measurement"},
    "isource.other": {"sv": "annan källa", "en": "other source"},
    "direction.increase": {"sv": "högre är bättre", "en": "higher is better"},
    "direction.decrease": {"sv": "lägre är bättre", "en": "lower is better"},
    "gender.T": {"sv": "totalt", "en": "total"},
    "gender.K": {"sv": "kvinnor", "en": "women"},
    "gender.M": {"sv": "män", "en": "men"},
    **{f"col.{name}": pair for name, pair in {
        "id": {"sv": "Id", "en": "Id"}, "name": {"sv": "Namn", "en": "Name"}, "kind": {"sv": "Sort", "en": "Kind"},
        "parent": {"sv": "Överordnad", "en": "Parent"}, "owner": {"sv": "Ägare", "en": "Owner"},
        "area": {"sv": "Område", "en": "Area"}, "valid_from": {"sv": "Gäller från", "en": "Valid from"},
        "valid_to": {"sv": "Gäller till", "en": "Valid to"}, "url": {"sv": "Webbadress", "en": "URL"},
        "description": {"sv": "Beskrivning", "en": "Description"}, "strategy": {"sv": "Strategi", "en": "Strategy"},
        "level": {"sv": "Nivå", "en": "Level"}, "status": {"sv": "Status", "en": "Status"},
        "start": {"sv": "Start", "en": "Start"}, "end": {"sv": "Slut", "en": "End"},
        "budget_sek": {"sv": "Budget (kr)", "en": "Budget (SEK)"}, "areas": {"sv": "Kommuner", "en": "Municipalities"},
        "unit": {"sv": "Enhet", "en": "Unit"}, "source": {"sv": "Källa", "en": "Source"},
        "source_ref": {"sv": "Id i källan", "en": "Id in the source"},
        "direction": {"sv": "Riktning", "en": "Direction"}, "baseline_year": {"sv": "Basår", "en": "Baseline year"},
        "baseline_value": {"sv": "Basvärde", "en": "Baseline value"},
        "target_year": {"sv": "Målår", "en": "Target year"}, "target_value": {"sv": "Målvärde", "en": "Target value"},
        "indicator": {"sv": "Indikator", "en": "Indicator"}, "period": {"sv": "Period", "en": "Period"},
        "value": {"sv": "Värde", "en": "Value"}, "gender": {"sv": "Kön", "en": "Gender"},
        "org_number": {"sv": "Organisationsnummer", "en": "Organisation number"},
        "member_of": {"sv": "Sitter i", "en": "Member of"}, "from": {"sv": "Från", "en": "From"},
        "type": {"sv": "Typ", "en": "Type"}, "to": {"sv": "Till", "en": "To"}, "score": {"sv": "Styrka", "en": "Score"},
        "rationale": {"sv": "Motivering", "en": "Rationale"}, "action": {"sv": "Insats", "en": "Action"},
        "progress": {"sv": "Färdigt (%)", "en": "Done (%)"}, "spent_sek": {"sv": "Använt (kr)", "en": "Spent (SEK)"},
        "comment": {"sv": "Kommentar", "en": "Comment"},
        "reported_by": {"sv": "Rapporterad av", "en": "Reported by"}}.items()},
})


def column_label(column: str, lang: str) -> str:
    """A column's name in words ("Namn"); a column added to the format later shows as it is named."""
    try:
        return t(f"col.{column}", lang)
    except KeyError:
        return column


def value_name(enum: str, value: str, lang: str) -> str:
    """An allowed value of a column in words (`ongoing` → "pågående")."""
    if enum == "link_type":
        return t(f"link.{LINK_RELATIONSHIP[value]}", lang)
    try:
        return t(_PREFIX[enum] + value, lang)
    except KeyError:
        return value


def editable(db: Database, dataset: str, lang: str = "sv") -> dict[str, Any]:
    """{"tables": {table: [row]}, "columns": {table: [{"name", "label", "kind", "required", "values"}]},
    "scores": [{"value", "name"}]}: the rows as the import format holds them, for the UI's editor."""
    content = read_content(db, dataset)
    tables = {}
    for table in TABLES:
        rows = []
        for item in getattr(content, table):
            row = {k: v for k, v in item.model_dump(by_alias=True, exclude={"extra"}).items() if v not in (None, [])}
            rows.append({**row, **item.extra})
        tables[table] = rows
    columns = {}
    for table, spec in TABLE_COLUMNS.items():
        columns[table] = [{"name": c.name, "label": column_label(c.name, lang), "kind": c.kind.split(":")[0],
                           "required": c.required,
                           "values": [{"value": v, "name": value_name(c.kind[5:], v, lang)}
                                      for v in ENUMS[c.kind[5:]]] if c.kind.startswith("enum:") else []}
                          for c in spec.values()]
    scores = [{"value": s, "name": score_name(s, lang)} for s in range(3, -4, -1)]
    return {"dataset": dataset, "tables": tables, "columns": columns, "scores": scores}
