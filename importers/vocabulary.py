"""The words analysts type for coded values, columns and sheets, besides the codes of the import format.

spec/import-format.md fixes the codes (`ongoing`, `contributes_to`, ...) and the English table and column
names; the contract allows accepting more. Swedish analysts type the glossary's words (`pågående`,
`bidrar till`, `delmål`, `kommun`) and name sheets and columns in Swedish (`Insatser`, `från`, `poäng`), and
the template explains every code with its Swedish word, so all of these are read as the code they stand for.
Matching ignores case, surrounding space and the difference between `_`, `-` and a space.
"""

from __future__ import annotations

import re
from functools import lru_cache

from graph.i18n import t
from importers.columns import ENUMS, TABLE_COLUMNS

WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "strategy_kind": {
        "rus": ("regional utvecklingsstrategi", "regional development strategy"),
        "plan": ("tematisk plan", "strategi", "program", "handlingsplan", "thematic plan"),
        "national": ("nationell", "nationell strategi", "national strategy"),
        "international": ("internationell", "internationell strategi", "international strategy"),
        "municipal": ("kommunal", "kommunal strategi", "municipal strategy"),
    },
    "goal_level": {
        "vision": (),
        "goal_area": ("målområde", "goal area"),
        "goal": ("mål", "prioritering", "priority"),
        "target": ("delmål",),
    },
    "action_status": {
        "planned": ("planerad",),
        "ongoing": ("pågående",),
        "completed": ("avslutad",),
        "paused": ("pausad",),
        "cancelled": ("avbruten", "canceled"),
    },
    "indicator_source": {
        "kolada": (),
        "scb": (),
        "brp_plus": ("brp+",),
        "own": ("egen",),
        "other": ("annan",),
    },
    "direction": {
        "increase": ("öka", "ökning", "högre är bättre", "higher is better"),
        "decrease": ("minska", "minskning", "lägre är bättre", "lower is better"),
    },
    "gender": {"T": ("totalt", "total"), "K": ("kvinnor", "women"), "M": ("män", "men")},
    "actor_kind": {
        "region": (),
        "municipality": ("kommun",),
        "county_board": ("länsstyrelse", "county board"),
        "state_agency": ("statlig myndighet", "myndighet", "state agency"),
        "university": ("lärosäte", "universitet", "högskola"),
        "business_support": ("företagsfrämjare", "företagsstöd", "business support"),
        "civil_society": ("civilsamhälle", "civil society"),
        "private": ("privat", "privat sektor", "private sector"),
        "forum": ("råd", "nätverk"),
        "other": ("annan",),
    },
    "link_type": {
        "contributes_to": ("bidrar till", "contributes to"),
        "interacts_with": ("påverkar", "affects"),
        "measured_by": ("följs upp med", "measured by"),
        "responsible_for": ("ansvarig för", "lead on"),
        "participates_in": ("medverkar i", "partner in"),
    },
}
"""Per coded column: code → the other words read as it (the glossary's Swedish and English forms)."""

TABLE_WORDS: dict[str, tuple[str, ...]] = {
    "strategies": ("strategier", "styrdokument"),
    "goals": ("mål",),
    "actions": ("insatser", "åtgärder"),
    "indicators": ("indikatorer",),
    "observations": ("utfall", "mätvärden"),
    "actors": ("aktörer",),
    "links": ("kopplingar",),
    "progress": ("uppföljning", "rapporter"),
}
"""Swedish sheet (and CSV file) names read as the tables of the format."""

_COMMON_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("namn",),
    "description": ("beskrivning",),
    "parent": ("överordnad", "ligger under"),
    "strategy": ("strategi", "plan"),
    "source": ("källa",),
}
COLUMN_WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "strategies": {
        "kind": ("typ", "sort"),
        "owner": ("ägare",),
        "area": ("område", "länskod"),
        "valid_from": ("giltig från", "från år"),
        "valid_to": ("giltig till", "till år"),
        "url": ("länk", "webbadress"),
    },
    "goals": {"level": ("nivå",)},
    "actions": {
        "start": ("startår", "startdatum"),
        "end": ("slut", "slutår", "slutdatum"),
        "budget_sek": ("budget", "budget kr", "budget (kr)", "budget sek"),
        "areas": ("kommuner", "kommunkoder", "områden"),
    },
    "indicators": {
        "unit": ("enhet",),
        "source_ref": ("källans id", "kpi", "kpi-id"),
        "direction": ("riktning",),
        "baseline_year": ("basår",),
        "baseline_value": ("utgångsläge", "utgångsvärde"),
        "target_year": ("målår",),
        "target_value": ("målvärde",),
    },
    "observations": {
        "indicator": ("indikator",),
        "period": ("år",),
        "value": ("värde", "utfall", "mätvärde"),
        "area": ("område", "kommun", "kommunkod"),
        "gender": ("kön",),
    },
    "actors": {
        "kind": ("typ", "sort"),
        "org_number": ("organisationsnummer", "orgnr", "org.nr"),
        "member_of": ("medlem i", "sitter i"),
    },
    "progress": {
        "action": ("insats",),
        "period": ("år",),
        "progress": ("andel klar", "procent klart", "klart"),
        "spent_sek": ("förbrukat", "förbrukat kr", "använt"),
        "comment": ("kommentar",),
        "reported_by": ("rapporterad av", "rapportör"),
    },
    "links": {
        "from": ("från",),
        "type": ("typ", "kopplingstyp"),
        "to": ("till",),
        "score": ("poäng",),
        "rationale": ("motivering",),
    },
}
"""Per table: column → the Swedish headers read as it (besides the common ones above)."""

