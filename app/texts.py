"""The words of the command line and the HTTP layer, Swedish first.

Loaded explicitly by `graph.i18n` with the other layers' catalogues; a key may appear once in all of them.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # app.cli.analyse_cmd
    "cli.analyse.heading": {
        "sv": "{analysis} – datamängd {dataset}: {n} fynd",
        "en": "{analysis} – dataset {dataset}: {n} findings",
    },
    "cli.analyse.compare_heading": {
        "sv": "{analysis} – {dataset} jämfört med {compare}: {new} nya, {resolved} lösta",
        "en": "{analysis} – {dataset} compared with {compare}: {new} new, {resolved} resolved",
    },
    "cli.analyse.columns": {
        "sv": "allvarlighet|typ|gäller|relaterade|förklaring",
        "en": "severity|kind|subject|related|explanation",
    },
    "cli.analyse.none": {"sv": "  (inga fynd)", "en": "  (no findings)"},
    "cli.analyse.new": {"sv": "nytt", "en": "new"},
    "cli.analyse.resolved": {"sv": "löst", "en": "resolved"},
    # app.cli.import_cmd
    "cli.imported": {
        "sv": "Datamängden {dataset!r} är inläst: {summary}.",
        "en": "Dataset {dataset!r} imported: {summary}.",
    },
    "cli.progress": {"sv": "Skriver {dataset}", "en": "Writing {dataset}"},
    "cli.kolada_done": {
        "sv": "{added} Kolada-värden inlästa i {dataset!r} ({replaced} ersatte tidigare värden).",
        "en": "{added} Kolada values loaded into {dataset!r} ({replaced} replaced earlier values).",
    },
    "cli.exported": {
        "sv": "Datamängden {dataset!r} är exporterad till {path}.",
        "en": "Dataset {dataset!r} exported to {path}.",
    },
    "cli.bad_export_format": {
        "sv": "Okänt exportformat {name!r}. Format: {formats}.",
        "en": "Unknown export format {name!r}. Formats: {formats}.",
    },
    "cli.template": {"sv": "Mallen är sparad i {path}.", "en": "The template is saved in {path}."},
    "cli.warning": {"sv": "varning", "en": "warning"},
    "count.strategies": {"sv": "strategier", "en": "strategies"},
    "count.goals": {"sv": "mål", "en": "goals"},
    "count.actions": {"sv": "insatser", "en": "actions"},
    "count.indicators": {"sv": "indikatorer", "en": "indicators"},
    "count.observations": {"sv": "mätvärden", "en": "observations"},
    "count.actors": {"sv": "aktörer", "en": "actors"},
    "count.links": {"sv": "kopplingar", "en": "links"},
    # app.cli.report_cmd
    "cli.report_written": {
        "sv": "Rapporten för {dataset!r} är sparad i {path}.",
        "en": "The report of {dataset!r} is saved in {path}.",
    },
}
