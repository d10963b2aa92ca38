"""Problems found while reading and checking a dataset, each tied to a file, row and column.

A problem renders in the analyst's words, Swedish by default:
`links.csv rad 14, kolumn "to": ingen rad har id "RUS-9"`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from graph.i18n import register, t

Form = Literal["csv", "xlsx", "json", "file"]


@dataclass(frozen=True)
class Where:
    """A place in the input: a file (and sheet or JSON key), optionally a row and a column."""

    file: str
    table: str = ""
    form: Form = "file"
    row: int | None = None
    column: str | None = None

    def at(self, *, row: int | None = None, column: str | None = None) -> Where:
        # Called once per row read: the constructor is several times cheaper than dataclasses.replace.
        return Where(
            self.file,
            self.table,
            self.form,
            row if row is not None else self.row,
            column if column is not None else self.column,
        )

    def render(self, lang: str = "sv") -> str:
        if self.form == "xlsx":
            head = t("where.sheet", lang, file=self.file, table=self.table)
        elif self.form == "json":
            head = t("where.json", lang, file=self.file, table=self.table)
        else:
            head = self.file
        if self.row is not None:
            word = "where.item" if self.form == "json" else "where.row"
            head += " " + t(word, lang, row=self.row)
        if self.column is not None:
            head += ", " + t("where.column", lang, column=self.column)
        return head


@dataclass(frozen=True)
class Problem:
    """One thing wrong (or worth a warning) in the input."""

    where: Where
    key: str
    values: dict = field(default_factory=dict)
    follows: frozenset[str] = frozenset()
    """For an unknown id: the tables it was looked for in (a broken table there makes it a follow-on error)."""

    def render(self, lang: str = "sv") -> str:
        # A value that depends on the language (a place, a list of allowed words) renders itself.
        values = {k: (v.render(lang) if hasattr(v, "render") else v) for k, v in self.values.items()}
        return f"{self.where.render(lang)}: {t(self.key, lang, **values)}"


MAX_KEPT = 10_000
"""Most errors kept of one import; more are only counted."""
MAX_SHOWN = 1_000
"""Most problem lines in a refusal; the rest are summed up in one last line."""


class Problems:
    """Collects errors and warnings, so an import reports every problem at once."""

    def __init__(self) -> None:
        self.errors: list[Problem] = []
        self.warnings: list[Problem] = []
        self.dropped = 0
        """Errors past MAX_KEPT: counted, not kept (a million broken rows must not take a gigabyte)."""

    def error(self, where: Where, key: str, *, follows: frozenset[str] = frozenset(), **values: object) -> None:
        if len(self.errors) >= MAX_KEPT:
            self.dropped += 1
            return
        self.errors.append(Problem(where, key, values, follows))

    def warn(self, where: Where, key: str, **values: object) -> None:
        self.warnings.append(Problem(where, key, values))

    def __bool__(self) -> bool:
        return bool(self.errors)


register(
    {
        "where.sheet": {"sv": '{file} blad "{table}"', "en": '{file} sheet "{table}"'},
        "where.json": {"sv": '{file} tabell "{table}"', "en": '{file} table "{table}"'},
        "where.row": {"sv": "rad {row}", "en": "row {row}"},
        "where.item": {"sv": "post {row}", "en": "item {row}"},
        "where.column": {"sv": 'kolumn "{column}"', "en": 'column "{column}"'},
        # reading
        "read.unreadable_encoding": {
            "sv": "filen går inte att läsa som UTF-8 eller Windows-1252",
            "en": "the file cannot be read as UTF-8 or Windows-1252",
        },
        "read.bad_csv": {
            "sv": "filen är ingen läsbar CSV-fil ({reason})",
            "en": "the file is not a readable CSV file ({reason})",
        },
        "read.bad_xlsx": {
            "sv": "filen är ingen läsbar Excel-arbetsbok (.xlsx): {reason}",
            "en": "the file is not a readable Excel workbook (.xlsx): {reason}",
        },
        "read.bad_json": {"sv": "filen är ingen giltig JSON: {reason}", "en": "the file is not valid JSON: {reason}"},
        "read.bad_zip": {
            "sv": "filen är ingen läsbar zip-fil med CSV-filer: {reason}",
            "en": "the file is not a readable zip of CSV files: {reason}",
        },
        "read.json_shape": {
            "sv": "JSON-filen ska vara ett objekt med tabellnamn som nycklar och listor av rader som värden",
            "en": "the JSON file must be an object with table names as keys and lists of rows as values",
        },
        "read.json_table_shape": {
            "sv": "tabellen ska vara en lista av objekt (rader)",
            "en": "the table must be a list of objects (rows)",
        },
        "read.json_row_shape": {
            "sv": "raden ska vara ett objekt med kolumnnamn som nycklar",
            "en": "the row must be an object with column names as keys",
        },
        "read.unknown_format": {
            "sv": "okänt filformat; använd en mapp med CSV-filer, en .xlsx-, .json- eller .zip-fil",
            "en": "unknown file format; use a folder of CSV files, or an .xlsx, .json or .zip file",
        },
        "read.too_many_rows": {
            "sv": "tabellen har fler än {limit} rader; dela upp datamängden",
            "en": "the table has more than {limit} rows; split the dataset",
        },
        "read.too_many_dataset_rows": {
            "sv": "datamängden har {n} rader (alla tabeller tillsammans); ruslink tar emot högst {limit} rader "
            "per datamängd, så att den går att analysera, ta bort och läsa in igen inom databasens minne; "
            "dela upp datamängden",
            "en": "the dataset has {n} rows (all tables together); ruslink accepts at most {limit} rows per "
            "dataset, so that it can be analysed, deleted and re-imported within the database's memory; "
            "split the dataset",
        },
        "read.too_many_columns": {
            "sv": "bladet har fler än {limit} kolumner",
            "en": "the sheet has more than {limit} columns",
        },
        "read.not_found": {"sv": "filen eller mappen finns inte", "en": "no such file or folder"},
        "read.no_tables": {
            "sv": "hittade inga tabeller (strategies, goals, links, ...)",
            "en": "found no tables (strategies, goals, links, ...)",
        },
        "read.missing_table": {
            "sv": 'tabellen "{table}" saknas; den krävs{found}',
            "en": 'table "{table}" is missing; it is required{found}',
        },
        "read.bad_zip_same_name": {
            "sv": "två CSV-filer har samma namn i olika mappar: {paths}; bara filnamnet räknas, "
            "så ta bort eller byt namn på den ena",
            "en": "two CSV files have the same name in different folders: {paths}; only the file "
            "name counts, so remove or rename one of them",
        },
        "read.too_many_characters": {
            "sv": "en rad är längre än {limit} tecken",
            "en": "a line is longer than {limit} characters",
        },
        "read.too_many_json_items": {
            "sv": "filen har fler än {limit} listor och objekt; dela upp datamängden",
            "en": "the file has more than {limit} lists and objects; split the dataset",
        },
        "import.more_problems": {"sv": "… och {n} problem till", "en": "… and {n} more problems"},
        "read.duplicate_table": {"sv": 'tabellen "{table}" finns två gånger', "en": 'table "{table}" appears twice'},
        "read.unknown_table": {
            "sv": 'okänd tabell "{table}" läses inte in',
            "en": 'unknown table "{table}" is not loaded',
        },
        "read.unknown_column": {
            "sv": "okänd kolumn; värdena sparas som extra egenskaper",
            "en": "unknown column; its values are kept as extra properties",
        },
        "read.duplicate_column": {"sv": "kolumnen finns två gånger", "en": "the column appears twice"},
        "read.missing_column": {"sv": "kolumnen saknas; den krävs", "en": "the column is missing; it is required"},
        # values
        "value.missing": {"sv": "värde saknas; kolumnen krävs", "en": "value missing; the column is required"},
        "value.not_number": {"sv": '"{value}" är inget tal', "en": '"{value}" is not a number'},
        "value.not_integer": {"sv": '"{value}" är inget heltal', "en": '"{value}" is not a whole number'},
        "value.not_year": {"sv": '"{value}" är inget årtal', "en": '"{value}" is not a year'},
        "value.not_date": {
            "sv": '"{value}" är varken ett datum (ÅÅÅÅ-MM-DD) eller ett årtal',
            "en": '"{value}" is neither a date (YYYY-MM-DD) nor a year',
        },
        "value.not_report_period": {
            "sv": '"{value}" är ingen rapportperiod; skriv ett år (2025), halvår (2025H1), '
            "kvartal (2025Q3) eller datum (ÅÅÅÅ-MM-DD)",
            "en": '"{value}" is not a reporting period; write a year (2025), half-year (2025H1), '
            "quarter (2025Q3) or date (YYYY-MM-DD)",
        },
        "value.percent_range": {
            "sv": "{value} ligger utanför 0–100 (procent klart)",
            "en": "{value} is outside 0–100 (per cent done)",
        },
        "check.duplicate_report": {
            "sv": 'insatsen "{action}" har redan en rapport för perioden {period} ({first})',
            "en": 'action "{action}" already has a report for period {period} ({first})',
        },
        "value.enum": {
            "sv": '"{value}" är inget tillåtet värde; tillåtna: {allowed}',
            "en": '"{value}" is not an allowed value; allowed: {allowed}',
        },
        "value.score_range": {
            "sv": "poängen {value} ligger utanför skalan −3 … +3",
            "en": "score {value} is outside the scale −3 … +3",
        },
        # checks across rows
        "check.duplicate_id": {
            "sv": 'id "{value}" finns redan ({first})',
            "en": 'id "{value}" already exists ({first})',
        },
        "check.unknown_id": {"sv": 'ingen rad har id "{value}"', "en": 'no row has id "{value}"'},
        "check.wrong_table": {
            "sv": 'id "{value}" är en rad i {actual}, men här krävs en rad i {expected}',
            "en": 'id "{value}" is a row of {actual}, but a row of {expected} is needed here',
        },
        "check.unknown_reference": {
            "sv": '"{value}" finns inte i ruslinks referensdata (Agenda 2030, nationella strategin, kommuner och län)',
            "en": '"{value}" is not in ruslink\'s reference data (Agenda 2030, the national strategy, municipalities and counties)',
        },
        "check.reference_not_allowed": {
            "sv": 'referens-id "{value}" kan inte stå i den här kolumnen',
            "en": 'reference id "{value}" cannot be used in this column',
        },
        "check.link_from": {
            "sv": "{type} kan inte gå från en rad i {actual}; tillåtet: {allowed}",
            "en": "{type} cannot start at a row of {actual}; allowed: {allowed}",
        },
        "check.link_to": {
            "sv": "{type} kan inte gå till en rad i {actual}; tillåtet: {allowed}",
            "en": "{type} cannot end at a row of {actual}; allowed: {allowed}",
        },
        "check.score_required": {
            "sv": "interacts_with kräver en poäng (−3 … +3)",
            "en": "interacts_with needs a score (−3 … +3)",
        },
        "check.parent_cycle": {"sv": "parent bildar en cykel: {cycle}", "en": "parent makes a cycle: {cycle}"},
        "check.parent_other_strategy": {
            "sv": 'målet "{value}" hör till strategin "{other}", inte "{own}"',
            "en": 'goal "{value}" belongs to strategy "{other}", not "{own}"',
        },
        "check.self_reference": {
            "sv": 'raden pekar på sig själv ("{value}")',
            "en": 'the row points to itself ("{value}")',
        },
        "check.no_rus": {
            "sv": 'ingen strategi har kind "rus"; exakt en krävs',
            "en": 'no strategy has kind "rus"; exactly one is required',
        },
        "check.second_rus": {
            "sv": 'en andra strategi med kind "rus" (den första: {first}); exakt en är tillåten',
            "en": 'a second strategy of kind "rus" (the first: {first}); exactly one is allowed',
        },
        "read.header_not_first": {
            "sv": "rubrikraden verkar vara rad {row}; rad {above} läses inte in",
            "en": "the header row seems to be row {row}; row {above} is not read",
        },
        "read.empty_file": {"sv": "filen är tom", "en": "the file is empty"},
        "read.empty_required": {
            "sv": 'filen är tom; tabellen "{table}" krävs',
            "en": 'the file is empty; table "{table}" is required',
        },
        "read.empty_required_sheet": {
            "sv": 'bladet är tomt; tabellen "{table}" krävs',
            "en": 'the sheet is empty; table "{table}" is required',
        },
        "read.sheets_found": {"sv": "blad i filen: {names}", "en": "sheets in the file: {names}"},
        "read.files_found": {"sv": "filer som inte lästes in: {names}", "en": "files not read: {names}"},
        "value.formula_without_value": {
            "sv": 'formeln "{value}" har inget sparat värde (filen har inte räknats om i Excel) och kan inte läsas; '
            "öppna filen i Excel och spara den, eller skriv in värdet",
            "en": 'the formula "{value}" has no saved value (the file was never recalculated in Excel) and cannot be '
            "read; open the file in Excel and save it, or type the value in",
        },
        "value.unknown_area": {
            "sv": '"{value}" är ingen kommunkod eller kommun (t.ex. 1780 eller Karlstad){hint}',
            "en": '"{value}" is no municipality code or name (e.g. 1780 or Karlstad){hint}',
        },
        "value.area_hint": {"sv": "; menade du {code} ({name})?", "en": "; did you mean {code} ({name})?"},
        "value.area_named": {
            "sv": '"{value}" läses som kommunkoden {code} ({name}){more}',
            "en": '"{value}" is read as municipality code {code} ({name}){more}',
        },
        "value.county_named": {
            "sv": '"{value}" läses som länskoden {code} ({name}){more}',
            "en": '"{value}" is read as county code {code} ({name}){more}',
        },
        "value.area_named_more.1": {"sv": ", även på 1 rad till", "en": ", also in 1 more row"},
        "value.area_named_more": {"sv": ", även på {n} rader till", "en": ", also in {n} more rows"},
        "check.unknown_id_hint": {
            "sv": 'ingen rad har id "{value}" – menade du "{hint}"?',
            "en": 'no row has id "{value}" – did you mean "{hint}"?',
        },
        "check.empty_table_referenced": {
            "sv": 'tabellen "{table}" har inga rader, men {n} rader pekar på id som skulle finnas där (t.ex. {examples})',
            "en": 'table "{table}" has no rows, but {n} rows point to ids that would be there (e.g. {examples})',
        },
        "check.absent_table_referenced": {
            "sv": 'tabellen "{table}" saknas, men {n} rader pekar på id som skulle finnas där (t.ex. {examples}){found}',
            "en": 'table "{table}" is missing, but {n} rows point to ids that would be there (e.g. {examples}){found}',
        },
        "check.follow_ons": {
            "sv": "och {n} följdfel i {table} (t.ex. {examples}); de försvinner när orsaken ovan är rättad",
            "en": "and {n} follow-on {errors} in {table} (e.g. {examples}); they go away when the cause above is fixed",
        },
        "check.template_examples": {
            "sv": "exempelrader från mallen finns kvar och läses in som riktiga data: {rows}; ta bort dem om de inte "
            "ska vara med",
            "en": "example rows from the template are still there and are read as real data: {rows}; delete them "
            "unless they belong",
        },
        # summaries
        "import.refused_with_follow_ons": {
            "sv": "Importen avbröts: {n} problem hittades, och {follow} följdfel. Inget har ändrats i databasen.",
            "en": "Import refused: {n} {problems} found, and {follow} follow-on {errors}. Nothing was changed in "
            "the database.",
        },
        "import.refused": {
            "sv": "Importen avbröts: {problems} hittades. Inget har ändrats i databasen.",
            "en": "Import refused: {problems} found. Nothing was changed in the database.",
        },
    }
)