_SEPARATORS = re.compile(r"[\s_\-]+")


def fold(text: str) -> str:
    """A name or word as matched: lower case, `_`, `-` and runs of space all one space, no `*` marks."""
    return _SEPARATORS.sub(" ", text.replace("\ufeff", "").strip().rstrip("*").strip().lower()).strip()


def _enum_lookup() -> dict[str, dict[str, str]]:
    lookup: dict[str, dict[str, str]] = {}
    for enum, codes in ENUMS.items():
        table = lookup.setdefault(enum, {})
        for code in codes:
            table[fold(code)] = code
            for word in WORDS.get(enum, {}).get(code, ()):
                table[fold(word)] = code
    return lookup


def _table_lookup() -> dict[str, str]:
    lookup = {fold(name): name for name in TABLE_COLUMNS}
    for name, words in TABLE_WORDS.items():
        lookup.update({fold(w): name for w in words})
    return lookup


def _column_lookup() -> dict[str, dict[str, str]]:
    lookup: dict[str, dict[str, str]] = {}
    for table, columns in TABLE_COLUMNS.items():
        names = {fold(c): c for c in columns}
        for column, words in {**_COMMON_COLUMNS, **COLUMN_WORDS.get(table, {})}.items():
            if column in columns:
                names.update({fold(w): column for w in words if fold(w) not in names})
        lookup[table] = names
    return lookup


_ENUMS = _enum_lookup()
_TABLES = _table_lookup()
_COLUMNS = _column_lookup()


def code_for(enum: str, text: str) -> str | None:
    """The code `text` stands for in the coded column `enum` (`pågående` → `ongoing`), or None."""
    return _ENUMS[enum].get(fold(text))


def score_for(text: str) -> int | None:
    """The score a name of the seven-point scale stands for (`förstärkande` → 2, `cancelling` → −3), or None."""
    return _scores().get(fold(text))


@lru_cache(maxsize=1)
def _scores() -> dict[str, int]:
    return {fold(t(f"score.{n}", lang)): n for n in range(-3, 4) for lang in ("sv", "en")}


def table_for(name: str) -> str | None:
    """The table a sheet or file name stands for (`Insatser` → `actions`), or None."""
    return _TABLES.get(fold(name))


def column_for(table: str, header: str) -> str | None:
    """The column a header of `table` stands for (`från` → `from`), or None."""
    return _COLUMNS.get(table, {}).get(fold(header))


def swedish_words(enum: str) -> list[str]:
    """The word shown for every code of `enum`, in code order: the Swedish word where the code is English
    (`pågående` for `ongoing`), the code itself where it is already what Swedes write (`rus`, `T`)."""
    return [WORDS[enum][code][0] if code in _SHOWN_IN_SWEDISH.get(enum, ()) else code for code in ENUMS[enum]]


_SHOWN_IN_SWEDISH: dict[str, tuple[str, ...]] = {
    "strategy_kind": ("national", "international", "municipal"),
    "goal_level": ("goal_area", "goal", "target"),
    "action_status": ("planned", "ongoing", "completed", "paused", "cancelled"),
    "indicator_source": ("brp_plus", "own", "other"),
    "direction": ("increase", "decrease"),
    "actor_kind": (
        "municipality",
        "county_board",
        "state_agency",
        "university",
        "business_support",
        "civil_society",
        "private",
        "other",
    ),
    "link_type": ("contributes_to", "interacts_with", "measured_by", "responsible_for", "participates_in"),
}
"""Codes that are English words, shown by their first listed (Swedish) word in Swedish text."""
