"""The words of the web UI and the exports, Swedish first (see the glossary): part of the viz catalogue
(`viz.texts.TEXTS`)."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    # viz.interop
    "interop.type.strategy": {"sv": "strategi", "en": "strategy"},
    "interop.type.goal": {"sv": "mål", "en": "goal"},
    "interop.type.action": {"sv": "insats", "en": "action"},
    "interop.type.indicator": {"sv": "indikator", "en": "indicator"},
    "interop.type.actor": {"sv": "aktör", "en": "actor"},
    "interop.type.reference": {"sv": "referens", "en": "reference"},
    "interop.link.contributes_to": {"sv": "bidrar till", "en": "contributes to"},
    "interop.link.interacts_with": {"sv": "påverkar", "en": "affects"},
    "interop.link.measured_by": {"sv": "följs upp med", "en": "measured by"},
    "interop.link.responsible_for": {"sv": "ansvarig för", "en": "lead on"},
    "interop.link.participates_in": {"sv": "medverkar i", "en": "partner in"},
    "interop.link.in_strategy": {"sv": "ingår i", "en": "part of strategy"},
    "interop.link.part_of": {"sv": "del av", "en": "part of"},
    "interop.link.implements": {"sv": "genomför", "en": "implements"},
    "interop.link.owns": {"sv": "äger", "en": "owns"},
    "interop.link.member_of": {"sv": "medlem i", "en": "member of"},
    "interop.link.targets": {"sv": "riktar sig till", "en": "targets"},
    "interop.link.covers": {"sv": "omfattar", "en": "covers"},
    # viz.report
    "report.bad_format": {
        "sv": "Rapporten kan sparas som .html eller .xlsx, inte {name!r}.",
        "en": "The report can be saved as .html or .xlsx, not {name!r}.",
    },
    # viz.texts
    "type.Strategy": {"sv": "Strategi", "en": "Strategy"},
    "type.Goal": {"sv": "Mål", "en": "Goal"},
    "type.Action": {"sv": "Insats", "en": "Action"},
    "type.Actor": {"sv": "Aktör", "en": "Actor"},
    "type.Indicator": {"sv": "Indikator", "en": "Indicator"},
    "type.Reference": {"sv": "Referens", "en": "Reference"},
    "type.forum": {"sv": "Forum", "en": "Forum"},
    "level.vision": {"sv": "vision", "en": "vision"},
    "level.goal_area": {"sv": "målområde", "en": "goal area"},
    "level.goal": {"sv": "mål", "en": "goal"},
    "level.target": {"sv": "delmål", "en": "target"},
    "kind.rus": {"sv": "regional utvecklingsstrategi (RUS)", "en": "regional development strategy (RUS)"},
    "kind.plan": {"sv": "tematisk plan", "en": "thematic plan"},
    "kind.national": {"sv": "nationell strategi", "en": "national strategy"},
    "kind.international": {"sv": "internationell strategi", "en": "international strategy"},
    "kind.municipal": {"sv": "kommunal strategi", "en": "municipal strategy"},
    "ref.sdg_goal": {"sv": "globalt mål i Agenda 2030", "en": "SDG"},
    "ref.sdg_target": {"sv": "delmål i Agenda 2030", "en": "SDG target"},
    "ref.national": {
        "sv": "nationella strategin för hållbar regional utveckling 2021–2030",
        "en": "the national strategy for sustainable regional development 2021–2030",
    },
    "ref.county": {"sv": "län", "en": "county"},
    "ref.municipality": {"sv": "kommun", "en": "municipality"},
    "actor.region": {"sv": "region", "en": "region"},
    "actor.municipality": {"sv": "kommun", "en": "municipality"},
    "actor.county_board": {"sv": "länsstyrelse", "en": "county board"},
    "actor.state_agency": {"sv": "statlig myndighet", "en": "state agency"},
    "actor.university": {"sv": "lärosäte", "en": "university"},
    "actor.business_support": {"sv": "företagsfrämjare", "en": "business support"},
    "actor.civil_society": {"sv": "civilsamhälle", "en": "civil society"},
    "actor.private": {"sv": "privat sektor", "en": "private sector"},
    "actor.forum": {"sv": "forum (råd, nätverk)", "en": "forum (council, network)"},
    "actor.other": {"sv": "annan", "en": "other"},
    "actor.none": {"sv": "okänd sort", "en": "unknown kind"},
    "status.none": {"sv": "utan status", "en": "no status"},
    "link.CONTRIBUTES_TO": {"sv": "bidrar till", "en": "contributes to"},
    "link.INTERACTS_WITH": {"sv": "påverkar", "en": "affects"},
    "link.MEASURED_BY": {"sv": "följs upp med", "en": "measured by"},
    "link.RESPONSIBLE_FOR": {"sv": "ansvarig för", "en": "lead on"},
    "link.PARTICIPATES_IN": {"sv": "medverkar i", "en": "partner in"},
    "link.PART_OF": {"sv": "ingår i", "en": "part of"},
    "link.MEMBER_OF": {"sv": "sitter i", "en": "member of"},
    "link.SHARED": {"sv": "gemensamma insatser", "en": "shared actions"},
    "mark.orphan": {"sv": "insats utan koppling till RUS", "en": "orphan action"},
    "mark.conflict": {"sv": "målkonflikt", "en": "goal conflict"},
    "mark.gap": {"sv": "lucka (mål utan insatser)", "en": "gap (goal without actions)"},
    "mark.synergy": {"sv": "synergi", "en": "synergy"},
    "analysis.chains": {"sv": "Målkedjor", "en": "Chains"},
    "analysis.orphan_actions": {"sv": "Insatser utan koppling till RUS", "en": "Orphan actions"},
    "analysis.uncovered_goals": {"sv": "Mål utan insatser", "en": "Goals without actions"},
    "analysis.unmeasured": {"sv": "Uppföljning som saknas", "en": "Missing follow-up"},
    "analysis.conflicts": {"sv": "Målkonflikter", "en": "Goal conflicts"},
    "analysis.synergies": {"sv": "Synergier", "en": "Synergies"},
    "analysis.complementarity": {
        "sv": "Stuprör, överlapp och geografiska luckor",
        "en": "Silos, overlaps and territorial gaps",
    },
    "analysis.actors": {"sv": "Aktörer: flaskhalsar och brobyggare", "en": "Actors: bottlenecks and bridges"},
    "analysis.contribution": {"sv": "Bidragsanalys per mål", "en": "Contribution scorecard"},
    "analysis.alignment": {
        "sv": "Koppling till nationella strategin och Agenda 2030",
        "en": "Alignment with the national strategy and Agenda 2030",
    },
    "severity.high": {"sv": "hög", "en": "high"},
    "severity.medium": {"sv": "medel", "en": "medium"},
    "severity.low": {"sv": "låg", "en": "low"},
    "fkind.chain": {"sv": "målkedja", "en": "chain"},
    "fkind.unlinked": {"sv": "utan koppling", "en": "unlinked"},
    "fkind.dead_end": {"sv": "återvändsgränd", "en": "dead end"},
    "fkind.only_negative": {"sv": "bara negativa kopplingar", "en": "only negative links"},
    "fkind.no_action": {"sv": "mål utan insatser", "en": "goal without actions"},
    "fkind.single_plan": {"sv": "bara en plan", "en": "single plan"},
    "fkind.no_active_action": {"sv": "inga aktiva insatser", "en": "no active action"},
    "fkind.goal_without_indicator": {"sv": "mål utan indikator", "en": "goal without indicator"},
    "fkind.indicator_without_data": {"sv": "indikator utan utfall", "en": "indicator without data"},
    "fkind.indicator_without_target": {"sv": "indikator utan målvärde", "en": "indicator without target"},
    "fkind.declared": {"sv": "angiven i underlaget", "en": "declared"},
    "fkind.action_against_goal": {"sv": "insats mot mål", "en": "action against goal"},
    "fkind.trade_off": {"sv": "avvägning", "en": "trade-off"},
    "fkind.indirect": {"sv": "indirekt", "en": "indirect"},
    "fkind.multi_goal_action": {"sv": "insats för flera målområden", "en": "multi-goal action"},
    "fkind.silo": {"sv": "stuprör", "en": "silo"},
    "fkind.overlap": {"sv": "överlapp", "en": "overlap"},
    "fkind.territorial_gap": {"sv": "geografisk lucka", "en": "territorial gap"},
    "fkind.bottleneck": {"sv": "flaskhals", "en": "bottleneck actor"},
    "fkind.bridge": {"sv": "brobyggande aktör", "en": "bridging actor"},
    "fkind.absent_kind": {"sv": "saknad aktörstyp", "en": "absent actor kind"},
    "fkind.scorecard": {"sv": "bidragsanalys", "en": "scorecard"},
    "fkind.national": {"sv": "nationella strategin", "en": "national strategy"},
    "fkind.sdg": {"sv": "Agenda 2030", "en": "SDG"},
    "fkind.unaligned": {"sv": "utan koppling uppåt", "en": "unaligned"},
    "ui.id": {"sv": "Id", "en": "Id"},
    "ui.level": {"sv": "Nivå", "en": "Level"},
    "ui.status": {"sv": "Status", "en": "Status"},
    "ui.period": {"sv": "Period", "en": "Period"},
    "ui.budget": {"sv": "Budget", "en": "Budget"},
    "ui.areas": {"sv": "Kommuner", "en": "Municipalities"},
    "ui.actor_kind": {"sv": "Sort", "en": "Kind"},
    "ui.kind": {"sv": "Sort", "en": "Kind"},
    "ui.unit": {"sv": "Enhet", "en": "Unit"},
    "ui.source": {"sv": "Källa", "en": "Source"},
    "ui.source_ref": {"sv": "Id i källan", "en": "Id in the source"},
    "ui.baseline": {"sv": "Utgångsläge (basår)", "en": "Baseline (base year)"},
    "ui.target_value": {"sv": "Målvärde", "en": "Target value"},
    "ui.description": {"sv": "Beskrivning", "en": "Description"},
    "ui.trend_summary": {"sv": "Senaste utfall {last}: {trend}.", "en": "Latest observation {last}: {trend}."},
    "ui.more_findings": {"sv": "… och {n} fynd till.", "en": "… and {n} more findings."},
    "ui.skip": {"sv": "Hoppa till innehållet", "en": "Skip to content"},
    "ui.nav": {"sv": "Vyer för datamängden", "en": "Views of the dataset"},
    "ui.overview": {"sv": "Översikt", "en": "Overview"},
    "ui.explorer": {"sv": "Nätverk", "en": "Network"},
    "ui.explorer_help": {
        "sv": "Hela kopplingsnätverket med filter, sökning och mötesläge.",
        "en": "The whole linkage network with filters, search and meeting mode.",
    },
    "ui.coverage": {"sv": "Täckningsmatris", "en": "Coverage matrix"},
    "ui.coverage_help": {
        "sv": "Planer × RUS-mål: vilka insatser som bidrar och hur starkt.",
        "en": "Plans × RUS goals: which actions contribute and how strongly.",
    },
    "ui.interactions": {"sv": "Påverkansmatris", "en": "Interaction matrix"},
    "ui.interactions_help": {
        "sv": "Mål mot mål på skalan −3 till +3: målkonflikter och synergier.",
        "en": "Goal against goal on the −3 to +3 scale: conflicts and synergies.",
    },
    "ui.actor_network": {"sv": "Aktörsnätverk", "en": "Actor network"},
    "ui.actors_help": {
        "sv": "Aktörer som delar insatser, och forumen de sitter i.",
        "en": "Actors that share actions, and the forums they sit in.",
    },
    "ui.indicators": {"sv": "Indikatorer", "en": "Indicators"},
    "ui.indicators_help": {
        "sv": "Utgångsläge, målvärde och utfall per indikator.",
        "en": "Baseline, target value and observations per indicator.",
    },
    "ui.error": {"sv": "Något gick fel", "en": "Something went wrong"},
    "ui.back_to_datasets": {"sv": "Tillbaka till datamängderna", "en": "Back to the datasets"},
    "ui.datasets": {"sv": "Datamängder", "en": "Datasets"},
    "ui.dataset": {"sv": "Datamängd", "en": "Dataset"},
    "ui.no_datasets": {"sv": "Inga datamängder är inlästa ännu.", "en": "No datasets are loaded yet."},
    "ui.illustrative_short": {"sv": "exempeldata", "en": "illustrative"},
    "ui.imported": {"sv": "Inläst", "en": "Imported"},
    "ui.counts": {"sv": "Antal rader", "en": "Row counts"},
    "ui.count_strategies": {"sv": "strategier", "en": "strategies"},
    "ui.count_goals": {"sv": "mål", "en": "goals"},
    "ui.count_actions": {"sv": "insatser", "en": "actions"},
    "ui.count_indicators": {"sv": "indikatorer", "en": "indicators"},
    "ui.count_actors": {"sv": "aktörer", "en": "actors"},
    "ui.count_observations": {"sv": "mätvärden", "en": "observations"},
    "ui.count_links": {"sv": "kopplingar", "en": "links"},
    "ui.upload": {"sv": "Läs in en datamängd", "en": "Load a dataset"},
    "ui.upload_help": {
        "sv": "En arbetsbok (.xlsx), en .json-fil eller en .zip med CSV-filer. Kräver token.",
        "en": "A workbook (.xlsx), a .json file or a .zip of CSV files. Needs a token.",
    },
    "ui.dataset_name": {"sv": "Namn på datamängden", "en": "Dataset name"},
    "ui.file": {"sv": "Fil", "en": "File"},
    "ui.token": {"sv": "Token", "en": "Token"},
    "ui.upload_button": {"sv": "Läs in", "en": "Load"},
    "ui.uploading": {"sv": "Läser in …", "en": "Loading …"},
    "ui.uploaded": {"sv": "Inläst. Laddar om sidan …", "en": "Loaded. Reloading the page …"},
    "ui.upload_failed": {"sv": "Inläsningen misslyckades:", "en": "Loading failed:"},
    "ui.uploaded_with_notes": {"sv": "Inläst. Kontrollera det här:", "en": "Loaded. Check these:"},
    "ui.open_dataset": {"sv": "Öppna datamängden", "en": "Open the dataset"},
    "ui.views": {"sv": "Vyer", "en": "Views"},
    "ui.rus_goals": {"sv": "RUS-mål – välj ett för målkedjan", "en": "RUS goals – pick one for its chain"},
    "ui.findings": {"sv": "Det viktigaste från analyserna", "en": "Headline findings"},
    "ui.findings_count": {"sv": "fynd", "en": "findings"},
    "ui.high_severity": {"sv": "med hög allvarlighet", "en": "of high severity"},
    "ui.all_findings": {"sv": "Alla fynd", "en": "All findings"},
    "ui.analysis_unavailable": {
        "sv": "Analysen är inte tillgänglig i den här installationen.",
        "en": "This analysis is not available in this installation.",
    },
    "ui.no_findings": {"sv": "Inga fynd.", "en": "No findings."},
    "ui.severity": {"sv": "Allvarlighet", "en": "Severity"},
    "ui.finding": {"sv": "Fynd", "en": "Finding"},
    "ui.show_in_diagram": {"sv": "Visa i diagrammet", "en": "Show in the diagram"},
    "ui.filters": {"sv": "Filter", "en": "Filters"},
    "ui.search": {"sv": "Sök", "en": "Search"},
    "ui.search_placeholder": {"sv": "namn eller id", "en": "name or id"},
    "ui.f_strategies": {"sv": "Strategier och planer", "en": "Strategies and plans"},
    "ui.f_goal_areas": {"sv": "Målområden", "en": "Goal areas"},
    "ui.f_statuses": {"sv": "Insatsernas status", "en": "Status of actions"},
    "ui.f_actor_kinds": {"sv": "Aktörer", "en": "Actors"},
    "ui.f_link_types": {"sv": "Kopplingar", "en": "Links"},
    "ui.f_score": {"sv": "Styrka (−3 till +3)", "en": "Strength (−3 to +3)"},
    "ui.from": {"sv": "från", "en": "from"},
    "ui.to": {"sv": "till", "en": "to"},
    "ui.reset": {"sv": "Visa allt", "en": "Show all"},
    "ui.layout": {"sv": "Layout", "en": "Layout"},
    "ui.layered": {"sv": "i nivåer", "en": "layered"},
    "ui.force": {"sv": "kraftbaserad", "en": "force"},
    "ui.saved_views": {"sv": "Sparade vyer", "en": "Saved views"},
    "ui.view_name": {"sv": "Namn på vyn", "en": "View name"},
    "ui.save_view": {"sv": "Spara vyn", "en": "Save view"},
    "ui.export": {"sv": "Visa och dela", "en": "Present and share"},
    "ui.meeting_mode": {"sv": "Mötesläge", "en": "Meeting mode"},
    "ui.export_html": {"sv": "Spara som .html", "en": "Save as .html"},
    "ui.export_png": {"sv": "Spara som .png", "en": "Save as .png"},
    "ui.diagram": {"sv": "Diagram", "en": "Diagram"},
    "ui.diagram_help": {
        "sv": (
            "Kopplingsdiagram. n och p stegar mellan noderna, Enter visar detaljer, f visar grannskapet. "
            "Piltangenter flyttar, + och − zoomar."
        ),
        "en": (
            "Linkage diagram. n and p step through the nodes, Enter shows details, f shows the neighbourhood. "
            "Arrow keys pan, + and − zoom."
        ),
    },
    "ui.keys": {
        "sv": "Tangentbord: Tabb till diagrammet, n/p stegar mellan noder, Enter visar detaljer, f fokuserar.",
        "en": "Keyboard: Tab to the diagram, n/p step through nodes, Enter shows details, f focuses.",
    },
    "ui.template": {
        "sv": "Hämta en tom arbetsbok att fylla i (.xlsx)",
        "en": "Download an empty workbook to fill in (.xlsx)",
    },
    "ui.details": {"sv": "Detaljer", "en": "Details"},
    "ui.close": {"sv": "Stäng", "en": "Close"},
    "ui.legend": {"sv": "Teckenförklaring", "en": "Legend"},
    "ui.lg_reference": {"sv": "nationella strategin, Agenda 2030", "en": "national strategy, Agenda 2030"},
    "ui.lg_contributes": {"sv": "bidrar till (tjockare = starkare)", "en": "contributes to (thicker = stronger)"},
    "ui.lg_negative": {"sv": "motverkar (tvärstreck ⊣ och minustal)", "en": "works against (bar ⊣ and minus)"},
    "ui.lg_interacts": {"sv": "påverkar (streckad, med tal)", "en": "affects (dashed, with score)"},
    "ui.lg_measured": {"sv": "följs upp med (prickad)", "en": "measured by (dotted)"},
    "ui.lg_actor": {"sv": "ansvarig för (hel), medverkar i (streckad)", "en": "lead on (solid), partner in (dashed)"},
    "ui.lg_conflict_border": {"sv": "(tjock kant)", "en": "(thick border)"},
    "ui.lg_dashed_border": {"sv": "(streckad kant)", "en": "(dashed border)"},
    "ui.goal_focus": {"sv": "Målkedja för ett RUS-mål", "en": "Chain of one RUS goal"},
    "ui.goal_not_found": {
        "sv": "Målet {goal!r} finns inte i datamängden.",
        "en": "The goal {goal!r} is not in the dataset.",
    },
    "ui.node_not_found": {
        "sv": "Raden {node!r} finns inte i datamängden.",
        "en": "The row {node!r} is not in the dataset.",
    },
    "ui.only_plan": {"sv": "Bara bidrag från {plan}.", "en": "Only contributions from {plan}."},
    "ui.all_plans": {"sv": "Visa alla planer", "en": "Show all plans"},
    "ui.upward": {
        "sv": "Uppåt: nationella strategin och Agenda 2030",
        "en": "Upward: national strategy and Agenda 2030",
    },
    "ui.no_upward": {"sv": "Ingen koppling uppåt.", "en": "No upward link."},
    "ui.chains": {"sv": "Insatser som når målet", "en": "Actions that reach the goal"},
    "ui.no_chains": {"sv": "Ingen insats når målet.", "en": "No action reaches the goal."},
    "ui.weakest": {"sv": "svagaste länk", "en": "weakest link"},
    "ui.plan": {"sv": "Plan", "en": "Plan"},
    "ui.total": {"sv": "Summa insatser", "en": "Actions in total"},
    "ui.coverage_explain": {
        "sv": (
            "Varje ruta: antal insatser i planen som når RUS-målet, och den starkaste kedjans svagaste länk. "
            "Klicka för kedjorna."
        ),
        "en": (
            "Each cell: the plan's actions that reach the RUS goal, and the strongest chain's weakest link. Click "
            "for the chains."
        ),
    },
    "ui.coverage_key": {
        "sv": "Tom ruta: inget bidrag. ”0 !” i summan: mål utan insatser.",
        "en": "Empty cell: no contribution. “0 !” in the total: goal without actions.",
    },
    "ui.cell_label": {
        "sv": "{count} insatser i {plan} når {goal}, starkast {strongest}",
        "en": "{count} actions in {plan} reach {goal}, strongest {strongest}",
    },
    "ui.interactions_explain": {
        "sv": "Raden påverkar kolumnen. Negativa tal är målkonflikter, positiva synergier.",
        "en": "The row affects the column. Negative scores are goal conflicts, positive ones synergies.",
    },
    "ui.influence": {"sv": "Summa påverkan på andra", "en": "Total influence on others"},
    "ui.dependence": {"sv": "Summa påverkan från andra", "en": "Total influence from others"},
    "ui.sums_explain": {
        "sv": "Summorna visar vilka mål som driver andra (rad) och vilka som är beroende av andra (kolumn).",
        "en": "The sums show which goals drive others (row) and which depend on others (column).",
    },
    "ui.row_affects_col": {"sv": "Rad påverkar kolumn", "en": "Row affects column"},
    "ui.no_interactions": {
        "sv": "Datamängden har inga påverkanskopplingar (interacts_with).",
        "en": "The dataset has no interactions (interacts_with).",
    },
    "ui.nothing_to_show": {"sv": "Inget att visa.", "en": "Nothing to show."},
    "ui.observations": {"sv": "Utfall", "en": "Observations"},
    "ui.measures": {"sv": "Följer upp", "en": "Measures"},
    "ui.no_indicators": {"sv": "Datamängden har inga indikatorer.", "en": "The dataset has no indicators."},
    "ui.trend_key": {
        "sv": "Linje och punkter: utfall för hela området. Fyrkant: utgångsläge. Romb och streckad linje: målvärde.",
        "en": (
            "Line and dots: observations for the whole area. Square: baseline. Diamond and dashed line: target value."
        ),
    },
    "js.visible": {"sv": "Visar", "en": "Showing"},
    "js.of": {"sv": "av", "en": "of"},
    "js.nodes": {"sv": "noder", "en": "nodes"},
    "js.links": {"sv": "kopplingar", "en": "links"},
    "js.findings_here": {"sv": "Fynd som rör raden", "en": "Findings about this row"},
    "js.no_findings_here": {"sv": "Inga fynd rör raden.", "en": "No findings about this row."},
    "js.focus": {"sv": "Visa bara grannskapet", "en": "Show only the neighbourhood"},
    "js.goal_chain": {"sv": "Öppna målkedjan", "en": "Open the goal's chain"},
    "js.show_all": {"sv": "Visa allt", "en": "Show all"},
    "js.saved": {"sv": "Vyn är sparad.", "en": "View saved."},
    "js.view": {"sv": "Vy", "en": "View"},
    "js.delete": {"sv": "Ta bort", "en": "Delete"},
    "js.go": {"sv": "Visa", "en": "Show"},
    "js.meeting_hint": {"sv": "Piltangenterna byter vy · Esc avslutar", "en": "Arrow keys change view · Esc leaves"},
    "js.search_hits": {"sv": "träffar", "en": "matches"},
    "js.search_none": {"sv": "Inga träffar.", "en": "No matches."},
    "js.exported": {"sv": "Filen är sparad.", "en": "File saved."},
    "js.marks": {"sv": "Markeringar", "en": "Marks"},
    "js.rationale": {"sv": "Motivering", "en": "Rationale"},
    "js.basis": {"sv": "Underlag", "en": "Basis"},
    "js.strength": {"sv": "Styrka", "en": "Strength"},
    "js.view_default_name": {"sv": "Vy", "en": "View"},
    "js.offline_note": {"sv": "Sparad från ruslink", "en": "Saved from ruslink"},
    "ui.delete_dataset": {"sv": "Ta bort", "en": "Delete"},
    "ui.delete_named": {"sv": "Ta bort datamängden {dataset}", "en": "Delete the dataset {dataset}"},
    "ui.delete_question": {
        "sv": "Ta bort datamängden \u201d{dataset}\u201d med alla dess versioner? Det går inte att ångra.",
        "en": "Delete the dataset \u201c{dataset}\u201d with all its versions? This cannot be undone.",
    },
    "ui.delete_confirm": {"sv": "Ta bort för gott", "en": "Delete for good"},
    "ui.cancel": {"sv": "Avbryt", "en": "Cancel"},
    "ui.deleting": {"sv": "Tar bort …", "en": "Deleting …"},
    "ui.delete_failed": {"sv": "Det gick inte att ta bort:", "en": "Could not delete:"},
    "ui.trend_rule": {
        "sv": (
            "Trenden jämför de två senaste utfallen för hela området: en förändring inom {tolerance} % av "
            "föregående värde räknas som oförändrad (samma regel som bidragsanalysen)."
        ),
        "en": (
            "The trend compares the last two observations for the whole area: a change within {tolerance} % of "
            "the previous value counts as flat (the same rule as the contribution scorecard)."
        ),
    },
    "ui.direction": {"sv": "Riktning", "en": "Direction"},
    "js.loading": {"sv": "Ritar diagrammet …", "en": "Drawing the diagram …"},
    # merged from main
    "analysis.influence": {"sv": "Påverkan mellan mål", "en": "Influence between goals"},
    "fkind.influence": {"sv": "påverkan", "en": "influence"},
    "fkind.leverage": {"sv": "hävstång", "en": "leverage"},
    "fkind.risk": {"sv": "risk", "en": "risk"},
    "js.meeting_hint_esc": {"sv": "Esc avslutar mötesläget", "en": "Esc leaves meeting mode"},
    "js.only_actor": {"sv": "Bara denna aktör", "en": "Only this actor"},
    "js.legend": {"sv": "Teckenförklaring", "en": "Legend"},
    "ui.flow_highlight": {"sv": "Markera", "en": "Highlight"},
    "ui.flow_all": {"sv": "Alla planer", "en": "All plans"},
    "ui.flow_negative_only": {"sv": "Bara negativa bidrag", "en": "Only negative contributions"},
    # viz.collapse
    "collapse.group.one": {"sv": "1 insats", "en": "1 action"},
    "collapse.group.many": {"sv": "{n} insatser", "en": "{n} actions"},
    "collapse.type": {
        "sv": "Insatser (samlade per mål, klicka för att öppna)",
        "en": "Actions (gathered per goal, click to open)",
    },
    "collapse.show": {"sv": "Visa", "en": "Show"},
    "collapse.all_actions": {"sv": "Alla insatser var för sig", "en": "Every action on its own"},
    "collapse.actors": {"sv": "Aktörer", "en": "Actors"},
    "collapse.indicators": {"sv": "Indikatorer", "en": "Indicators"},
    "collapse.hint": {
        "sv": "Insatserna är samlade per mål: klicka på en ruta för att öppna den.",
        "en": "Actions are gathered per goal: click a box to open it.",
    },
    # viz.followup
    "light.on_track": {"sv": "i rätt riktning", "en": "on track"},
    "light.at_risk": {"sv": "risk", "en": "at risk"},
    "light.stopped": {"sv": "stoppad", "en": "stopped"},
    "reason.no_status": {"sv": "ingen status rapporterad", "en": "no status reported"},
    "reason.late_start": {"sv": "planerad men skulle ha startat {start}", "en": "planned but due to start {start}"},
    "reason.behind": {
        "sv": "efter tidsplanen: {expected} % av tiden har gått",
        "en": "behind schedule: {expected} % of the time has passed",
    },
    "reason.on_time": {"sv": "{expected} % av tiden har gått", "en": "{expected} % of the time has passed"},
    "light.rule": {
        "sv": (
            "Grön (i rätt riktning): pågående enligt tidsplanen, avslutad eller planerad att starta senare. Gul "
            "(risk): ingen status, planerad men skulle ha startat, eller mer än {points} procentenheter efter "
            "tidsplanen (andel klart mot andel av tiden mellan start och slut). Röd (stoppad): pausad eller "
            "avbruten."
        ),
        "en": (
            "Green (on track): ongoing on schedule, completed or planned to start later. Amber (at risk): no "
            "status, planned but due to have started, or more than {points} percentage points behind schedule "
            "(share done against share of the time between start and end). Red (stopped): paused or cancelled."
        ),
    },
    "change.status": {"sv": "{action}: {before} → {after}", "en": "{action}: {before} → {after}"},
    "change.progress": {"sv": "{action}: {before} % → {after} % klart", "en": "{action}: {before} % → {after} % done"},
    "change.first": {"sv": "{action}: första rapporten ({status})", "en": "{action}: first report ({status})"},
    "change.none": {"sv": "inga ändringar sedan {period}", "en": "no changes since {period}"},
    # viz.flow_texts
    "flow.title": {
        "sv": "Från planer till RUS-mål: så bidrar insatserna",
        "en": "From plans to RUS goals: how the actions contribute",
    },
    "flow.nav": {"sv": "Översiktsflöde", "en": "Overview flow"},
    "flow.nav_help": {
        "sv": (
            "Hela datamängden på en bild: planer → planmål → RUS-mål → nationella strategin och Agenda 2030. "
            "Bandens bredd är antalet insatser."
        ),
        "en": (
            "The whole dataset in one picture: plans → plan goals → RUS goals → the national strategy and Agenda "
            "2030. Band widths are numbers of actions."
        ),
    },
    "flow.col_plans": {"sv": "Planer", "en": "Plans"},
    "flow.col_goals": {"sv": "Planmål", "en": "Plan goals"},
    "flow.col_rus": {"sv": "RUS-mål", "en": "RUS goals"},
    "flow.col_refs": {"sv": "Nationella strategin / Agenda 2030", "en": "National strategy / Agenda 2030"},
    "flow.reaching.one": {"sv": "{n} insats når RUS-mål", "en": "{n} action reaches RUS goals"},
    "flow.reaching.many": {"sv": "{n} insatser når RUS-mål", "en": "{n} actions reach RUS goals"},
    "flow.negative.one": {"sv": "{n} negativt bidrag", "en": "{n} negative contribution"},
    "flow.negative.many": {"sv": "{n} negativa bidrag", "en": "{n} negative contributions"},
    "flow.uncovered.one": {"sv": "{n} RUS-mål utan insatser", "en": "{n} RUS goal without actions"},
    "flow.uncovered.many": {"sv": "{n} RUS-mål utan insatser", "en": "{n} RUS goals without actions"},
    "flow.own_actions": {"sv": "RUS: egna insatser", "en": "RUS: own actions"},
    "flow.direct": {"sv": "{plan}: direkt till RUS-mål", "en": "{plan}: straight to RUS goals"},
    "flow.group": {"sv": "{plan}: {n} planmål", "en": "{plan}: {n} plan goals"},
    "flow.group_area": {"sv": "{area}: {n} RUS-mål", "en": "{area}: {n} RUS goals"},
    "flow.nat": {"sv": "Nationella strategin {n}: {name}", "en": "National strategy {n}: {name}"},
    "flow.sdg": {"sv": "Globalt mål {n}: {name}", "en": "SDG {n}: {name}"},
    "flow.lg_band": {
        "sv": "Insatser som bidrar (bredden = antal insatser, 1 insats = {px} px)",
        "en": "Actions that contribute (width = number of actions, 1 action = {px} px)",
    },
    "flow.lg_negative": {
        "sv": "Negativt bidrag: insats som motverkar ett mål (rött, randigt)",
        "en": "Negative contribution: an action working against a goal (red, hatched)",
    },
    "flow.lg_no_actions": {
        "sv": "RUS-målet bidrar, men ingen insats når det",
        "en": "The RUS goal contributes, but no action reaches it",
    },
    "flow.lg_uncovered": {
        "sv": "∅ RUS-mål som ingen insats når (streckad ram)",
        "en": "∅ RUS goal no action reaches (dashed border)",
    },
    "flow.lg_conflict": {"sv": "⚠ mål som får ett negativt bidrag", "en": "⚠ goal receiving a negative contribution"},
    "flow.lg_count": {
        "sv": "Talet i rutan: antal insatser (−: negativa)",
        "en": "The number in a box: actions (−: negative)",
    },
    "flow.source": {"sv": "Källa: ruslink / {source}", "en": "Source: ruslink / {source}"},
    "flow.drawn": {"sv": "Ritad {date}", "en": "Drawn {date}"},
    "flow.band_title": {"sv": "{n} insatser från {src} till {dst}", "en": "{n} actions from {src} to {dst}"},
    "flow.band_title_one": {"sv": "1 insats från {src} till {dst}", "en": "1 action from {src} to {dst}"},
    "flow.band_negative": {
        "sv": "Negativa bidrag från {src} till {dst}",
        "en": "Negative contributions from {src} to {dst}",
    },
    "flow.band_page": {"sv": "Kedjorna bakom bandet", "en": "The chains behind the band"},
    "flow.band_not_found": {
        "sv": "Det finns inget band från {src} till {dst} i översikten.",
        "en": "The overview has no band from {src} to {dst}.",
    },
    "flow.back": {"sv": "Tillbaka till översiktsflödet", "en": "Back to the overview flow"},
    "flow.click_hint": {
        "sv": "Klicka på ett band för att se kedjorna bakom det, på ett mål för dess kedjor.",
        "en": "Click a band to see the chains behind it, a goal for its chains.",
    },
    "flow.band_help": {
        "sv": (
            "Insatsernas kedjor (analysen Målkedjor) och negativa bidrag (analysen Målkonflikter) som bandet summerar."
        ),
        "en": (
            "The actions' chains (the Chains analysis) and negative contributions (the Goal conflicts analysis) "
            "the band sums up."
        ),
    },
    # viz.report_followup
    "report.fu.section": {"sv": "Uppföljning per mål och period", "en": "Follow-up per goal and period"},
    "report.fu.intro": {
        "sv": (
            "Insatsernas status per RUS-mål och rapportperiod som trafikljus (antal insatser), de senaste "
            "lägesrapporterna och indikatorernas trend. {rule}"
        ),
        "en": (
            "The actions' status per RUS goal and reporting period as traffic lights (number of actions), the "
            "latest progress reports and the indicators' trend. {rule}"
        ),
    },
    "report.fu.no_reports": {
        "sv": "Datamängden har inga lägesrapporter (tabellen progress).",
        "en": "The dataset has no progress reports (the progress table).",
    },
    "report.fu.goal": {"sv": "RUS-mål", "en": "RUS goal"},
    "report.fu.latest": {"sv": "Lägesrapporter {period}", "en": "Progress reports {period}"},
    "report.fu.action": {"sv": "Insats", "en": "Action"},
    "report.fu.plan": {"sv": "Plan", "en": "Plan"},
    "report.fu.status": {"sv": "Status", "en": "Status"},
    "report.fu.light": {"sv": "Trafikljus", "en": "Traffic light"},
    "report.fu.progress": {"sv": "Klart (%)", "en": "Done (%)"},
    "report.fu.spent": {"sv": "Använt (kr)", "en": "Spent (SEK)"},
    "report.fu.comment": {"sv": "Kommentar", "en": "Comment"},
    "report.fu.reported_by": {"sv": "Rapporterat av", "en": "Reported by"},
    "report.fu.period": {"sv": "Period", "en": "Period"},
    "report.fu.changes": {"sv": "Ändrat sedan {period}", "en": "Changed since {period}"},
    "report.fu.moved": {
        "sv": "Uppföljning: vad som har rört sig sedan {other}",
        "en": "Follow-up: what moved since {other}",
    },
    "report.fu.moved_none": {"sv": "Ingen insats har bytt status.", "en": "No action changed status."},
    "report.fu.then": {"sv": "Då", "en": "Then"},
    "report.fu.now": {"sv": "Nu", "en": "Now"},
    # viz.workshop_view
    "ws.title": {
        "sv": "Workshop: bedöm hur målen påverkar varandra",
        "en": "Workshop: score how goals affect each other",
    },
    "ws.intro": {
        "sv": (
            "Bedöm ett par i taget: om vi gör framsteg för det första målet, hur påverkar det det andra? Dina "
            "svar sparas direkt. Du kan ändra dem så länge workshoppen pågår."
        ),
        "en": (
            "Score one pair at a time: if we make progress on the first goal, how does that affect the second? "
            "Your answers are saved at once. You can change them while the workshop lasts."
        ),
    },
    "ws.name": {"sv": "Ditt namn och din organisation", "en": "Your name and organisation"},
    "ws.name_hint": {
        "sv": "Skriv ditt namn först, så att dina svar hålls ihop.",
        "en": "Give your name first, so that your answers stay together.",
    },
    "ws.start": {"sv": "Börja bedöma", "en": "Start scoring"},
    "ws.change_name": {"sv": "Byt namn", "en": "Change name"},
    "ws.you_are": {"sv": "Du bedömer som", "en": "You are scoring as"},
    "ws.pair": {"sv": "Par {i} av {n}", "en": "Pair {i} of {n}"},
    "ws.question": {"sv": "Om vi gör framsteg för", "en": "If we make progress on"},
    "ws.question_to": {"sv": "hur påverkar det", "en": "how does that affect"},
    "ws.rationale": {"sv": "Motivering (varför?)", "en": "Rationale (why?)"},
    "ws.confidence": {"sv": "Hur säker är du?", "en": "How sure are you?"},
    "ws.confidence.low": {"sv": "låg", "en": "low"},
    "ws.confidence.medium": {"sv": "medel", "en": "medium"},
    "ws.confidence.high": {"sv": "hög", "en": "high"},
    "ws.saved": {"sv": "Sparat", "en": "Saved"},
    "ws.saving": {"sv": "Sparar …", "en": "Saving …"},
    "ws.not_saved": {
        "sv": "Inte sparat – försöker igen när du ändrar något.",
        "en": "Not saved – tries again when you change something.",
    },
    "ws.progress": {"sv": "{done} av {n} par bedömda", "en": "{done} of {n} pairs scored"},
    "ws.all_done": {"sv": "Klart! Du har bedömt alla par. Tack!", "en": "Done! You have scored every pair. Thank you!"},
    "ws.next": {"sv": "Nästa par", "en": "Next pair"},
    "ws.next_open": {"sv": "Till nästa obedömda", "en": "To the next open pair"},
    "ws.coordinator": {"sv": "Samordnarvy", "en": "Coordinator view"},
    "ws.join_here": {
        "sv": "Delta: öppna länken på telefonen eller datorn",
        "en": "Join: open the link on your phone or laptop",
    },
    "ws.participants": {"sv": "Deltagare", "en": "Participants"},
    "ws.scores": {"sv": "Bedömningar", "en": "Scores"},
    "ws.discuss": {"sv": "Diskutera dessa", "en": "Discuss these"},
    "ws.discuss_help": {
        "sv": "Paren där bedömningarna går längst isär, störst spridning först.",
        "en": "The pairs where the scores differ most, widest spread first.",
    },
    "ws.no_disagreement": {"sv": "Inga par med olika bedömningar än.", "en": "No pairs with differing scores yet."},
    "ws.all_pairs": {"sv": "Alla par", "en": "All pairs"},
    "ws.from": {"sv": "Från mål", "en": "From goal"},
    "ws.to": {"sv": "Påverkar mål", "en": "Affects goal"},
    "ws.n": {"sv": "Antal", "en": "Number"},
    "ws.median": {"sv": "Median", "en": "Median"},
    "ws.spread": {"sv": "Spridning", "en": "Spread"},
    "ws.matrix": {"sv": "Påverkansmatris (median)", "en": "Interaction matrix (median)"},
    "ws.matrix_help": {
        "sv": "Raden påverkar kolumnen. Färgen visar medianen; tomt = ingen bedömning än.",
        "en": "The row affects the column. The colour shows the median; empty = no score yet.",
    },
    "ws.accept": {"sv": "Godkänn och skriv in i datamängden", "en": "Accept and write into the dataset"},
    "ws.accept_help": {
        "sv": (
            "Varje par med minst så många bedömningar blir en påverkanskoppling med medianen (avrundad bort från "
            "noll) och deltagarnas motiveringar, som en ändring."
        ),
        "en": (
            "Every pair with at least this many scores becomes an interaction link with the median (rounded away "
            "from zero) and the participants' rationales, as one change."
        ),
    },
    "ws.min_n": {"sv": "Minsta antal bedömningar per par", "en": "Least number of scores per pair"},
    "ws.token": {"sv": "Token för ändringar", "en": "Token for changes"},
    "ws.accepted": {
        "sv": "{n} påverkanskopplingar skrevs in i datamängden.",
        "en": "{n} interaction links were written into the dataset.",
    },
    "ws.accept_failed": {"sv": "Kunde inte skriva in:", "en": "Could not write:"},
    "ws.see_matrix": {"sv": "Visa påverkansmatrisen", "en": "Show the interaction matrix"},
    "ws.updated": {"sv": "Uppdateras automatiskt", "en": "Updates by itself"},
    "ws.offline": {"sv": "Ingen kontakt med servern – försöker igen.", "en": "No contact with the server – retrying."},
    "ws.scale": {"sv": "Skalan", "en": "The scale"},
    "ws.rus_goal": {"sv": "RUS-mål {id}", "en": "RUS goal {id}"},
    "ws.qr": {"sv": "QR-kod med länken för att delta", "en": "QR code with the link to join"},
    "wso.heading": {"sv": "Bedöm påverkan tillsammans (workshop)", "en": "Score interactions together (workshop)"},
    "wso.help": {
        "sv": (
            "Öppna en workshop för målpar som ännu inte har någon bedömning men som delar insatser, aktörer, "
            "målområde eller plan. Deltagarna bedömer på telefon eller dator; du följer resultatet i samordnarvyn "
            "och skriver in det som en ändring."
        ),
        "en": (
            "Open a workshop for goal pairs that have no score yet but share actions, actors, a goal area or a "
            "plan. Participants score on their phones or laptops; you follow the result on the coordinator view "
            "and write it in as one change."
        ),
    },
    "wso.title": {"sv": "Titel", "en": "Title"},
    "wso.default_title": {"sv": "Målkonflikter och synergier", "en": "Goal conflicts and synergies"},
    "wso.open": {"sv": "Öppna workshop", "en": "Open workshop"},
    "wso.keep": {
        "sv": "Spara länkarna nu – nyckeln i dem visas bara en gång.",
        "en": "Save the links now – the key in them is shown only once.",
    },
    "wso.join": {"sv": "Länk för deltagare", "en": "Link for participants"},
    "wso.coordinator": {"sv": "Samordnarvy (för projektorn)", "en": "Coordinator view (for the projector)"},
    # viz.influence_view
    "inf.heading": {"sv": "Vilka mål driver de andra?", "en": "Which goals move the others?"},
    "inf.help": {
        "sv": (
            "Stapeln visar målets samlade påverkan på andra mål: blått åt höger för positiv påverkan (synergier), "
            "orange åt vänster för negativ (målkonflikter). Direkt = summan av målets poäng på andra mål delade "
            "med 3. Med nästa steg = även hur mycket de påverkade målen i sin tur påverkar andra (Weitz m.fl. "
            "2018). Total påverkan ut och in räknar alla steg (DEMATEL)."
        ),
        "en": (
            "The bar shows the goal's total effect on other goals: blue to the right for positive effects "
            "(synergies), orange to the left for negative ones (goal conflicts). Direct = the sum of the goal's "
            "scores on other goals divided by 3. With the next step = also how much the goals it affects in turn "
            "affect others (Weitz et al. 2018). Total effect out and in counts every step (DEMATEL)."
        ),
    },
    "inf.rank": {"sv": "Plats", "en": "Rank"},
    "inf.goal": {"sv": "Mål", "en": "Goal"},
    "inf.bar": {"sv": "Påverkan på andra (− / +)", "en": "Effect on others (− / +)"},
    "inf.ei1": {"sv": "Direkt", "en": "Direct"},
    "inf.ei2": {"sv": "Med nästa steg", "en": "With the next step"},
    "inf.in": {"sv": "Påverkas av andra", "en": "Affected by others"},
    "inf.total_out": {"sv": "Total påverkan ut", "en": "Total effect out"},
    "inf.total_in": {"sv": "Total påverkan in", "en": "Total effect in"},
    "inf.sort_influence": {"sv": "Sortera efter påverkan", "en": "Sort by influence"},
    "inf.sort_import": {"sv": "Visa i importordning", "en": "Show in import order"},
    "inf.leverage": {"sv": "hävstång", "en": "leverage"},
    "inf.risk": {"sv": "risk", "en": "risk"},
    "inf.no_dematel": {
        "sv": (
            "Total påverkan kan inte räknas ut för det här nätverket (påverkan förstärks i det oändliga i en "
            "slinga); visas som –."
        ),
        "en": (
            "The total effect cannot be computed for this network (effects grow without end around a loop); shown as –."
        ),
    },
    "inf.affects": {"sv": "Påverkar", "en": "Affects"},
    "inf.affected_by": {"sv": "Påverkas av", "en": "Affected by"},
    "inf.none": {"sv": "Inga angivna påverkanskopplingar.", "en": "No declared interactions."},
    "inf.goal_figures": {
        "sv": "Påverkan på andra: direkt {ei1}, med nästa steg {ei2} (plats {rank} av {n}).",
        "en": "Effect on others: direct {ei1}, with the next step {ei2} (rank {rank} of {n}).",
    },
    "inf.report.intro": {
        "sv": (
            "Påverkansmatrisen säger hur framsteg för ett mål påverkar ett annat, på skalan −3 till +3. Här "
            "räknas det ihop per mål: vilka mål driver de andra, och vilka försvårar för dem?"
        ),
        "en": (
            "The interaction matrix says how progress on one goal affects another, on the scale −3 to +3. Here it "
            "is added up per goal: which goals move the others, and which set them back?"
        ),
    },
    "inf.report.ei1": {
        "sv": (
            "Direkt: summan av målets poäng mot andra mål, delade med 3 (så att en koppling väger högst 1). "
            "Positivt betyder att framsteg för målet i huvudsak hjälper andra mål."
        ),
        "en": (
            "Direct: the sum of the goal's scores on other goals, divided by 3 (so one link weighs at most 1). "
            "Positive means progress on the goal mostly helps other goals."
        ),
    },
    "inf.report.ei2": {
        "sv": (
            "Med nästa steg: den direkta påverkan plus hur mycket de mål som påverkas i sin tur påverkar andra. "
            "Så räknar Weitz m.fl. (2018) fram vilka mål i ett nätverk som är värda att prioritera. Målen "
            "rangordnas efter detta tal (plats 1 = störst)."
        ),
        "en": (
            "With the next step: the direct effect plus how much the goals it affects in turn affect others. This "
            "is how Weitz et al. (2018) find the goals of a network worth prioritising. Goals are ranked by this "
            "figure (rank 1 = highest)."
        ),
    },
    "inf.report.in": {
        "sv": "Påverkas av andra: summan av andra måls poäng mot målet, delade med 3.",
        "en": "Affected by others: the sum of other goals' scores on the goal, divided by 3.",
    },
    "inf.report.total": {
        "sv": (
            "Total påverkan ut och in: påverkan genom alla led, räknad med metoden DEMATEL (Gabus och Fontela "
            "1972). Kan inte räknas när påverkan förstärks i det oändliga runt en slinga; då står –."
        ),
        "en": (
            "Total effect out and in: the effect through every step, computed with the DEMATEL method (Gabus and "
            "Fontela 1972). It cannot be computed when effects grow without end around a loop; then it shows –."
        ),
    },
    "inf.report.flags": {
        "sv": (
            "Hävstång: de tre mål (fler vid lika värden) med störst positiv påverkan med nästa steg. Risk: mål "
            "där framsteg försvårar för andra mål (negativt värde med nästa steg)."
        ),
        "en": (
            "Leverage: the three goals (more when tied) with the highest positive effect with the next step. "
            "Risk: goals whose progress sets other goals back (negative with the next step)."
        ),
    },
    "inf.report.sources": {"sv": "Källor", "en": "Sources"},
    "inf.report.source_weitz": {
        "sv": (
            "Weitz, N., Carlsen, H., Nilsson, M. och Skånberg, K. (2018). Towards systemic and contextual "
            "priority setting for implementing the 2030 Agenda. Sustainability Science 13, 531–548."
        ),
        "en": (
            "Weitz, N., Carlsen, H., Nilsson, M. and Skånberg, K. (2018). Towards systemic and contextual "
            "priority setting for implementing the 2030 Agenda. Sustainability Science 13, 531–548."
        ),
    },
    "inf.report.source_nilsson": {
        "sv": (
            "Nilsson, M., Griggs, D. och Visbeck, M. (2016). Map the interactions between Sustainable Development "
            "Goals. Nature 534, 320–322 (skalan −3 till +3)."
        ),
        "en": (
            "Nilsson, M., Griggs, D. and Visbeck, M. (2016). Map the interactions between Sustainable Development "
            "Goals. Nature 534, 320–322 (the scale −3 to +3)."
        ),
    },
    "inf.report.source_dematel": {
        "sv": (
            "DEMATEL (Decision Making Trial and Evaluation Laboratory): Gabus, A. och Fontela, E. (1972), "
            "Battelle Geneva Research Centre."
        ),
        "en": (
            "DEMATEL (Decision Making Trial and Evaluation Laboratory): Gabus, A. and Fontela, E. (1972), "
            "Battelle Geneva Research Centre."
        ),
    },
    "inf.report.none": {
        "sv": "Datamängden har inga angivna påverkanskopplingar mellan mål.",
        "en": "The dataset has no declared interactions between goals.",
    },
    # viz.diagram_texts
    "dg.lg_rus": {"sv": "RUS: vision, målområde, mål", "en": "RUS: vision, goal area, goal"},
    "dg.kind.plan_goal": {"sv": "planmål (färg = plan)", "en": "plan goal (colour = plan)"},
    "dg.kind.action": {"sv": "insats (rundad, färg = plan)", "en": "action (rounded, colour = plan)"},
    "dg.kind.actor": {"sv": "aktör (sexhörning)", "en": "actor (hexagon)"},
    "dg.kind.indicator": {"sv": "indikator (vikt hörn)", "en": "indicator (folded corner)"},
    "dg.kind.reference": {
        "sv": "nationella strategin, Agenda 2030 (dubbel kant)",
        "en": "national strategy, Agenda 2030 (double border)",
    },
    "dg.line.contributes_to": {
        "sv": "bidrar till (tjockare = starkare, +1…+3)",
        "en": "contributes to (thicker = stronger, +1…+3)",
    },
    "dg.line.contributes_to_neg": {
        "sv": "motverkar (röd, tvärstreck ⊣, minustal)",
        "en": "works against (red, bar ⊣, minus score)",
    },
    "dg.line.interacts_with": {
        "sv": "påverkar positivt (blå streckad, med tal)",
        "en": "affects positively (blue dashed, with score)",
    },
    "dg.line.interacts_with_neg": {
        "sv": "påverkar negativt: målkonflikt (röd streckad, minustal)",
        "en": "affects negatively: goal conflict (red dashed, minus score)",
    },
    "dg.line.measured_by": {"sv": "följs upp med (grå streckad)", "en": "measured by (grey dashed)"},
    "dg.line.responsible_for": {"sv": "ansvarig för (lila)", "en": "lead on (purple)"},
    "dg.line.participates_in": {"sv": "medverkar i (lila streckad)", "en": "partner in (purple dashed)"},
    "dg.line.part_of": {"sv": "ingår i (grå)", "en": "part of (grey)"},
    "dg.mark.conflict": {"sv": "målkonflikt (röd kant)", "en": "goal conflict (red border)"},
    "dg.mark.orphan": {"sv": "insats utan koppling till RUS (streckad kant)", "en": "orphan action (dashed border)"},
    "dg.mark.gap": {"sv": "mål utan insatser (streckad kant)", "en": "goal without actions (dashed border)"},
    "dg.legend": {"sv": "Teckenförklaring", "en": "Legend"},
    "dg.source": {"sv": "Källa: ruslink / {source}", "en": "Source: ruslink / {source}"},
    "dg.dataset": {"sv": "Datamängd: {dataset}", "en": "Dataset: {dataset}"},
    "dg.drawn_on": {"sv": "Ritad {date}", "en": "Drawn {date}"},
    "dg.illustrative": {"sv": "Exempeldata – illustrativt", "en": "Illustrative data"},
    "dg.goal_title": {"sv": "{id} {name}", "en": "{id} {name}"},
    "dg.goal_subtitle": {
        "sv": (
            "Kopplingsdiagram för ett RUS-mål: uppåt till nationella strategin och Agenda 2030, nedåt till "
            "planer, insatser, aktörer och indikatorer"
        ),
        "en": (
            "Linkage diagram of a RUS goal: up to the national strategy and Agenda 2030, down to plans, actions, "
            "actors and indicators"
        ),
    },
    "dg.goal_plan_subtitle": {
        "sv": "Kopplingsdiagram för ett RUS-mål, bara planen {plan}",
        "en": "Linkage diagram of a RUS goal, only the plan {plan}",
    },
    "dg.plan_title": {"sv": "{name}", "en": "{name}"},
    "dg.plan_subtitle": {
        "sv": "Bara denna plan: dess mål och insatser och vad de bidrar till",
        "en": "Only this plan: its goals and actions and what they contribute to",
    },
    "dg.actor_subtitle": {
        "sv": "Bara denna aktör: dess insatser och vad de bidrar till",
        "en": "Only this actor: its actions and what they contribute to",
    },
    "dg.conflicts_title": {"sv": "Målkonflikter", "en": "Goal conflicts"},
    "dg.conflicts_subtitle": {
        "sv": "Bara konflikterna: målen och insatserna i analysens målkonflikter",
        "en": "Only the conflicts: the goals and actions of the analysis's goal conflicts",
    },
    "dg.finding_subtitle": {"sv": "Ett fynd i analysen {analysis}", "en": "A finding of the analysis {analysis}"},
    "dg.overview_title": {
        "sv": "Översikt: planer → planmål → RUS-mål → nationella strategin och Agenda 2030",
        "en": "Overview: plans → plan goals → RUS goals → national strategy and Agenda 2030",
    },
    "dg.overview_subtitle": {
        "sv": "Linjernas bredd = antal insatser som bidrar",
        "en": "Line width = number of contributing actions",
    },
    "dg.line.band": {"sv": "bidrar (bredd = antal insatser)", "en": "contributes (width = number of actions)"},
    "dg.kind.plan": {"sv": "plan (färg och mönster = plan)", "en": "plan (colour and pattern = plan)"},
    "dg.pattern.stripes": {"sv": "randig", "en": "striped"},
    "dg.pattern.dots": {"sv": "prickig", "en": "dotted"},
    "dg.pattern.cross": {"sv": "rutig", "en": "checked"},
    "dg.finding_not_found": {
        "sv": "Fyndet {finding!r} finns inte i datamängden.",
        "en": "The finding {finding!r} is not in the dataset.",
    },
    "dg.finding_format": {
        "sv": "Ange fyndet som ANALYS:SLAG:SUBJEKT, till exempel conflicts:declared:RUS-1.1.",
        "en": "Give the finding as ANALYSIS:KIND:SUBJECT, for example conflicts:declared:RUS-1.1.",
    },
    "dg.not_found": {"sv": "{what} {id!r} finns inte i datamängden.", "en": "{what} {id!r} is not in the dataset."},
    "dg.choose_one": {
        "sv": "Välj precis en av --goal, --plan, --actor, --finding, --conflicts och --overview.",
        "en": "Choose exactly one of --goal, --plan, --actor, --finding, --conflicts and --overview.",
    },
    "dg.format": {
        "sv": "Filen måste sluta på .svg, .png eller .html: {path}",
        "en": "The file must end in .svg, .png or .html: {path}",
    },
    "dg.written": {"sv": "Diagrammet är sparat i {path}.", "en": "The diagram is saved in {path}."},
    "dg.show_only_conflicts": {"sv": "Bara konflikterna", "en": "Only the conflicts"},
    "dg.show_only_plan": {"sv": "Bara denna plan", "en": "Only this plan"},
    "dg.export_svg": {"sv": "Spara som SVG", "en": "Save as SVG"},
    "dg.export_png": {"sv": "Spara som PNG", "en": "Save as PNG"},
    "dg.export_html": {"sv": "Spara som HTML", "en": "Save as HTML"},
    "dg.fit": {"sv": "Anpassa till skärmen", "en": "Fit to screen"},
    "dg.left_out": {
        "sv": "{n} aktörer och indikatorer visas inte, så att texten går att läsa",
        "en": "{n} actors and indicators left out so the text stays readable",
    },
    "dg.show_actors": {"sv": "Visa aktörerna också", "en": "Show the actors too"},
    "dg.show": {"sv": "Visa", "en": "Show"},
    "dg.nodes": {"sv": "{n} rutor", "en": "{n} boxes"},
    # from viz/silos.py
    "silo.heading": {"sv": "Stuprör per RUS-mål", "en": "Silos per RUS goal"},
    "silo.pairs_one": {"sv": "1 planpar utan gemensamma aktörer", "en": "1 pair of plans without shared actors"},
    "silo.pairs": {"sv": "{n} planpar utan gemensamma aktörer", "en": "{n} pairs of plans without shared actors"},
    "silo.more": {
        "sv": "… och {n} planpar till (hela listan finns i API:et, sida för sida).",
        "en": "… and {n} more pairs (the API pages through the whole list).",
    },
    # app/templates/national.html (graph/national.py)
    "nat.title": {"sv": "Nationell översikt", "en": "National overview"},
    "nat.nav": {
        "sv": "Nationell översikt – alla regioner sida vid sida",
        "en": "National overview – all regions side by side",
    },
    "nat.regions_n": {"sv": "{n} regioner", "en": "{n} regions"},
    "nat.only_prefix": {
        "sv": "Bara datamängder vars namn börjar med ”{prefix}”.",
        "en": "Only datasets whose names start with “{prefix}”.",
    },
    "nat.show_all": {"sv": "Visa alla", "en": "Show all"},
    "nat.explain": {
        "sv": "Regionernas RUS sida vid sida, hämtat ur varje regions analyser: hur många RUS-mål som når "
        "den nationella strategins områden och Agenda 2030-målen, målkonflikter som flera regioner har, "
        "och Kolada-indikatorer som flera regioner följer upp.",
        "en": "The regions' RUS side by side, taken from each region's analyses: how many RUS goals reach the "
        "national strategy's areas and the Agenda 2030 goals, goal conflicts several regions share, and "
        "Kolada indicators several regions follow.",
    },
    "nat.illustrative_which": {
        "sv": "Datamängder märkta ”exempeldata” är påhittade.",
        "en": "Datasets marked “illustrative” are invented.",
    },
    "nat.too_few": {
        "sv": "Den nationella översikten behöver minst två inlästa datamängder.",
        "en": "The national overview needs at least two loaded datasets.",
    },
    "nat.matrix_h": {
        "sv": "RUS-mål mot den nationella strategin och Agenda 2030",
        "en": "RUS goals against the national strategy and Agenda 2030",
    },
    "nat.group_nat": {
        "sv": "Nationella strategin: områden 1–4, förutsättningar F1–F3",
        "en": "National strategy: areas 1–4, prerequisites F1–F3",
    },
    "nat.group_sdg": {"sv": "Agenda 2030: mål 1–17", "en": "Agenda 2030: goals 1–17"},
    "nat.region": {"sv": "Region (datamängd)", "en": "Region (dataset)"},
    "nat.aligned": {"sv": "Mål med koppling", "en": "Goals aligned"},
    "nat.unaligned": {"sv": "Utan koppling", "en": "Unaligned"},
    "nat.conflicts": {"sv": "Målkonflikter", "en": "Goal conflicts"},
    "nat.cell": {"sv": "{region}: {n} RUS-mål når {ref}", "en": "{region}: {n} RUS goals reach {ref}"},
    "nat.matrix_key": {
        "sv": "Siffran är antalet RUS-mål i regionen som når området eller målet (analysen Koppling till "
        "nationell strategi och Agenda 2030); ett delmål räknas under sitt mål. Mörkare ruta: fler mål. "
        "Håll muspekaren över en rubrik för hela namnet.",
        "en": "The figure is the number of the region's RUS goals that reach the area or goal (the alignment "
        "analysis); a target counts under its goal. Darker cell: more goals. Hover a heading for its full name.",
    },
    "nat.shared_h": {"sv": "Gemensamma målkonflikter", "en": "Shared goal conflicts"},
    "nat.shared_explain": {
        "sv": "Målkonflikter mellan två RUS-mål (deklarerade och avvägningar), där målen når olika områden; "
        "par av områden som står i konflikt i minst två regioner.",
        "en": "Goal conflicts between two RUS goals (declared and trade-offs) whose goals reach different "
        "areas; pairs of areas in conflict in at least two regions.",
    },
    "nat.between": {"sv": "Mellan", "en": "Between"},
    "nat.regions": {"sv": "Regioner", "en": "Regions"},
    "nat.ref_nat": {"sv": "Nat. {short}", "en": "Nat. {short}"},
    "nat.ref_sdg": {"sv": "Mål {short}", "en": "Goal {short}"},
    "nat.more_pairs": {"sv": "… och {n} par till.", "en": "… and {n} more pairs."},
    "nat.no_shared": {
        "sv": "Inga målkonflikter som minst två regioner delar.",
        "en": "No goal conflicts shared by at least two regions.",
    },
    "nat.kolada_h": {"sv": "Gemensamma Kolada-indikatorer", "en": "Common Kolada indicators"},
    "nat.kolada_explain": {
        "sv": "Nyckeltal i Kolada som minst två regioner följer upp, flest regioner först.",
        "en": "Kolada key figures followed by at least two regions, most regions first.",
    },
    "nat.kpi": {"sv": "Nyckeltal", "en": "Key figure"},
    "nat.indicator": {"sv": "Indikator", "en": "Indicator"},
    "nat.no_kolada": {
        "sv": "Inga Kolada-indikatorer som minst två regioner följer upp.",
        "en": "No Kolada indicators followed by at least two regions.",
    },
}
