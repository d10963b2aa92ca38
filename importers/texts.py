"""The words of the importers' messages (and of edits and workshop accepts, which are checked like imports)
added since the catalogues were split by layer, Swedish first.

Loaded explicitly by `graph.i18n` with the other layers' catalogues; a key may appear once in all of them.
(The older texts of `importers/problems.py` and `importers/kolada.py` are still added with `register`.)
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "problems.one": {"sv": "{n} problem", "en": "{n} problem"},
    "problems.other": {"sv": "{n} problem", "en": "{n} problems"},
    "read.bad_json_at": {
        "sv": "filen är ingen giltig JSON (fel på rad {line}, kolumn {column})",
        "en": "the file is not valid JSON (error at line {line}, column {column})",
    },
    "read.bad_json_encoding": {
        "sv": "filen är ingen giltig JSON: texten är varken UTF-8 eller Windows-1252",
        "en": "the file is not valid JSON: the text is neither UTF-8 nor Windows-1252",
    },
    "read.bad_json_nested": {
        "sv": "filen är ingen giltig JSON: strukturen är för djupt nästlad",
        "en": "the file is not valid JSON: it is nested too deeply",
    },
    "reason.json": {
        "sv": "ogiltig JSON på rad {line}, kolumn {column}",
        "en": "invalid JSON at line {line}, column {column}",
    },
    "reason.encoding": {
        "sv": "texten är varken UTF-8 eller Windows-1252",
        "en": "the text is neither UTF-8 nor Windows-1252",
    },
    "reason.nested": {"sv": "JSON-strukturen är för djupt nästlad", "en": "the JSON is nested too deeply"},
    "reason.unreadable": {"sv": "filen finns inte eller kan inte läsas", "en": "the file is missing or unreadable"},
    "reason.kolada_no_values": {
        "sv": "svaret saknar listan \u201dvalues\u201d",
        "en": "the answer lacks the list \u201cvalues\u201d",
    },
    "reason.kolada_no_kpi": {
        "sv": "ett värde i svaret saknar \u201dkpi\u201d",
        "en": "an entry of the answer lacks \u201ckpi\u201d",
    },
    "reason.kolada_entry": {
        "sv": "ett värde i svaret saknar period eller värde",
        "en": "an entry of the answer lacks its period or value",
    },
    # importers.workshop_accept
    "workshop.bad_rule": {"sv": '"rule" kan bara vara "median".', "en": '"rule" can only be "median".'},
    "workshop.bad_min_n": {
        "sv": '"min_n" ska vara ett heltal från 1 och uppåt.',
        "en": '"min_n" must be a whole number of 1 or more.',
    },
    "workshop.nothing_agreed": {
        "sv": "Inget par har minst {n} bedömningar än; inget skrevs.",
        "en": "No pair has at least {n} scores yet; nothing was written.",
    },
    # from importers/change_ops.py
    "change.where": {"sv": "changes[{index}]{what}", "en": "changes[{index}]{what}"},
    "change.field": {"sv": 'fält "{column}"', "en": 'field "{column}"'},
    "change.op.add": {"sv": "lägg till", "en": "add"},
    "change.op.update": {"sv": "uppdatera", "en": "update"},
    "change.op.remove": {"sv": "ta bort", "en": "remove"},
    "change.not_object": {
        "sv": "ändringen ska vara ett objekt med op, table och row, id eller set",
        "en": "the change must be an object with op, table and row, id or set",
    },
    "change.bad_op": {
        "sv": '"{value}" är ingen tillåten åtgärd; tillåtna: add, update, remove',
        "en": '"{value}" is not an allowed operation; allowed: add, update, remove',
    },
    "change.bad_table": {
        "sv": '"{value}" är ingen tabell i importformatet; tabeller: {allowed}',
        "en": '"{value}" is not a table of the import format; tables: {allowed}',
    },
    "change.need_object": {
        "sv": "ett objekt med kolumner och värden krävs här",
        "en": "an object of columns and values is needed here",
    },
    "change.need_list": {
        "sv": "en lista med minst en ändring (op, table och row, id eller set) krävs här",
        "en": "a list of at least one change (op, table and row, id or set) is needed here",
    },
    "change.need_key": {"sv": "raden som ändras anges med {columns}", "en": "the row to change is named by {columns}"},
    "change.no_row": {"sv": "ingen rad i {table} har {named}", "en": "no row of {table} has {named}"},
    "change.key_field": {
        "sv": "fältet pekar ut raden och kan inte ändras; ta bort raden och lägg till en ny",
        "en": "the field names the row and cannot be changed; remove the row and add a new one",
    },
    "change.too_many": {"sv": "högst {limit} ändringar per begäran", "en": "at most {limit} changes per request"},
    # from importers/changes.py
    "change.refused": {
        "sv": "Ändringen avvisades: {n} problem hittades. Ingenting har ändrats i datamängden.",
        "en": "The change was refused: {n} problems found. Nothing was changed in the dataset.",
    },
    "change.need_text": {
        "sv": '"{field}": ange {what} (högst {limit} tecken)',
        "en": '"{field}": give {what} (at most {limit} characters)',
    },
    "change.who": {"sv": "vem som gör ändringen", "en": "who makes the change"},
    "change.why": {"sv": "varför ändringen görs", "en": "why the change is made"},
    "change.bad_request": {
        "sv": "Ändringen avvisades: begäran är ofullständig. Ingenting har ändrats.",
        "en": "The change was refused: the request is incomplete. Nothing was changed.",
    },
    "change.not_found": {
        "sv": "Datamängden {dataset!r} har ingen ändring nummer {change}.",
        "en": "Dataset {dataset!r} has no change number {change}.",
    },
    "change.already_reverted": {
        "sv": "Ändring {change} är redan ångrad (av ändring {by}).",
        "en": "Change {change} has already been undone (by change {by}).",
    },
    "change.blocked": {
        "sv": "Ändring {change} kan inte ångras: {rows} har ändrats senare, av {later}. "
        "Ångra de senare ändringarna först. Ingenting har ändrats.",
        "en": "Change {change} cannot be undone: {rows} changed later, in {later}. "
        "Undo the later changes first. Nothing was changed.",
    },
    "change.blocked_import": {
        "sv": "Ändring {change} kan inte ångras: {rows} har ändrats sedan dess av en import "
        "eller Kolada-uppdatering. Ingenting har ändrats.",
        "en": "Change {change} cannot be undone: {rows} changed since, by an import or a "
        "Kolada update. Nothing was changed.",
    },
    "change.later": {"sv": "ändring {change}", "en": "change {change}"},
    "change.revert_why": {"sv": "Ångrar ändring {change}", "en": "Undoes change {change}"},
    "change.conflict": {
        "sv": "Datamängden {dataset!r} ändrades samtidigt av någon annan. Försök igen.",
        "en": "Dataset {dataset!r} was changed by someone else at the same time. Try again.",
    },
    # importers.many (ruslink import-many)
    "many.bad_name": {
        "sv": "filnamnet ger inget giltigt namn på en datamängd ({name!r}); använd bokstäver a–z, "
        "siffror, '-' och '_'.",
        "en": "the file name gives no valid dataset name ({name!r}); use letters a–z, digits, '-' and '_'.",
    },
    "many.same_name": {
        "sv": "ger samma datamängd {name!r} som {other}; döp om en av filerna.",
        "en": "gives the same dataset {name!r} as {other}; rename one of the files.",
    },
}
