"""The words of the command line and the HTTP layer, Swedish first.

Loaded explicitly by `graph.i18n` with the other layers' catalogues; a key may appear once in all of them.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # app.cli.analyse_cmd
    "cli.analyse.heading": {
        "sv": "{analysis} – datamängd {dataset}: {findings}",
        "en": "{analysis} – dataset {dataset}: {findings}",
    },
    "cli.analyse.compare_heading": {
        "sv": "{analysis} – {dataset} jämfört med {compare}: {new}, {resolved}",
        "en": "{analysis} – {dataset} compared with {compare}: {new}, {resolved}",
    },
    "findings.one": {"sv": "{n} fynd", "en": "{n} finding"},
    "findings.other": {"sv": "{n} fynd", "en": "{n} findings"},
    "new_findings.one": {"sv": "{n} nytt", "en": "{n} new"},
    "new_findings.other": {"sv": "{n} nya", "en": "{n} new"},
    "resolved_findings.one": {"sv": "{n} löst", "en": "{n} resolved"},
    "resolved_findings.other": {"sv": "{n} lösta", "en": "{n} resolved"},
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
    "count.strategies.one": {"sv": "{n} strategi", "en": "{n} strategy"},
    "count.strategies.other": {"sv": "{n} strategier", "en": "{n} strategies"},
    "count.goals.one": {"sv": "{n} mål", "en": "{n} goal"},
    "count.goals.other": {"sv": "{n} mål", "en": "{n} goals"},
    "count.actions.one": {"sv": "{n} insats", "en": "{n} action"},
    "count.actions.other": {"sv": "{n} insatser", "en": "{n} actions"},
    "count.indicators.one": {"sv": "{n} indikator", "en": "{n} indicator"},
    "count.indicators.other": {"sv": "{n} indikatorer", "en": "{n} indicators"},
    "count.observations.one": {"sv": "{n} mätvärde", "en": "{n} observation"},
    "count.observations.other": {"sv": "{n} mätvärden", "en": "{n} observations"},
    "count.actors.one": {"sv": "{n} aktör", "en": "{n} actor"},
    "count.actors.other": {"sv": "{n} aktörer", "en": "{n} actors"},
    "count.links.one": {"sv": "{n} koppling", "en": "{n} link"},
    "count.links.other": {"sv": "{n} kopplingar", "en": "{n} links"},
    # app.cli.report_cmd
    "cli.report_written": {
        "sv": "Rapporten för {dataset!r} är sparad i {path}.",
        "en": "The report of {dataset!r} is saved in {path}.",
    },
    # app.cli.delete_cmd
    "cli.delete.ask": {
        "sv": "Ta bort datamängden {dataset!r} ({what})? Det går inte att ångra. Skriv j för att ta bort: ",
        "en": "Delete the dataset {dataset!r} ({what})? This cannot be undone. Type y to delete: ",
    },
    "cli.delete.kept": {
        "sv": "Inget togs bort: {dataset!r} finns kvar.",
        "en": "Nothing was deleted: {dataset!r} is kept.",
    },
    "cli.delete.done": {"sv": "Datamängden {dataset!r} är borttagen.", "en": "The dataset {dataset!r} is deleted."},
}
