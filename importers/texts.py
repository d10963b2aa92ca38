"""The words of the importers' messages added since the catalogues were split by layer, Swedish first.

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
