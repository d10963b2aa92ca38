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
    "count.progress.one": {"sv": "{n} lägesrapport", "en": "{n} progress report"},
    "count.progress.other": {"sv": "{n} lägesrapporter", "en": "{n} progress reports"},
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
    # app.cli.ingest_cmd
    "ingest.done": {
        "sv": (
            "Skrev {to}: {strategy} med {goals} mål, {actions} insatser, {indicators} indikatorer, {actors} nya "
            "aktörer och {links} kopplingar ur {file}. Granska raderna innan import."
        ),
        "en": (
            "Wrote {to}: {strategy} with {goals} goals, {actions} actions, {indicators} indicators, {actors} new "
            "actors and {links} links from {file}. Review the rows before importing."
        ),
    },
    "ingest.bad_kind": {
        "sv": "--kind ska vara plan eller rus, inte {kind!r}.",
        "en": "--kind must be plan or rus, not {kind!r}.",
    },
    "ingest.bad_to": {"sv": "--to ska vara en .xlsx-fil, inte {to}.", "en": "--to must be an .xlsx file, not {to}."},
    "ingest.notes": {
        "sv": "Att avgöra för hand (står också i kolumnen note):",
        "en": "To settle by hand (also in the note column):",
    },
    # app.cli.suggest_cmd
    "suggest.kind.action_goal": {"sv": "insats → mål", "en": "action → goal"},
    "suggest.kind.goal_goal": {"sv": "planmål → RUS-mål", "en": "plan goal → RUS goal"},
    "suggest.kind.goal_reference": {
        "sv": "RUS-mål → nationell strategi / Agenda 2030",
        "en": "RUS goal → national strategy / Agenda 2030",
    },
    "suggest.heading": {
        "sv": "Förslag på kopplingar – datamängd {dataset}: {n} att koppla",
        "en": "Suggested links – dataset {dataset}: {n} to link",
    },
    "suggest.columns": {"sv": "gäller|typ|förslag|poäng|varför", "en": "subject|kind|candidate|score|because"},
    "suggest.none": {"sv": "  (allt är kopplat)", "en": "  (everything is linked)"},
    "suggest.no_candidate": {"sv": "(inget förslag)", "en": "(no candidate)"},
    "suggest.bad_format": {
        "sv": "Okänt format {fmt!r}: välj json eller table.",
        "en": "Unknown format {fmt!r}: choose json or table.",
    },
    # app.routes.documents
    "ui.documents": {"sv": "Läs in dokument", "en": "Read a document"},
    "ui.documents_help": {
        "sv": "Mål, insatser och indikatorer ur en plan (PDF eller Word), granskade innan de läggs till.",
        "en": "Goals, actions and indicators from a plan (PDF or Word), reviewed before they are added.",
    },
    "ui.documents.file": {"sv": "Dokument (.pdf eller .docx)", "en": "Document (.pdf or .docx)"},
    "ui.documents.strategy_id": {"sv": "Id för planen (t.ex. KOMP)", "en": "Id of the plan (e.g. KOMP)"},
    "ui.documents.token": {"sv": "Skrivnyckel (RUSLINK_TOKEN)", "en": "Write token (RUSLINK_TOKEN)"},
    "ui.documents.read": {"sv": "Läs dokumentet", "en": "Read the document"},
    "ui.documents.reading": {"sv": "Läser dokumentet …", "en": "Reading the document …"},
    "ui.documents.found": {
        "sv": "Hittade {{n}} rader i {{file}}. Rätta namnen, bocka ur det som inte stämmer och godta.",
        "en": "Found {{n}} rows in {{file}}. Correct the names, untick what is wrong and accept.",
    },
    "ui.documents.accept": {"sv": "Godta markerade rader som en ändring", "en": "Accept the ticked rows as one change"},
    "ui.documents.saved": {"sv": "Sparat som ändring {{change}}.", "en": "Saved as change {{change}}."},
    "ui.documents.failed": {"sv": "Det gick inte:", "en": "That failed:"},
    "ui.documents.why": {"sv": "Inläst ur {{file}}", "en": "Read from {{file}}"},
    "ui.documents.by": {"sv": "webbgränssnittet", "en": "the web UI"},
    "ui.documents.columns": {
        "sv": "ta med|tabell|id|namn|uppgifter|källa",
        "en": "include|table|id|name|details|source",
    },
    "table.strategies": {"sv": "strategi", "en": "strategy"},
    "table.goals": {"sv": "mål", "en": "goal"},
    "table.actions": {"sv": "insats", "en": "action"},
    "table.indicators": {"sv": "indikator", "en": "indicator"},
    "table.actors": {"sv": "aktör", "en": "actor"},
    "table.links": {"sv": "koppling", "en": "link"},
    "table.observations": {"sv": "mätvärde", "en": "observation"},
    "table.progress": {"sv": "lägesrapport", "en": "progress report"},
    # app.routes.suggestions
    "ui.suggest.heading": {"sv": "Förslag på koppling", "en": "Suggested links"},
    "ui.suggest.accept": {"sv": "Godta", "en": "Accept"},
    "ui.suggest.reject": {"sv": "Avvisa", "en": "Reject"},
    "ui.suggest.score": {"sv": "poäng {score}", "en": "score {score}"},
    "ui.suggest.token": {
        "sv": "Skrivnyckel (RUSLINK_TOKEN) för att godta förslag:",
        "en": "Write token (RUSLINK_TOKEN) to accept suggestions:",
    },
    "ui.suggest.saving": {"sv": "Sparar kopplingen …", "en": "Saving the link …"},
    "ui.suggest.saved": {
        "sv": "Kopplingen är sparad som ändring {{change}}.",
        "en": "The link is saved as change {{change}}.",
    },
    "ui.suggest.failed": {"sv": "Kopplingen kunde inte sparas:", "en": "The link could not be saved:"},
    "ui.suggest.why": {
        "sv": "Godtaget förslag från ruslink: {{because}}",
        "en": "Accepted ruslink suggestion: {{because}}",
    },
    "ui.suggest.source": {
        "sv": "Förslag från ruslink, godtaget i webbgränssnittet",
        "en": "ruslink suggestion, accepted in the web UI",
    },
    "ui.suggest.by": {"sv": "webbgränssnittet", "en": "the web UI"},
    # app.routes.followup
    "fu.title": {"sv": "Uppföljning", "en": "Follow-up"},
    "fu.period": {"sv": "Period", "en": "Period"},
    "fu.compared_with": {"sv": "jämfört med", "en": "compared with"},
    "fu.plan": {"sv": "Plan", "en": "Plan"},
    "fu.actor": {"sv": "Aktör", "en": "Actor"},
    "fu.all": {"sv": "alla", "en": "all"},
    "fu.show": {"sv": "Visa", "en": "Show"},
    "fu.print": {"sv": "Skriv ut", "en": "Print"},
    "fu.report": {"sv": "Uppföljningsrapport", "en": "Follow-up report"},
    "fu.rule": {"sv": "Så sätts trafikljusen och trenderna", "en": "How the traffic lights and trends are set"},
    "fu.trend_rule": {
        "sv": (
            "Trenden jämför de två senaste värdena för hela regionen (kön totalt) med indikatorns riktning; en "
            "ändring inom 1 % räknas som oförändrad. Samma regel som i bidragsanalysen."
        ),
        "en": (
            "The trend compares the two latest values for the whole region (total) with the indicator's "
            "direction; a change within 1 % counts as flat. The same rule as the contribution scorecard."
        ),
    },
    "fu.no_reports": {
        "sv": (
            "Datamängden har inga lägesrapporter (tabellen progress) ännu; statusen kommer från insatsernas egen "
            "statuskolumn."
        ),
        "en": (
            "The dataset has no progress reports (the progress table) yet; statuses come from the actions' own "
            "status column."
        ),
    },
    "fu.goal": {"sv": "RUS-mål", "en": "RUS goal"},
    "fu.actions": {"sv": "Insatser", "en": "Actions"},
    "fu.comments": {"sv": "Senaste lägesrapporter", "en": "Latest progress comments"},
    "fu.indicators": {"sv": "Indikatorer", "en": "Indicators"},
    "fu.changes": {"sv": "Ändrat sedan förra perioden", "en": "Changed since the previous period"},
    "fu.no_actions": {"sv": "inga insatser", "en": "no actions"},
    "fu.n_actions": {"sv": "bidragande insatser: {n}", "en": "contributing actions: {n}"},
    "fu.no_indicators": {"sv": "ingen indikator", "en": "no indicator"},
    "fu.more_comments": {"sv": "och {n} till", "en": "and {n} more"},
    "fu.done": {"sv": "klart", "en": "done"},
    "fu.women": {"sv": "kvinnor", "en": "women"},
    "fu.men": {"sv": "män", "en": "men"},
    "fu.per_area": {"sv": "Per kommun och kön ({period})", "en": "Per municipality and gender ({period})"},
    "fu.area": {"sv": "Område", "en": "Area"},
    "fu.trend": {"sv": "Trend", "en": "Trend"},
    "gender.T": {"sv": "totalt", "en": "total"},
    "gender.K": {"sv": "kvinnor", "en": "women"},
    "gender.M": {"sv": "män", "en": "men"},
    "fu.kolada": {"sv": "Hämta från Kolada", "en": "Fetch from Kolada"},
    "fu.kolada_help": {
        "sv": (
            "Hämtar länets och kommunernas värden (alla år och kön) för indikatorerna med källa Kolada och "
            "ersätter datamängdens Kolada-värden i ett steg. Kräver token."
        ),
        "en": (
            "Fetches the county's and municipalities' values (every year and gender) for the indicators with "
            "source Kolada and replaces the dataset's Kolada values in one step. Needs a token."
        ),
    },
    "fu.kolada_button": {"sv": "Hämta från Kolada", "en": "Fetch from Kolada"},
    "fu.kolada_running": {"sv": "Hämtar …", "en": "Fetching …"},
    "fu.kolada_failed": {"sv": "Hämtningen misslyckades:", "en": "The fetch failed:"},
    "fu.kolada_done": {"sv": "Klart. Sidan laddas om.", "en": "Done. Reloading the page."},
    # app.cli.import_many_cmd
    "many.folder_or_synth": {
        "sv": "Ange antingen en mapp eller --synth-regions N, inte båda.",
        "en": "Give either a folder or --synth-regions N, not both.",
    },
    "many.not_folder": {"sv": "{path} är ingen mapp.", "en": "{path} is not a folder."},
    "many.bad_regions": {
        "sv": "--synth-regions måste vara mellan 1 och {n}.",
        "en": "--synth-regions must be between 1 and {n}.",
    },
    "many.bad_scale": {"sv": "--scale måste vara större än 0.", "en": "--scale must be greater than 0."},
    "many.nothing": {
        "sv": "Mappen {path} har inga filer att läsa in (.xlsx, .json, .zip eller mappar med CSV-filer).",
        "en": "The folder {path} has no files to import (.xlsx, .json, .zip or folders of CSV files).",
    },
    "many.skipped": {
        "sv": "Hoppar över {file}: inte .xlsx, .json, .zip eller en mapp med CSV-filer.",
        "en": "Skipping {file}: not .xlsx, .json, .zip or a folder of CSV files.",
    },
    "many.progress": {"sv": "Läser in datamängder", "en": "Importing datasets"},
    "many.done_one": {
        "sv": "{dataset}: {rows} inlästa på {seconds} s",
        "en": "{dataset}: {rows} imported in {seconds} s",
    },
    "many.rows.one": {"sv": "{n} rad", "en": "{n} row"},
    "many.rows.other": {"sv": "{n} rader", "en": "{n} rows"},
    "many.datasets.one": {"sv": "{n} datamängd", "en": "{n} dataset"},
    "many.datasets.other": {"sv": "{n} datamängder", "en": "{n} datasets"},
    "many.files.one": {"sv": "{n} fil", "en": "{n} file"},
    "many.files.other": {"sv": "{n} filer", "en": "{n} files"},
    "many.summary": {
        "sv": "Inläst: {imported}, {rows}, på {seconds} s.",
        "en": "Imported: {imported}, {rows}, in {seconds} s.",
    },
    "many.summary_refused": {
        "sv": "Inte inläst ({refused}, ingenting ändrat i dem): {files}.",
        "en": "Not imported ({refused}, nothing changed in them): {files}.",
    },
}
